/** Shape pairs worth trying, one per rule of torch.matmul; their names are in the messages. */
export const MATMUL_PRESETS = [
  { id: 'dot', a: '3', b: '3', bias: '1' },
  { id: 'matrixVector', a: '2,3', b: '3', bias: '2' },
  { id: 'vectorMatrix', a: '3', b: '3,4', bias: '4' },
  { id: 'matrixMatrix', a: '2,3', b: '3,4', bias: '4' },
  { id: 'batchedMatrix', a: '5,2,3', b: '3,4', bias: '4' },
  { id: 'broadcastBatch', a: '2,1,3,4', b: '5,4,2', bias: '2' },
  { id: 'linearMismatch', a: '64,10', b: '20,5', bias: '5' },
  { id: 'batchClash', a: '2,3,5', b: '2,5,3,2', bias: '2' },
] as const;

export type MatmulPresetId = (typeof MATMUL_PRESETS)[number]['id'];

/** "5, 2,3" -> [5, 2, 3]; null for anything that is not a list of sizes (at most 4 dims, 1024 each). */
export function parseShape(text: string): number[] | null {
  if (!/^\s*\d+(\s*,\s*\d+)*\s*$/.test(text)) return null;
  const dims = text.split(',').map((s) => Number(s.trim()));
  return dims.length <= 4 && dims.every((d) => d <= 1024) ? dims : null;
}
