/**
 * Session examples in lessons: a fenced block opened with ```python session="<id>"
 * shows a REPL exchange (`>>> ` / `... ` lines and what PyTorch printed). The id
 * names a program recorded from PyTorch 1.13.1 in
 * tests/oracles/lessons/lesson_<slug with underscores>.json; the block must show
 * exactly that program's transcript, less its leading import lines.
 */
export interface SessionExample {
  id: string;
  /** The block's text, without the fences. */
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

const FENCE = /^```python session="([^"]+)"[ \t]*\n([\s\S]*?)\n```[ \t]*$/gm;

export function sessionExamples(source: string): SessionExample[] {
  const found: SessionExample[] = [];
  for (const m of source.matchAll(FENCE)) {
    found.push({ id: m[1], text: m[2], line: source.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** The oracle file of a lesson: `tensor-copy-semantics` → `lesson_tensor_copy_semantics.json`. */
export function oracleFileOf(slug: string): string {
  return `lesson_${slug.replace(/-/g, '_')}.json`;
}

export interface RecordedStep {
  input: string;
  output: string | null;
  warnings: string[];
  error: string | null;
}

/** Leading `import …` / `from … import …` steps the page leaves out (the page's prompt has them run already). */
export function withoutImportPrelude(steps: RecordedStep[], shownFirstLine: string): RecordedStep[] {
  let k = 0;
  while (k < steps.length && /^(import|from) /.test(steps[k].input) && `>>> ${steps[k].input}` !== shownFirstLine) k++;
  return steps.slice(k);
}
