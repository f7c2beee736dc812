/** A pure model of torch.nn modules and containers: registration, repr, indexing, shapes. */
export { Module, pythonTypeName } from './module';
export { moduleRepr, addIndent, odictKeys, pyStrList } from './moduleRepr';
export {
  parameter,
  plainTensor,
  parameterRepr,
  numel,
  isParameter,
  type Parameter,
  type PlainTensor,
} from './parameter';
export { Linear, Bilinear, Flatten, relu, tanh, identity, wrapDim } from './layers';
export { Sequential, type OrderedDictArg } from './sequential';
export { ModuleList, ModuleDict, ParameterList, ParameterDict, type DictArg } from './containers';
export { namedParameters, parameterCount } from './parameters';
export { shapeFlow, type ShapeFlowRow } from './shapeFlow';
export { sliceIndices, checkedIndex, type PySlice } from './pySlice';
export { seededNn, type SeededNn } from './factory';
