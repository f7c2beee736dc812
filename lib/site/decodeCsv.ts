/**
 * The bytes of a CSV file as text, in the encodings students' files come in:
 * UTF-8 with or without a byte-order mark, UTF-16 with its mark (Excel's
 * "Unicode text"), and CP949 / EUC-KR, which Korean spreadsheet programs write
 * by default. A file that is not valid UTF-8 is read as CP949 (the WHATWG
 * `euc-kr` decoder is CP949, a superset of EUC-KR).
 */
export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'CP949 (EUC-KR)';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('euc-kr').decode(bytes), encoding: 'CP949 (EUC-KR)' };
  }
}

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The field separator of a CSV file, from its first line (outside quotes): the
 * one of comma, semicolon and tab that occurs most there; comma on a tie or when
 * none occurs. Spreadsheets in locales with a decimal comma write semicolons.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
