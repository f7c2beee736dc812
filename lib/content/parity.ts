/**
 * Keeps a translation in step with its English file (the Korean edition's
 * rules): the same components with the same props in the same order, the same
 * heading structure, the same fenced code byte for byte, the same math, the
 * same links, and `translationOf` naming the English file's current version.
 * Pure: the caller reads both files and hashes the English one.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttributeValueExpression } from 'mdast-util-mdx-jsx';
import { splitFrontmatter } from './frontmatter';
import { evaluateLiteral, programExpression, type LiteralValue } from './literal';
import { parseMdx } from './parseMdx';
import type { Problem } from './problem';

/**
 * Prose props: their text is translated; only their presence must match. Inside
 * a literal array or object prop (a TorchSession's `snippets`) the same keys are
 * prose too, and every other key (`code`) must stay byte for byte.
 */
const TRANSLATED_PROPS = new Set(['title', 'q', 'caption', 'alt', 'label', 'summary', 'description', 'note', 'notes']);

/** A literal value with the text of its prose keys replaced by `…`. */
function withoutProse(value: LiteralValue): LiteralValue {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, TRANSLATED_PROPS.has(key) ? '…' : withoutProse(v)]),
  );
}

interface Item {
  /** What must be equal in both editions. */
  key: string;
  /** How the message names it. */
  shown: string;
  /** A component's name and its props as compared, to name the prop that differs. */
  parts?: string[];
  line: number;
  column: number;
}

type Kind = 'component' | 'heading' | 'code block' | 'math' | 'inline math' | 'link';

/** Kinds whose order follows the sentence, which translation may reorder: compared as multisets. */
const UNORDERED = new Set<Kind>(['inline math', 'link']);

function attributeText(value: string | MdxJsxAttributeValueExpression | null | undefined): string {
  if (value === null || value === undefined) return 'true';
  if (typeof value === 'string') return JSON.stringify(value);
  const program = value.data?.estree;
  const expression = program ? programExpression(program) : undefined;
  const literal = expression ? evaluateLiteral(expression) : undefined;
  if (literal?.ok) {
    const masked = withoutProse(literal.value);
    if (JSON.stringify(masked) !== JSON.stringify(literal.value)) return `{${JSON.stringify(masked)}}`;
  }
  return `{${value.value}}`;
}

