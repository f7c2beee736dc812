/** Shape pairs worth trying, one per rule of torch.matmul. */
export const MATMUL_PRESETS: readonly { label: string; a: string; b: string; bias: string }[] = [
  { label: 'vector · vector (dot)', a: '3', b: '3', bias: '1' },
  { label: 'matrix · vector', a: '2,3', b: '3', bias: '2' },
  { label: 'vector · matrix', a: '3', b: '3,4', bias: '4' },
  { label: 'matrix · matrix', a: '2,3', b: '3,4', bias: '4' },
  { label: 'batched · matrix', a: '5,2,3', b: '3,4', bias: '4' },
  { label: 'broadcast batch dims', a: '2,1,3,4', b: '5,4,2', bias: '2' },
  { label: 'mismatch (nn.Linear(20, 5) on 64x10)', a: '64,10', b: '20,5', bias: '5' },
  { label: 'batch dims clash', a: '2,3,5', b: '2,5,3,2', bias: '2' },
];

/** "5, 2,3" -> [5, 2, 3]; null for anything that is not a list of sizes (at most 4 dims, 1024 each). */
export function parseShape(text: string): number[] | null {
  if (!/^\s*\d+(\s*,\s*\d+)*\s*$/.test(text)) return null;
  const dims = text.split(',').map((s) => Number(s.trim()));
  return dims.length <= 4 && dims.every((d) => d <= 1024) ? dims : null;
}
