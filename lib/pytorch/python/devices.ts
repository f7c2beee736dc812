import { PyError, runtimeError, typeError } from '../errors';
import { arg } from './context';
import type { PyValue } from './values';
import { builtin, PyObject, typeName } from './values';

const DEVICE_TYPES =
  'cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, xla, lazy, vulkan, mps, meta, hpu, privateuseone';

interface Device {
  type: string;
  index: number | null;
}

/** A device as `torch.device` parses it: 'cpu', 'cuda', 'cuda:1', a torch.device, or a CUDA index. */
export function parseDevice(v: PyValue): Device {
  if (v instanceof PyObject && v.typeName === 'torch.device') {
    const index = v.attrs.get('index');
    return { type: String(v.attrs.get('type')), index: index === null ? null : Number(index) };
  }
  if (typeof v === 'bigint') return { type: 'cuda', index: Number(v) };
  if (typeof v !== 'string')
    throw typeError(`to() received an invalid combination of arguments - got (${typeName(v)})`);
  const [type, index] = v.split(':');
  if (!DEVICE_TYPES.split(', ').includes(type))
    throw runtimeError(
      `Expected one of ${DEVICE_TYPES} device type at start of device string: ${v}`,
    );
  return { type, index: index === undefined ? null : Number(index) };
}

/** The only device this session (like a CPU-only PyTorch build) has is the CPU. */
export function checkDevice(v: PyValue | undefined): void {
  if (v === undefined || v === null) return;
  const d = parseDevice(v);
  if (d.type === 'cuda')
    throw new PyError('AssertionError', 'Torch not compiled with CUDA enabled');
  if (d.type !== 'cpu') throw runtimeError(`${d.type} device is not available in this session`);
}

/** `torch.device(...)`: printed as `device(type='cpu')` or `device(type='cuda', index=0)`. */
export function deviceObject(d: Device): PyObject {
  const o = new PyObject('torch.device', () =>
    d.index === null ? `device(type='${d.type}')` : `device(type='${d.type}', index=${d.index})`,
  );
  o.attrs.set('type', d.type);
  o.attrs.set('index', d.index === null ? null : BigInt(d.index));
  o.str = () => (d.index === null ? d.type : `${d.type}:${d.index}`);
  return o;
}

/** Is `v` a device argument (as `.to(device)` tells a device from a dtype)? */
export const isDeviceArg = (v: PyValue): boolean =>
  typeof v === 'string' || (v instanceof PyObject && v.typeName === 'torch.device');

/** `torch.device` and `torch.cuda` (no GPU: is_available() is False) on the torch module. */
export function defineDevices(torch: PyObject): void {
  torch.attrs.set(
    'device',
    builtin('device', (a, kw) => {
      const d = parseDevice(arg(a, kw, 0, 'type'));
      const index = arg(a, kw, 1, 'index', null);
      return deviceObject(index === null ? d : { ...d, index: Number(index) });
    }),
  );
  const cuda = new PyObject(
    'module',
    () => "<module 'torch.cuda' from '/usr/lib/python3/dist-packages/torch/cuda/__init__.py'>",
  );
  cuda.attrs.set(
    'is_available',
    builtin('is_available', () => false),
  );
  cuda.attrs.set(
    'device_count',
    builtin('device_count', () => 0n),
  );
  torch.attrs.set('cuda', cuda);
}
