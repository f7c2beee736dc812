import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentSpecByName } from '@/components/widgets/specs';
import { checkLesson, formatProblem } from './check';
import { duplicateOrders } from './duplicateOrders';

const FIXTURES = 'tests/fixtures/content';
/** The message lists every registered component, sorted, so an author sees all the choices. */
const EVERY_COMPONENT = [...componentSpecByName.keys()].sort().map((n) => `<${n}>`).join(', ');

const ctx = {
  lessons: new Map([['getting-started', new Set(['what-a-widget-does', 'try-it'])]]),
  publicFiles: new Set(['/favicon.svg', '/data/iris.json']),
  components: componentSpecByName,
};

function fixture(name: string) {
  const file = `${FIXTURES}/${name}`;
  return { file, source: readFileSync(file, 'utf8') };
}

/** The problems of a fixture as `line:column: message`. */
const problemsOf = (name: string) => checkLesson(fixture(name), ctx).map((p) => `${p.line}:${p.column}: ${p.message}`);

/** Problems of an inline lesson body under valid frontmatter (10 lines, so the body starts on line 11). */
function problemsIn(body: string) {
  const source = `---\ntitle: T\nsummary: S.\norder: 1\nminutes: 1\nsources:\n  - title: Notes\n    url: https://example.org/notes\n    note: week 1\n---\n${body}`;
  return checkLesson({ file: 'content/inline.mdx', source }, ctx).map((p) => `${p.line}:${p.column}: ${p.message}`);
}

describe('checkLesson on the broken fixtures', () => {
  const cases: [string, string[]][] = [
    ['unknown-widget.mdx', [`12:1: unknown component <LinearFitt> (did you mean LinearFit?); the components a lesson can use are ${EVERY_COMPONENT} (used by name, without imports)`]],
    ['wrong-prop-type.mdx', ['12:12: <LinearFit> learningRate is a string ("0.1"); learningRate must be a number with 0 < x ≤ 10; numbers go in braces without quotes: learningRate={0.1}']],
    ['out-of-range-prop.mdx', ['14:3: <LinearFit> learningRate = 50 is out of range; learningRate must be a number with 0 < x ≤ 10']],
    ['bad-enum.mdx', [`12:12: <LinearFit> optimizer = "adma" is not allowed (did you mean adam?); optimizer must be one of 'sgd', 'adam'`]],
    ['unknown-prop.mdx', ['12:12: <LinearFit> has no prop `learningrate` (did you mean learningRate?); its props are inFeatures, optimizer, learningRate, noise, batchSize, samples, steps, seed']],
    ['missing-frontmatter.mdx', ['1:1: the lesson has no frontmatter: start the file with a `---` block giving title, summary, order and sources, closed by another `---` line (see the authoring guide at /guide/)']],
    ['bad-frontmatter-field.mdx', ['5:10: frontmatter field minutes is a string ("ten"); minutes must be an integer ≥ 1']],
    [
      'missing-frontmatter-field.mdx',
      [
        '1:1: frontmatter has no `order`: add `order: ...` (an integer ≥ 1: Position of the lesson in the course (1, 2, 3, ...); unique among the lessons of one language.)',
        '6:10: frontmatter field sources[0].url = "http://example.org/notes" is not valid; sources[0].url must be an https:// address',
      ],
    ],
    ['dead-lesson-link.mdx', ["10:5: broken link /lessons/batch-normalisation/: there is no lesson `batch-normalisation`; a lesson's slug is its file name in content/ without .mdx"]],
    ['dead-anchor.mdx', ['12:12: broken anchor #training-loops: this lesson has no heading with that id (did you mean #training-loop?); ids are the heading text in lower case with spaces turned into hyphens']],
    ['image-without-alt.mdx', ['12:1: image without alt text: write ![what the image shows](/favicon.svg), for readers who cannot see it']],
    ['import-statement.mdx', ['10:1: `import`/`export` is not allowed in a lesson: components are used by name without imports, and metadata goes in the frontmatter; delete this line']],
    ['mdx-syntax-error.mdx', ['10:1: MDX syntax error: Expected a closing tag for `<Aside>` (10:1-10:20); close every component tag: <Aside>...</Aside>, or self-close a widget: <LinearFit />']],
    ['non-literal-prop.mdx', ['12:26: <LinearFit learningRate={rate * 2}>: the value must be a literal (a string in quotes, a number, true/false, or a [list] or {object} of those); lessons run no code, so write the value itself, e.g. learningRate={0.1}']],
  ];
  it.each(cases)('%s fails with its message on its line', (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });

  it('passes the clean fixture, which uses every kind of valid content', () => {
    expect(checkLesson(fixture('clean.mdx'), ctx)).toEqual([]);
  });

  it('reports a duplicate order on the later file, naming the earlier one', () => {
    const files = [fixture('duplicate-order/second.mdx'), fixture('duplicate-order/first.mdx')];
    expect(duplicateOrders(files).map(formatProblem)).toEqual([
      `${FIXTURES}/duplicate-order/second.mdx:4:1: order 1 is already used by ${FIXTURES}/duplicate-order/first.mdx: every lesson needs its own position in the course; give this one another order, e.g. 2`,
    ]);
  });

  it('lets an English and a Korean edition share an order', () => {
    const { source } = fixture('duplicate-order/first.mdx');
    expect(duplicateOrders([{ file: 'content/a.mdx', source }, { file: 'content/a.ko.mdx', source }])).toEqual([]);
  });
});

