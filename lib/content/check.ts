import type { Nodes, Root } from 'mdast';
import type { ComponentSpec } from './componentSpec';
import { counterpartAnchors } from './counterpartIds';
import { checkFrontmatter } from './frontmatterProblems';
import { evaluateAttributes, estreeStart, unknownComponentFinding, type JsxElement } from './jsxProblems';
import { lessonFileName, SLUG_PATTERN } from './lessonFile';
import { linkProblem, type LinkContext } from './links';
import { evaluateLiteral, programExpression } from './literal';
import { parseMdx } from './parseMdx';
import { findingAt, type Finding, type Problem } from './problem';
import { imageFindings, propFindings } from './propProblems';
import { headingAnchors } from './toc';

export { formatProblem, type Problem } from './problem';

export interface CheckContext {
  /** Every published lesson (of the file's locale) by slug, with the heading ids of its page. */
  lessons: ReadonlyMap<string, ReadonlySet<string>>;
  /** Files under public/ as site paths: `/images/bn.svg`. */
  publicFiles: ReadonlySet<string>;
  /** The components lessons may use by name (`componentSpecByName`). */
  components: ReadonlyMap<string, ComponentSpec>;
}

interface Walk {
  links: LinkContext;
  components: ReadonlyMap<string, ComponentSpec>;
  findings: Finding[];
}

function checkElement(element: JsxElement, walk: Walk): void {
  const name = element.name;
  if (name === null) return; // a fragment, <>...</>
  const { attributes, findings } = evaluateAttributes(element, name);
  walk.findings.push(...findings);
  for (const attribute of attributes) {
    if (attribute.name !== 'href') continue;
    const problem = typeof attribute.value === 'string' ? linkProblem(attribute.value, walk.links) : 'href must be a string';
    if (problem) walk.findings.push(findingAt(attribute, problem));
  }
  if (/^[a-z]/.test(name) && !name.includes('.')) {
    // An HTML element; only <img> has rules of its own, and a lower-case component name is a slip.
    const meant = [...walk.components.keys()].find((c) => c.toLowerCase() === name.toLowerCase());
    if (meant) walk.findings.push(findingAt(element.position?.start, `<${name}> is not a component: names are case-sensitive; write <${meant}>`));
    if (name === 'img') {
      const value = (prop: string) => attributes.find((a) => a.name === prop)?.value;
      walk.findings.push(...imageFindings(value('alt'), value('src'), element.position?.start, 'add alt="what the image shows" to <img>', walk.links.publicFiles));
    }
    return;
  }
  const spec = walk.components.get(name);
  if (!spec) {
    walk.findings.push(unknownComponentFinding(element, name, walk.components));
    return;
  }
  const evaluated = new Set(attributes.map((a) => a.name));
  const skip = new Set(element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && !evaluated.has(a.name) ? [a.name] : [])));
  walk.findings.push(...propFindings(element, spec, attributes, skip, walk.links.publicFiles));
}

function visit(node: Nodes, walk: Walk): void {
  const start = node.position?.start;
  switch (node.type) {
    case 'mdxjsEsm':
      walk.findings.push(
        findingAt(start, '`import`/`export` is not allowed in a lesson: components are used by name without imports, and metadata goes in the frontmatter; delete this line'),
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const program = node.data?.estree;
      const expression = program ? programExpression(program) : undefined;
      if (expression === null || (expression && evaluateLiteral(expression).ok)) return;
      const where = expression ? (estreeStart(expression) ?? start) : start;
      walk.findings.push(
        findingAt(where, `\`{${node.value.trim()}}\` is JavaScript, which lessons do not run; write the text itself, or escape a literal brace as \\{`),
      );
      return;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, walk);
      break;
    case 'link':
    case 'definition': {
      const problem = linkProblem(node.url, walk.links);
      if (problem) walk.findings.push(findingAt(start, problem));
      break;
    }
    case 'image':
      walk.findings.push(...imageFindings(node.alt, node.url, start, `write ![what the image shows](${node.url})`, walk.links.publicFiles));
      break;
  }
  if ('children' in node) for (const child of node.children) visit(child as Nodes, walk);
}

/** What to do about an MDX syntax error, unless the parser's reason already says. */
function syntaxHint(reason: string): string {
  if (reason.includes('(note:')) return '';
  if (/closing tag|end tag/i.test(reason)) return '; close every component tag: <Aside>...</Aside>, or self-close a widget: <LinearFit />';
  if (/expression|brace|acorn/i.test(reason)) return '; a { in text starts a JavaScript expression: write \\{ for the brace itself, or put maths in $...$';
  return '; in MDX a < in text starts a tag: write \\< (or &lt;) for the character itself, and close every tag you open';
}

/** The MDX parser's own syntax error as a finding at its place, never a stack trace. */
function syntaxFinding(error: unknown): Finding {
  const e = error as { reason?: string; message?: string; place?: { line: number; column: number } | { start: { line: number; column: number } } };
  const reason = e.reason ?? e.message ?? String(error);
  // An element left open at the end of the file has no place; its reason names the opening tag's.
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const place = e.place && 'start' in e.place ? e.place.start : (e.place ?? (named ? { line: Number(named[1]), column: Number(named[2]) } : undefined));
  return findingAt(place, `MDX syntax error: ${reason}${syntaxHint(reason)}`);
}

const TRANSLATED_ID_RULE =
  "a translated page's ids are its English file's (the i-th heading takes the id of the English i-th heading): link to the English id";

/**
 * The heading ids of the page: a translation's are its English file's, by
 * position (`counterpartAnchors`), as the site renders them. An English file
 * that does not parse is reported when it is checked itself.
 */
function pageAnchors(tree: Root, englishSource: string | undefined): { id: string }[] {
  const own = headingAnchors(tree);
  if (englishSource === undefined) return own;
  try {
    return counterpartAnchors(own, headingAnchors(parseMdx(englishSource)));
  } catch {
    return own;
  }
}

/**
 * Checks one lesson file: frontmatter, MDX syntax, components and their
 * props, literal attribute values, internal links and anchors, images, and
 * `import`/`export` lines. Pure: the caller reads the files and builds the
 * context (see scripts/checkContent.ts); for a translation it also gives the
 * English file's source, whose heading ids the page uses. Duplicate `order`s span files and
 * are checked by `duplicateOrders`.
 */
export function checkLesson(input: { file: string; source: string; englishSource?: string }, ctx: CheckContext): Problem[] {
  const findings: Finding[] = [...checkFrontmatter(input.source).findings];
  const { slug } = lessonFileName(input.file);
  if (!SLUG_PATTERN.test(slug)) {
    findings.push(findingAt(undefined, `file name \`${slug}\` becomes the address /lessons/${slug}/: rename the file to lower-case words joined by hyphens, e.g. batch-norm.mdx`));
  }
  let tree: Root | undefined;
  try {
    tree = parseMdx(input.source);
  } catch (error) {
    findings.push(syntaxFinding(error));
  }
  if (tree) {
    const anchors = new Set(pageAnchors(tree, input.englishSource).map((h) => h.id));
    const idRule = input.englishSource === undefined ? undefined : TRANSLATED_ID_RULE;
    const walk: Walk = { links: { ...ctx, slug, anchors, idRule }, components: ctx.components, findings };
    visit(tree, walk);
  }
  return findings
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((f) => ({ file: input.file, ...f }));
}
