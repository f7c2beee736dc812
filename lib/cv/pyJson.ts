/**
 * Parse JSON written by Python's `json.dump`, keeping the int/float distinction
 * JSON.parse loses: a number written with a '.' or an exponent (`0.0`, `1e-05`)
 * becomes `{ pyFloat: value }`, so `test_size=0.0` stays a float.
 */
export function parsePythonJson(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 64)) as RegExpExecArray;
      out += m[1] || m[2] ? `{"pyFloat":${m[0]}}` : m[0];
      i += m[0].length;
    } else if (text.startsWith('NaN', i) || text.startsWith('Infinity', i) || text.startsWith('-Infinity', i)) {
      const word = /^-?(NaN|Infinity)/.exec(text.slice(i))![0];
      out += `{"pyFloat":"${word}"}`;
      i += word.length;
    } else {
      out += ch;
      i++;
    }
  }
  return JSON.parse(out, (_, v) =>
    v && typeof v === 'object' && typeof v.pyFloat === 'string' ? { pyFloat: Number(v.pyFloat) } : v,
  );
}
