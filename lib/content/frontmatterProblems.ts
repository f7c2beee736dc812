import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { frontmatterSchema, splitFrontmatter, type Frontmatter } from './frontmatter';
import { didYouMean } from './closestNames';
import { issueMessage, valueAt } from './issueMessage';
import { describeField } from './propsTable';
import { findingAt, type Finding } from './problem';

const FIELDS = Object.keys(frontmatterSchema.shape) as (keyof typeof frontmatterSchema.shape)[];

/** The YAML node a path points at, or the nearest ancestor that exists. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) return node as YamlNode;
  }
  return undefined;
}

/** The key node `key` inside the map at `path` (for "unknown field" messages). */
function keyNode(doc: Document, path: readonly PropertyKey[], key: string): YamlNode | undefined {
  const map = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function issueFinding(issue: z.core.$ZodIssue, data: unknown): string {
  const [field, ...rest] = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = issue.path.length ? ['title', 'url', 'note'] : FIELDS;
    const [key] = issue.keys;
    return `frontmatter has an unknown field \`${key}\`${didYouMean(key, known)}; the fields are ${known.join(', ')}`;
  }
  if (field === undefined) return 'frontmatter must be YAML fields, one `name: value` per line (title, summary, order, sources, and optionally minutes and draft)';
  const name = String(field);
  const schema = frontmatterSchema.shape[name as keyof typeof frontmatterSchema.shape];
  const description = describeField(schema);
  const got = valueAt(data, issue.path);
  if (got === undefined && rest.length === 0) {
    return `frontmatter has no \`${name}\`: add \`${name}: ...\` (${description.expected}: ${schema.description})`;
  }
  return `frontmatter field ${issueMessage(issue, frontmatterSchema, got)}`;
}

/**
 * Validates a lesson's frontmatter and places every problem on the line of
 * the field it concerns (or the opening `---` when a field is missing).
 * Returns the parsed frontmatter when it is valid.
 */
export function checkFrontmatter(source: string): { findings: Finding[]; frontmatter?: Frontmatter } {
  const block = splitFrontmatter(source);
  if (!block) {
    const what = `title, summary, order and sources`;
    return {
      findings: [findingAt({ line: 1, column: 1 }, `the lesson has no frontmatter: start the file with a \`---\` block giving ${what}, closed by another \`---\` line (see the authoring guide at /guide/)`)],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
  // YAML lines count from the line after the opening `---`.
  const at = (offset: number | undefined) => {
    if (offset === undefined) return { line: block.openLine, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + block.openLine, column: pos.col };
  };
  if (doc.errors.length) {
    return {
      findings: doc.errors.map((e) =>
        findingAt(at(e.pos[0]), `frontmatter is not valid YAML: ${e.message.split('\n')[0]}; write one \`name: value\` per line and quote values containing ': ' or '#'`),
      ),
    };
  }
  const data = doc.toJS() ?? {};
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return { findings: [], frontmatter: result.data };
  const findings = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => findingAt(at(keyNode(doc, issue.path, key)?.range?.[0]), issueFinding({ ...issue, keys: [key] }, data)));
    }
    const missing = valueAt(data, issue.path) === undefined && issue.path.length === 1;
    const node = missing ? undefined : nodeAt(doc, issue.path);
    return [findingAt(at(node?.range?.[0]), issueFinding(issue, data))];
  });
  return { findings: findings.sort((a, b) => a.line - b.line || a.column - b.column) };
}
