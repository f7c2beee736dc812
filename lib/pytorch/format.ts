import type { DType } from './dtype';
import { isExact, isFloating } from './dtype';
import { formatExp, formatFixed } from './pyFloat';
import type { Tensor } from './tensor';
import { formatTuple } from './formatShape';

/** torch._tensor_str.PRINT_OPTS: what `torch.set_printoptions` changes (one per session). */
export interface PrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  /** null: chosen per tensor; true / false: forced. */
  sciMode: boolean | null;
}

/** The defaults (`profile='default'`); read-only, sessions copy them. */
export const PRINT_OPTS: Readonly<PrintOptions> = Object.freeze({
  precision: 4,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 80,
  sciMode: null,
});

/** A contiguous row-major block: the part of a tensor being printed. */
type Elem = number | bigint;

interface Block {
  shape: readonly number[];
  data: ArrayLike<Elem>;
  start: number;
}

function sub(b: Block, i: number): Block {
  const inner = b.shape.slice(1).reduce((x, y) => x * y, 1);
  return { shape: b.shape.slice(1), data: b.data, start: b.start + i * inner };
}

/** get_summarized_data: the first and last `edgeitems` along every dimension. */
function summarizedValues(b: Block, out: Elem[], e: number): void {
  const n = b.shape[0];
  if (b.shape.length === 0) {
    out.push(b.data[b.start]);
    return;
  }
  const idx =
    n > 2 * e
      ? [...Array(e).keys(), ...Array.from({ length: e }, (_, k) => n - e + k)]
      : [...Array(n).keys()];
  for (const i of idx) summarizedValues(sub(b, i), out, e);
}

/** _Formatter: picks int / fixed / scientific mode and the common width. */
export class ElementFormatter {
  private intMode = true;
  private sciMode = false;
  private maxWidth = 1;
  private readonly floating: boolean;

  constructor(
    elems: readonly Elem[],
    private readonly dtype: DType,
    private readonly opts: Readonly<PrintOptions> = PRINT_OPTS,
  ) {
    this.floating = isFloating(dtype);
    const p = opts.precision;
    if (!this.floating) {
      for (const v of elems) this.maxWidth = Math.max(this.maxWidth, this.plain(v).length);
      return;
    }
    const values = elems.map(Number);
    const finite = values.filter((v) => Number.isFinite(v) && v !== 0);
    if (finite.length === 0) {
      if (opts.sciMode !== null) this.sciMode = opts.sciMode;
      return;
    }
    const abs = finite.map(Math.abs);
    const min = Math.min(...abs);
    const max = Math.max(...abs);
    this.intMode = finite.every((v) => v === Math.ceil(v));
    const wide = max / min > 1000 || max > 1e8;
    if (this.intMode) {
      this.sciMode = wide;
      for (const v of finite) {
        const w = wide ? formatExp(v, p).length : formatFixed(v, 0).length + 1;
        this.maxWidth = Math.max(this.maxWidth, w);
      }
    } else {
      this.sciMode = wide || min < 1e-4;
      for (const v of finite) {
        const s = this.sciMode ? formatExp(v, p) : formatFixed(v, p);
        this.maxWidth = Math.max(this.maxWidth, s.length);
      }
    }
    if (opts.sciMode !== null) this.sciMode = opts.sciMode;
  }

  private plain(v: Elem): string {
    if (this.dtype === 'bool') return v ? 'True' : 'False';
    return String(v);
  }

  width(): number {
    return this.maxWidth;
  }

  format(e: Elem): string {
    let ret: string;
    const p = this.opts.precision;
    const v = Number(e);
    if (!this.floating) ret = this.plain(e);
    else if (this.sciMode) ret = formatExp(v, p);
    else if (this.intMode) ret = formatFixed(v, 0) + (Number.isFinite(v) ? '.' : '');
    else ret = formatFixed(v, p);
    return ret.padStart(this.maxWidth, ' ');
  }
}

