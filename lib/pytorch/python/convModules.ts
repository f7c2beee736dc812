import type { Conv2dModule } from '../conv/conv2dShape';
import { constructConv2d } from '../conv/conv2dShape';
import type { ConvTranspose2dModule } from '../conv/convTranspose2dShape';
import { constructConvTranspose2d } from '../conv/convTranspose2dShape';
import { PyError, type TorchWarning } from '../errors';
import { kaimingUniformParameters } from '../linearLayer';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toBool, toInt } from './context';
import {
  checkFactoryKwargs,
  conv2dForward,
  convTranspose2dForward,
  fromConv,
  intOrPair,
  paddingArg,
} from './convForward';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';
import { PyTuple } from './values';

const pairTuple = (p: readonly number[]) => new PyTuple(p.map((x) => BigInt(x)));
const tupleText = (p: readonly number[]) => `(${p.join(', ')})`;

export const CONV_ARGS = [
  'in_channels',
  'out_channels',
  'kernel_size',
  'stride',
  'padding',
  'dilation',
  'groups',
  'bias',
  'padding_mode',
  'device',
  'dtype',
];
export const CONV_DEFAULTS: Record<string, PyValue> = {
  stride: 1n,
  padding: 0n,
  dilation: 1n,
  groups: 1n,
  bias: true,
  padding_mode: 'zeros',
  device: null,
  dtype: null,
};

/** `_ConvNd.extra_repr`: the non-default arguments after the sizes. */
function convRepr(
  m: PyModule,
  g: Conv2dModule | ConvTranspose2dModule,
  transposed: boolean,
): string {
  const pad = g.padding;
  let s = `${g.inChannels}, ${g.outChannels}, kernel_size=${tupleText(g.kernel)}, stride=${tupleText(g.stride)}`;
  if (typeof pad === 'string')
    s += `, padding=${transposed ? `(${[...pad].map((c) => `'${c}'`).join(', ')})` : pad}`;
  else if (pad.some((p) => p !== 0)) s += `, padding=${tupleText(pad)}`;
  if (g.dilation.some((d) => d !== 1)) s += `, dilation=${tupleText(g.dilation)}`;
  if ('outputPadding' in g && g.outputPadding.some((p) => p !== 0))
    s += `, output_padding=${tupleText(g.outputPadding)}`;
  if (g.groups !== 1) s += `, groups=${g.groups}`;
  if (m.getattr!('bias') === null) s += ', bias=False';
  if ('paddingMode' in g && g.paddingMode !== 'zeros') s += `, padding_mode=${g.paddingMode}`;
  return s;
}

/** Parameters drawn as `_ConvNd.reset_parameters` draws them: fan_in = weight.size(1) · kH · kW. */
function convParameters(
  ctx: Ctx,
  m: PyModule,
  g: Conv2dModule | ConvTranspose2dModule,
  hasBias: boolean,
): void {
  const w = g.weightShape;
  const p = kaimingUniformParameters(ctx.rt, w, hasBias ? g.outChannels : null);
  m.registerParameter('weight', p.weight);
  m.registerParameter('bias', p.bias);
  for (const [k, v] of [
    ['in_channels', g.inChannels],
    ['out_channels', g.outChannels],
    ['groups', g.groups],
  ] as const)
    m.attrs.set(k, BigInt(v));
  m.attrs.set('kernel_size', pairTuple(g.kernel));
  m.attrs.set('stride', pairTuple(g.stride));
  m.attrs.set('dilation', pairTuple(g.dilation));
  m.attrs.set('padding', typeof g.padding === 'string' ? g.padding : pairTuple(g.padding));
}

const forwardInput = (m: PyModule, a: PyValue[], kw: Kwargs) =>
  tensorArg('conv2d', 'input', 1, bindArgs(`${m.typeName}.forward`, ['input'], {}, a, kw)[0]);

/** A constructor's arguments bound by name (`v.kernel_size`), its `dtype=` checked. */
function bindConvArgs(
  className: string,
  names: readonly string[],
  defaults: Record<string, PyValue>,
  a: PyValue[],
  kw: Kwargs,
): Record<string, PyValue> {
  const bound = bindArgs(`${className}.__init__`, names, defaults, a, kw);
  const v = Object.fromEntries(names.map((name, i) => [name, bound[i]]));
  checkFactoryKwargs(className, v.dtype);
  return v;
}