function collect(tree: Root): Record<Kind, Item[]> {
  const items: Record<Kind, Item[]> = { component: [], heading: [], 'code block': [], math: [], 'inline math': [], link: [] };
  const add = (kind: Kind, node: Nodes, key: string, shown = key) =>
    items[kind].push({ key, shown, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const walk = (node: Nodes) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attrs = node.attributes.flatMap((a) => {
          if (a.type !== 'mdxJsxAttribute') return [`{${a.value}}`];
          if (a.name === 'href' && typeof a.value === 'string') add('link', node, a.value);
          return [TRANSLATED_PROPS.has(a.name) ? `${a.name}=…` : `${a.name}=${attributeText(a.value)}`];
        });
        if (node.name && /^[A-Z]/.test(node.name)) {
          const parts = [node.name, ...attrs];
          add('component', node, `<${parts.join(' ')}>`);
          items.component[items.component.length - 1].parts = parts;
        }
        break;
      }
      case 'heading':
        add('heading', node, `h${node.depth}`, `a level-${node.depth} heading (${'#'.repeat(node.depth)})`);
        break;
      case 'code': {
        const fence = `\`\`\`${[node.lang, node.meta].filter(Boolean).join(' ')}`;
        add('code block', node, `${fence}\n${node.value}`, fence);
        break;
      }
      case 'math':
        add('math', node, node.value, `$$${firstLine(node.value)}$$`);
        break;
      case 'inlineMath':
        add('inline math', node, node.value, `$${node.value}$`);
        break;
      case 'link':
      case 'definition':
        add('link', node, node.url);
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return items;
}

/**
 * Two components of the same name with the same props but one value: each shown
 * as `<Name … prop=value>`, a long value from the item where they part.
 */
function differingProp(e: Item, t: Item): [string, string] | null {
  if (!e.parts || !t.parts || e.parts.length !== t.parts.length || e.parts[0] !== t.parts[0]) return null;
  const i = e.parts.findIndex((part, k) => part !== t.parts?.[k]);
  const [a, b] = [e.parts[i], t.parts[i]];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(a.lastIndexOf(',', at) + 1, a.indexOf('=') + 1);
  const near = (text: string) => (at > 40 ? `${text.slice(0, text.indexOf('=') + 1)}…${text.slice(from)}` : text);
  return [`<${e.parts[0]} … ${near(a)}>`, `<${t.parts[0]} … ${near(b)}>`];
}

function firstLine(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** Items of one edition that the other lacks, counting repeats. */
function unmatched(items: Item[], other: Item[]): Item[] {
  const counts = new Map<string, number>();
  for (const item of other) counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  return items.filter((item) => {
    const left = counts.get(item.key) ?? 0;
    counts.set(item.key, left - 1);
    return left <= 0;
  });
}

function compareUnordered(kind: Kind, english: Item[], translated: Item[], file: string, englishFile: string): Problem[] {
  const extra = unmatched(translated, english).map((t) => ({
    file,
    line: t.line,
    column: t.column,
    message: `${kind} ${firstLine(t.shown)} is not in the English edition (${englishFile}): keep the same ${kind === 'link' ? 'links' : 'math'} as English`,
  }));
  const missing = unmatched(english, translated).map((e) => ({
    file,
    line: 1,
    column: 1,
    message: `${kind} ${firstLine(e.shown)} of ${englishFile}:${e.line} is missing from this translation`,
  }));
  return [...extra, ...missing];
}

function compare(kind: Kind, english: Item[], translated: Item[], file: string, englishFile: string): Problem[] {
  const n = Math.min(english.length, translated.length);
  for (let i = 0; i < n; i++) {
    const [e, t] = [english[i], translated[i]];
    if (e.key === t.key) continue;
    const detail = kind === 'code block' && e.shown === t.shown ? ' (its code differs; code stays byte for byte as in English)' : '';
    const [eShown, tShown] = differingProp(e, t) ?? [e.shown, t.shown];
    return [{ file, line: t.line, column: t.column, message: `${kind} ${i + 1} is ${firstLine(tShown)}${detail}; the English edition has ${firstLine(eShown)} here (${englishFile}:${e.line})` }];
  }
  if (english.length === translated.length) return [];
  if (translated.length > english.length) {
    const t = translated[n];
    return [{ file, line: t.line, column: t.column, message: `${kind} ${n + 1} (${firstLine(t.shown)}) has no counterpart: the English edition has ${english.length} ${kind}s` }];
  }
  const e = english[n];
  const last = translated[n - 1];
  return [{ file, line: last?.line ?? 1, column: last?.column ?? 1, message: `${english.length - n} ${kind}(s) missing after this point: add ${firstLine(e.shown)} (${englishFile}:${e.line})` }];
}

/** The `translationOf` field of a translation: its value and line, or null. */
export function translationOfField(source: string): { value: string; line: number } | null {
  const block = splitFrontmatter(source);
  if (!block) return null;
  const lines = block.yaml.split('\n');
  const i = lines.findIndex((l) => /^translationOf:/.test(l));
  if (i < 0) return null;
  const value = lines[i].replace(/^translationOf:\s*/, '').replace(/^["']|["']\s*$/g, '').trim();
  return { value, line: block.openLine + 1 + i };
}

export interface Edition {
  file: string;
  source: string;
}

/**
 * Problems of a translation against its English file. `englishHash` is the
 * first 12 hex digits of the SHA-256 of the English file's bytes; `command`
 * is what refreshes `translationOf`.
 */
export function parityProblems(english: Edition & { hash: string }, translated: Edition, command: string): Problem[] {
  const problems: Problem[] = [];
  const field = translationOfField(translated.source);
  if (!field) {
    problems.push({ file: translated.file, line: 1, column: 1, message: `no \`translationOf\` in the frontmatter: add translationOf: "${english.hash}" (run \`${command}\`)` });
  } else if (field.value !== english.hash) {
    problems.push({
      file: translated.file,
      line: field.line,
      column: 1,
      message: `translationOf "${field.value}" is not the current version of ${english.file} ("${english.hash}"): it changed since this translation; bring the translation up to date, then run \`${command}\``,
    });
  }
  let trees: [Root, Root];
  try {
    trees = [parseMdx(english.source), parseMdx(translated.source)];
  } catch {
    return problems; // a syntax error is reported by the file's own check
  }
  const [e, t] = trees.map(collect);
  for (const kind of Object.keys(e) as Kind[]) {
    const rule = UNORDERED.has(kind) ? compareUnordered : compare;
    problems.push(...rule(kind, e[kind], t[kind], translated.file, english.file));
  }
  return problems;
}

/**
 * Every page in both editions: an English file without its `.ko.mdx`, or a
 * Korean file without its English one, is a problem at line 1.
 */
export function missingEditions(files: readonly string[], exists: (file: string) => boolean): Problem[] {
  return files.flatMap((file) => {
    const korean = file.endsWith('.ko.mdx');
    const other = korean ? file.replace(/\.ko\.mdx$/, '.mdx') : file.replace(/\.mdx$/, '.ko.mdx');
    if (exists(other)) return [];
    const message = korean
      ? `no English edition: this file translates ${other}, which does not exist`
      : `no Korean edition: translate this file into ${other} (same widgets, headings, code and links; see the authoring guide, "The Korean edition")`;
    return [{ file, line: 1, column: 1, message }];
  });
}
