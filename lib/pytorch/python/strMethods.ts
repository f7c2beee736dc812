import { PyError, typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { toInt } from './context';
import { formatValue } from './formatSpec';
import type { PyValue } from './values';
import { asNumber, builtin, PyList, PyTuple, pyRepr, pyStr, typeName } from './values';

/** `fmt.format(*args, **kwargs)`: `{}` / `{0}` / `{name}` fields with `!r` / `!s` and a (possibly nested) spec. */
export function strFormat(
  ctx: Ctx,
  fmt: string,
  args: PyValue[],
  kwargs: Map<string, PyValue>,
): string {
  let auto = 0;
  const fieldValue = (field: string): string => {
    const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
    const [, ref, conv, rawSpec] = m;
    const [head, ...attrs] = ref.split('.');
    let v: PyValue;
    if (head === '') {
      if (auto >= args.length)
        throw new PyError(
          'IndexError',
          `Replacement index ${auto} out of range for positional args tuple`,
        );
      v = args[auto++];
    } else if (/^\d+$/.test(head)) {
      if (Number(head) >= args.length)
        throw new PyError(
          'IndexError',
          `Replacement index ${head} out of range for positional args tuple`,
        );
      v = args[Number(head)];
    } else {
      if (!kwargs.has(head)) throw new PyError('KeyError', `'${head}'`);
      v = kwargs.get(head)!;
    }
    if (attrs.length)
      throw new PyError(
        'NotImplementedError',
        'attribute access in format fields is not supported in this session',
      );
    if (conv === 'r') v = pyRepr(v, ctx.addr);
    else if (conv) v = pyStr(v, ctx.addr);
    const spec = (rawSpec ?? '').replace(/\{([^{}]*)\}/g, (_, f: string) => fieldValue(f));
    return formatValue(ctx, v, spec);
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if ((c === '{' || c === '}') && fmt[i + 1] === c) {
      out += c;
      i++;
    } else if (c === '{') {
      let depth = 1;
      let j = i + 1;
      for (; j < fmt.length && depth > 0; j++)
        depth += fmt[j] === '{' ? 1 : fmt[j] === '}' ? -1 : 0;
      if (depth > 0) throw new PyError('ValueError', "expected '}' before end of string");
      out += fieldValue(fmt.slice(i + 1, j - 1));
      i = j - 1;
    } else if (c === '}')
      throw new PyError('ValueError', "Single '}' encountered in format string");
    else out += c;
  }
  return out;
}

/** printf-style `fmt % values`: `%s %r %d %i %f %e %g %x %%` with flags, width and precision. */
export function percentFormat(ctx: Ctx, fmt: string, values: PyValue): string {
  const items = values instanceof PyTuple ? values.items : [values];
  let k = 0;
  const out = fmt.replace(
    /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeEgGxXrc%])/g,
    (_, flags: string, width: string | undefined, prec: string | undefined, type: string) => {
      if (type === '%') return '%';
      if (k >= items.length) throw typeError('not enough arguments for format string');
      const v = items[k++];
      const align = flags.includes('-') ? '<' : '';
      const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      const zero = flags.includes('0') && !align ? '0' : '';
      const w = width ?? '';
      const p = prec === undefined ? '' : `.${prec}`;
      if (type === 's' || type === 'r')
        return formatValue(
          ctx,
          type === 'r' ? pyRepr(v, ctx.addr) : pyStr(v, ctx.addr),
          `${align}${w}${p}`,
        );
      // A one-element tensor converts as float(t) / int(t) would.
      const n = v instanceof Tensor && v.numel() === 1 ? v.values()[0] : asNumber(v);
      if (n === null)
        throw typeError(`%${type} format: a real number is required, not ${typeName(v)}`);
      if ('dixX'.includes(type)) {
        const int = typeof v === 'bigint' ? v : BigInt(Math.trunc(n));
        return formatValue(ctx, int, `${align}${sign}${zero}${w}${type === 'i' ? 'd' : type}`);
      }
      return formatValue(
        ctx,
        n,
        `${align}${sign}${zero}${w}${prec === undefined ? '.6' : p}${type}`,
      );
    },
  );
  if (k < items.length && values instanceof PyTuple)
    throw typeError('not all arguments converted during string formatting');
  return out;
}

const str = (v: PyValue, what: string) => {
  if (typeof v !== 'string') throw typeError(`${what} arg must be None or str`);
  return v;
};

/** Methods of a Python str. */
export function strAttr(ctx: Ctx, s: string, name: string): PyValue | undefined {
  const m = (f: (a: PyValue[], kw: Map<string, PyValue>) => PyValue) => builtin(name, f);
  const pad = (a: PyValue[]) => [toInt(a[0]), a.length > 1 ? String(a[1]) : ' '] as const;
  switch (name) {
    case 'format':
      return m((a, kw) => strFormat(ctx, s, a, kw));
    case 'join':
      return m((a) =>
        ctx
          .iterate(a[0])
          .map((x, i) => {
            if (typeof x !== 'string')
              throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
            return x;
          })
          .join(s),
      );
    case 'upper':
      return m(() => s.toUpperCase());
    case 'lower':
      return m(() => s.toLowerCase());
    case 'strip':
      return m((a) =>
        a.length && a[0] !== null ? trim(s, str(a[0], 'strip'), true, true) : s.trim(),
      );
    case 'lstrip':
      return m((a) =>
        a.length && a[0] !== null ? trim(s, str(a[0], 'lstrip'), true, false) : s.trimStart(),
      );
    case 'rstrip':
      return m((a) =>
        a.length && a[0] !== null ? trim(s, str(a[0], 'rstrip'), false, true) : s.trimEnd(),
      );
    case 'split':
      return m(
        (a) =>
          new PyList(
            a.length && a[0] !== null
              ? s.split(str(a[0], 'split'))
              : s.split(/\s+/).filter((x) => x !== ''),
          ),
      );
    case 'replace':
      return m((a) => s.split(str(a[0], 'replace')).join(str(a[1], 'replace')));
    case 'startswith':
      return m((a) => s.startsWith(str(a[0], 'startswith')));
    case 'endswith':
      return m((a) => s.endsWith(str(a[0], 'endswith')));
    case 'ljust':
      return m((a) => s.padEnd(pad(a)[0], pad(a)[1]));
    case 'rjust':
      return m((a) => s.padStart(pad(a)[0], pad(a)[1]));
    case 'center':
      return m((a) => formatValue(ctx, s, `${pad(a)[1]}^${pad(a)[0]}`));
    case 'zfill':
      return m((a) => formatValue(ctx, s, `0>${toInt(a[0])}`).replace(/^(0*)([+-])/, '$2$1'));
    case 'count':
      return m((a) => BigInt(s.split(str(a[0], 'count')).length - 1));
    case 'find':
      return m((a) => BigInt(s.indexOf(str(a[0], 'find'))));
    case 'title':
      return m(() => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()));
    case 'capitalize':
      return m(() => s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase());
    case 'isdigit':
      return m(() => /^\d+$/.test(s));
  }
  return undefined;
}

function trim(s: string, chars: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a])) a++;
  while (right && b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