/** What both constructors read first, in this order: the channels, then kernel_size, stride and padding as `_pair` takes them (padding may also be a string). */
const convSizes = (v: Record<string, PyValue>) => ({
  inChannels: toInt(v.in_channels),
  outChannels: toInt(v.out_channels),
  kernelSize: intOrPair(v.kernel_size),
  stride: intOrPair(v.stride),
  padding: paddingArg(v.padding),
});

/** Builds a layer with the pure conv model, showing the warnings it gave. */
const buildLayer = <T extends { warnings: readonly TorchWarning[] }>(ctx: Ctx, build: () => T): T =>
  fromConv(ctx, (warnings) => {
    const built = build();
    warnings.push(...built.warnings);
    return built;
  });

/** The module both constructors make: its repr, parameters and size attributes. */
function convModule(
  ctx: Ctx,
  className: string,
  g: Conv2dModule | ConvTranspose2dModule,
  hasBias: boolean,
): PyModule {
  const transposed = 'outputPadding' in g;
  const m = newModule(ctx, className, 'conv', () => convRepr(m, g, transposed));
  convParameters(ctx, m, g, hasBias);
  return m;
}

/** `nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros')`. */
export function conv2dModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindConvArgs('Conv2d', CONV_ARGS, CONV_DEFAULTS, a, kw);
  const hasBias = toBool(v.bias);
  const g = buildLayer(ctx, () =>
    constructConv2d({
      ...convSizes(v),
      dilation: intOrPair(v.dilation),
      groups: toInt(v.groups),
      bias: hasBias,
      paddingMode: String(v.padding_mode),
    }),
  );
  const m = convModule(ctx, 'Conv2d', g, hasBias);
  m.attrs.set('padding_mode', g.paddingMode);
  m.forward = (x, k) =>
    conv2dForward(
      ctx,
      g,
      forwardInput(m, x, k),
      m.getattr!('weight') as Tensor,
      m.getattr!('bias') as Tensor | null,
    );
  return m;
}

/** `nn.ConvTranspose2d(in, out, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True, dilation=1)`. */
export function convTranspose2dModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindConvArgs(
    'ConvTranspose2d',
    [
      'in_channels',
      'out_channels',
      'kernel_size',
      'stride',
      'padding',
      'output_padding',
      'groups',
      'bias',
      'dilation',
      'padding_mode',
      'device',
      'dtype',
    ],
    { ...CONV_DEFAULTS, output_padding: 0n },
    a,
    kw,
  );
  const hasBias = toBool(v.bias);
  const g = buildLayer(ctx, () =>
    constructConvTranspose2d({
      ...convSizes(v),
      outputPadding: intOrPair(v.output_padding),
      groups: toInt(v.groups),
      bias: hasBias,
      dilation: intOrPair(v.dilation),
      paddingMode: String(v.padding_mode),
    }),
  );
  const m = convModule(ctx, 'ConvTranspose2d', g, hasBias);
  m.attrs.set('output_padding', pairTuple(g.outputPadding));
  m.attrs.set('padding_mode', 'zeros');
  m.forward = (x, k) => {
    const [input, outputSize] = bindArgs(
      'ConvTranspose2d.forward',
      ['input', 'output_size'],
      { output_size: null },
      x,
      k,
    );
    const size = outputSize === null ? undefined : ctx.iterate(outputSize).map((n) => toInt(n));
    try {
      return convTranspose2dForward(
        ctx,
        g,
        tensorArg('conv_transpose2d', 'input', 1, input),
        m.getattr!('weight') as Tensor,
        m.getattr!('bias') as Tensor | null,
        size,
      );
    } catch (e) {
      // _output_padding formats the requested size as the Python object it was given: a tuple prints as (h, w).
      if (
        !(
          e instanceof PyError &&
          outputSize instanceof PyTuple &&
          e.pyMessage.startsWith('requested an output size of [')
        )
      )
        throw e;
      throw new PyError(
        e.pyType,
        e.pyMessage.replace(
          /^requested an output size of \[([^\]]*)\]/,
          'requested an output size of ($1)',
        ),
      );
    }
  };
  return m;
}
