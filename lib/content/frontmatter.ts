import { z } from 'zod';
import { parse as parseYaml } from 'yaml';

const sourceSchema = z.strictObject({
  title: z.string().min(1).describe('Title of the book, paper, course notes or page.'),
  url: z
    .url({ protocol: /^https$/, error: 'must be an https:// address' })
    .optional()
    .describe('An https:// address where the source can be read.'),
  note: z.string().optional().describe('What the lesson takes from it, e.g. "section 3.2".'),
});

/**
 * The YAML block at the top of every lesson. Unknown fields are rejected so a
 * misspelt field name (`summery:`) is reported instead of silently ignored.
 */
export const frontmatterSchema = z.strictObject({
  title: z.string().min(1).describe('Title of the lesson, shown as its heading, in the sidebar and in the browser tab.'),
  summary: z
    .string()
    .min(1)
    .describe('One or two sentences on what the reader will learn; shown on the home page and as the page description.'),
  order: z
    .number()
    .int()
    .positive()
    .describe('Position of the lesson in the course (1, 2, 3, ...); unique among the lessons of one language.'),
  minutes: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Reading time in minutes, including time on the widgets; leave it out to have it computed from the text.'),
  sources: z
    .array(sourceSchema)
    .min(1)
    .describe('What the lesson is based on: a list of { title, url?, note? }, at least one (the lecture notes count).'),
  draft: z
    .boolean()
    .default(false)
    .describe('true keeps the lesson out of the production build (it still shows in `npm run dev`).'),
  translationOf: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'must be the first 12 hex digits of the SHA-256 of the English file')
    .optional()
    .describe(
      'Korean edition only: the first 12 hex digits of the SHA-256 of the English file it translates (`npm run translation:hash -- <slug>`).',
    ),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

export interface FrontmatterBlock {
  /** The YAML text between the two `---` lines. */
  yaml: string;
  /** 1-based line of the opening `---`. Always 1: the block must open the file. */
  openLine: number;
  /** 1-based line of the first line after the closing `---`. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Finds the `---` fenced YAML block that opens a lesson (the same block
 * remark-frontmatter recognises). Returns null when the file does not start
 * with one or the closing fence is missing.
 */
export function splitFrontmatter(source: string): FrontmatterBlock | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return null;
  return { yaml: lines.slice(1, close).join('\n'), openLine: 1, bodyStartLine: close + 2 };
}

/**
 * Splits off the frontmatter and parses its YAML, unvalidated (validate with
 * `frontmatterSchema`). `data` is undefined when there is no frontmatter
 * block; a YAML syntax error throws with the line it is on.
 */
export function parseFrontmatter(source: string): { data: unknown; bodyStartLine: number } {
  const block = splitFrontmatter(source);
  if (!block) return { data: undefined, bodyStartLine: 1 };
  return { data: block.yaml.trim() === '' ? {} : parseYaml(block.yaml), bodyStartLine: block.bodyStartLine };
}