function vectorStr(
  b: Block,
  indent: number,
  summarize: boolean,
  fmt: ElementFormatter,
  opts: Readonly<PrintOptions>,
): string {
  const e = opts.edgeitems;
  const perLine = Math.max(1, Math.floor((opts.linewidth - indent) / (fmt.width() + 2)));
  const n = b.shape[0];
  const at = (i: number) => fmt.format(b.data[b.start + i]);
  let data: string[];
  if (summarize && n > 2 * e) {
    data = [
      ...Array.from({ length: e }, (_, i) => at(i)),
      ' ...',
      ...Array.from({ length: e }, (_, i) => at(n - e + i)),
    ];
  } else data = Array.from({ length: n }, (_, i) => at(i));
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += perLine) lines.push(data.slice(i, i + perLine).join(', '));
  return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
}

function tensorStr(
  b: Block,
  indent: number,
  summarize: boolean,
  fmt: ElementFormatter,
  opts: Readonly<PrintOptions>,
): string {
  const dim = b.shape.length;
  if (dim === 0) return fmt.format(b.data[b.start]);
  if (dim === 1) return vectorStr(b, indent, summarize, fmt, opts);
  const e = opts.edgeitems;
  const n = b.shape[0];
  const slice = (i: number) => tensorStr(sub(b, i), indent + 1, summarize, fmt, opts);
  const slices =
    summarize && n > 2 * e
      ? [
          ...Array.from({ length: e }, (_, i) => slice(i)),
          '...',
          ...Array.from({ length: e }, (_, i) => slice(n - e + i)),
        ]
      : Array.from({ length: n }, (_, i) => slice(i));
  return '[' + slices.join(',' + '\n'.repeat(dim - 1) + ' '.repeat(indent + 1)) + ']';
}

/** _add_suffixes, including its `last_line_len` that starts 2 too high. */
export function addSuffixes(
  text: string,
  suffixes: readonly string[],
  indent: number,
  linewidth = PRINT_OPTS.linewidth,
): string {
  const parts = [text];
  let lastLineLen = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > linewidth) {
      parts.push(',\n' + ' '.repeat(indent) + suffix);
      lastLineLen = indent + suffix.length;
    } else {
      parts.push(', ' + suffix);
      lastLineLen += suffix.length + 2;
    }
  }
  return parts.join('') + ')';
}

/** The body of a tensor's repr between `tensor(` and the suffixes (`_tensor_str`). */
export function formatData(
  shape: readonly number[],
  data: ArrayLike<Elem>,
  dtype: DType,
  indent: number,
  opts: Readonly<PrintOptions> = PRINT_OPTS,
): string {
  const n = shape.reduce((a, c) => a * c, 1);
  if (n === 0) return '[]';
  const block: Block = { shape, data, start: 0 };
  const summarize = n > opts.threshold;
  const values: Elem[] = [];
  if (summarize) summarizedValues(block, values, opts.edgeitems);
  else values.push(...Array.from(data));
  return tensorStr(block, indent, summarize, new ElementFormatter(values, dtype, opts), opts);
}

const DEFAULT_DTYPES: readonly DType[] = ['float32', 'int64', 'bool'];

/** `repr(tensor)` as PyTorch 1.13 prints it on CPU, with `Parameter containing:` for parameters. */
export function formatTensor(t: Tensor): string {
  const opts = t.storage.printOptions;
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  let body: string;
  if (t.numel() === 0) {
    if (t.shape.length !== 1) suffixes.push(`size=${formatTuple(t.shape)}`);
    if (t.dtype !== 'float32') suffixes.push(`dtype=torch.${t.dtype}`);
    body = '[]';
  } else {
    if (!DEFAULT_DTYPES.includes(t.dtype)) suffixes.push(`dtype=torch.${t.dtype}`);
    body = formatData(
      t.shape,
      isExact(t.dtype) ? t.exactValues() : t.values(),
      t.dtype,
      indent,
      opts,
    );
  }
  if (t.gradFn) suffixes.push(`grad_fn=<${t.gradFn.name}>`);
  else if (t.requiresGrad) suffixes.push('requires_grad=True');
  const repr = addSuffixes(prefix + body, suffixes, indent, opts.linewidth);
  return t.isParameter ? 'Parameter containing:\n' + repr : repr;
}