describe('checkLesson rules', () => {
  it('formats a problem as file:line:column: message', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 3, column: 7, message: 'm' })).toBe('content/a.mdx:3:7: m');
  });

  it('accepts negative numbers, arrays and objects of literals, and bare boolean attributes', () => {
    expect(problemsIn('<LinearFit seed={-1} />\n<Aside title={`plain`} kind="note">x</Aside>\n')).toEqual([
      '11:12: <LinearFit> seed = -1 is out of range; seed must be an integer ≥ 0',
    ]);
  });

  it('reports spread attributes and expressions in the text', () => {
    expect(problemsIn('<LinearFit {...settings} />\n\nThe answer is {answer}.\n')).toEqual([
      '11:12: <LinearFit>: `{...settings}` is not allowed; write each prop by name with a literal value (a string in quotes, a number, true/false, or a [list] or {object} of those)',
      '13:16: `{answer}` is JavaScript, which lessons do not run; write the text itself, or escape a literal brace as \\{',
    ]);
  });

  it('reports a missing required prop with what it accepts', () => {
    expect(problemsIn('<Correction>The variance divides by m.</Correction>\n')).toEqual([
      '11:1: <Correction> needs the prop `notes`: a non-empty string (What the lecture notes say (quoted or paraphrased).)',
    ]);
  });

  it('checks <Figure> like a Markdown image: alt text and a file in public/', () => {
    expect(problemsIn('<Figure src="/images/missing.svg" alt="" />\n\n![A plot](https://example.org/a.png)\n')).toEqual([
      '11:9: image without alt text: add alt="what the image shows" to <Figure>, for readers who cannot see it',
      '11:9: image /images/missing.svg does not exist: there is no file public/images/missing.svg; add the file or fix the path',
      '13:1: image https://example.org/a.png is on another site: the site loads nothing from other origins, so save the file under public/ (e.g. public/images/) and write its path, e.g. /images/name.svg',
    ]);
  });

  it('reports a relative image path once, as an image problem', () => {
    expect(problemsIn('<Figure src="plot.svg" alt="A plot" />\n')).toEqual([
      "11:9: image path `plot.svg` must start with /: write the file's path under public/, e.g. /images/name.svg for public/images/name.svg",
    ]);
  });

  it('catches a component written in lower case, which React would render as an unknown HTML tag', () => {
    expect(problemsIn('<linearFit />\n')).toEqual(['11:1: <linearFit> is not a component: names are case-sensitive; write <LinearFit>']);
  });

  it('explains an unclosed brace in the text where the MDX parser finds it', () => {
    expect(problemsIn('The set {1, 2\n')).toEqual([
      '11:14: MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`; a { in text starts a JavaScript expression: write \\{ for the brace itself, or put maths in $...$',
    ]);
  });

  it('checks hrefs of JSX elements and anchors into other lessons', () => {
    expect(problemsIn('<a href="/lessons/getting-started/#try-it">ok</a> <a href="/lessons/getting-started/#nope">bad</a>\n')).toEqual([
      '11:54: broken anchor #nope: lesson `getting-started` has no heading with that id (its heading ids are #what-a-widget-does, #try-it); ids are the heading text in lower case with spaces turned into hyphens',
    ]);
  });

  it('asks for root-relative links with a trailing slash and suggests near lesson names', () => {
    expect(problemsIn('[a](getting-started) [b](/lessons/getting-started) [c](/lessons/geting-started/) [d](/nowhere/)\n')).toEqual([
      '11:1: relative link `getting-started`: write links to the site from its root, e.g. /lessons/<slug>/ or /guide/, so they work under any base path',
      '11:22: link `/lessons/getting-started` lacks the trailing slash: write /lessons/getting-started/',
      "11:52: broken link /lessons/geting-started/: there is no lesson `geting-started` (did you mean getting-started?); a lesson's slug is its file name in content/ without .mdx",
      '11:82: broken link /nowhere/: it is not a page of the site (the pages are /, /guide/ and /lessons/<slug>/) nor a file in public/',
    ]);
  });

  it('resolves anchors against headings inside components and repeated headings', () => {
    expect(problemsIn('## Setup\n\n<Aside>\n\n## Setup\n\n</Aside>\n\n[first](#setup) [second](#setup-1)\n')).toEqual([]);
  });

  it("resolves a translation's anchors against its English file's heading ids, taken by position", () => {
    const source = '---\ntitle: T\nsummary: S.\norder: 1\nsources:\n  - title: Notes\n---\n\n## 첫 절\n\n[위로](#first-section) [제목에서 만든 id](#첫-절)\n';
    const englishSource = '---\ntitle: T\nsummary: S.\norder: 1\nsources:\n  - title: Notes\n---\n\n## First section\n';
    expect(checkLesson({ file: 'content/x.ko.mdx', source, englishSource }, ctx).map(formatProblem)).toEqual([
      'content/x.ko.mdx:11:22: broken anchor #첫-절: this lesson has no heading with that id (its heading ids are #first-section); a translated page\'s ids are its English file\'s (the i-th heading takes the id of the English i-th heading): link to the English id',
    ]);
  });

  it('reports an unknown frontmatter field with the nearest known one', () => {
    const source = '---\ntitle: T\nsummery: S.\norder: 1\nminutes: 1\nsources:\n  - title: Notes\n---\n\nText.\n';
    expect(checkLesson({ file: 'content/x.mdx', source }, ctx).map(formatProblem)).toEqual([
      'content/x.mdx:1:1: frontmatter has no `summary`: add `summary: ...` (a non-empty string: One or two sentences on what the reader will learn; shown on the home page and as the page description.)',
      'content/x.mdx:3:1: frontmatter has an unknown field `summery` (did you mean summary?); the fields are title, summary, order, minutes, sources, draft, translationOf',
    ]);
  });

  it('reports invalid YAML on its line', () => {
    const source = '---\ntitle: T\nsummary: [unclosed\norder: 1\n---\n\nText.\n';
    const [problem] = checkLesson({ file: 'content/x.mdx', source }, ctx);
    expect(problem.line).toBeGreaterThanOrEqual(3);
    expect(problem.message).toMatch(/^frontmatter is not valid YAML: .+; write one `name: value` per line/);
  });

  it('asks for a kebab-case file name, since it becomes the URL', () => {
    const { source } = fixture('clean.mdx');
    expect(checkLesson({ file: 'content/Batch_Norm.mdx', source }, ctx).map((p) => p.message)).toEqual([
      'file name `Batch_Norm` becomes the address /lessons/Batch_Norm/: rename the file to lower-case words joined by hyphens, e.g. batch-norm.mdx',
      expect.stringMatching(/^broken link \/lessons\/clean\/#what-a-widget-does: there is no lesson `clean`/),
    ]);
  });
});
