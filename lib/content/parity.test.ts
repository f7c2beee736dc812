import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingEditions, parityProblems } from './parity';
import { formatProblem } from './problem';

const DIR = 'tests/fixtures/translations';
const englishBytes = readFileSync(`${DIR}/lesson.mdx`);
const english = {
  file: `${DIR}/lesson.mdx`,
  source: englishBytes.toString('utf8'),
  hash: createHash('sha256').update(englishBytes).digest('hex').slice(0, 12),
};

function check(name: string): string[] {
  const file = `${DIR}/${name}.ko.mdx`;
  return parityProblems(english, { file, source: readFileSync(file, 'utf8') }, 'refresh').map(
    formatProblem,
  );
}

describe('a translation in step with its English file', () => {
  it('a faithful translation (prose props, a Correction\'s notes and snippet labels translated, link and inline math moved) passes', () => {
    expect(check('clean')).toEqual([]);
  });

  it('a stale translationOf fails at its line and names the English file and its hash', () => {
    expect(check('stale-translation-of')).toEqual([
      `${DIR}/stale-translation-of.ko.mdx:5:1: translationOf "000000000000" is not the current version of ${DIR}/lesson.mdx ("${english.hash}"): it changed since this translation; bring the translation up to date, then run \`refresh\``,
    ]);
  });

  it('a missing translationOf fails at line 1 with the value to add', () => {
    expect(check('missing-translation-of')).toEqual([
      `${DIR}/missing-translation-of.ko.mdx:1:1: no \`translationOf\` in the frontmatter: add translationOf: "${english.hash}" (run \`refresh\`)`,
    ]);
  });

  it('a widget prop with another value fails at the widget', () => {
    expect(check('widget-props')).toEqual([
      `${DIR}/widget-props.ko.mdx:14:1: component 1 is <LinearFit … learningRate={0.5}>; the English edition has <LinearFit … learningRate={0.1}> here (${DIR}/lesson.mdx:13)`,
    ]);
  });

  it('a missing widget fails where the sequences part', () => {
    expect(check('widget-missing')).toEqual([
      `${DIR}/widget-missing.ko.mdx:25:1: component 1 is <Aside kind="tip" title=…>; the English edition has <LinearFit learningRate={0.1} optimizer="adam"> here (${DIR}/lesson.mdx:13)`,
    ]);
  });

  it('a heading at another level fails at the heading', () => {
    expect(check('heading-level')).toEqual([
      `${DIR}/heading-level.ko.mdx:24:1: heading 2 is a level-2 heading (##); the English edition has a level-3 heading (###) here (${DIR}/lesson.mdx:23)`,
    ]);
  });

  it('a missing heading fails after the last heading both have', () => {
    expect(check('heading-missing')).toEqual([
      `${DIR}/heading-missing.ko.mdx:12:1: 1 heading(s) missing after this point: add a level-3 heading (###) (${DIR}/lesson.mdx:23)`,
    ]);
  });

  it('changed code fails at the block', () => {
    expect(check('code-changed')).toEqual([
      `${DIR}/code-changed.ko.mdx:16:1: code block 1 is \`\`\`python (its code differs; code stays byte for byte as in English); the English edition has \`\`\`python here (${DIR}/lesson.mdx:15)`,
    ]);
  });

  it("a snippet's code that differs fails at its TorchSession, showing the code, not the label", () => {
    expect(check('snippet-code-changed')).toEqual([
      `${DIR}/snippet-code-changed.ko.mdx:34:1: component 4 is <TorchSession … snippets=…"code":"x = torch.ones(3)\\nx.sum()…; the English edition has <TorchSession … snippets=…"code":"x = torch.ones(2)\\nx.sum()… here (${DIR}/lesson.mdx:33)`,
    ]);
  });

  it('changed display math fails at the equation', () => {
    expect(check('math-changed')).toEqual([
      `${DIR}/math-changed.ko.mdx:20:1: math 1 is $$a = c$$; the English edition has $$a = b$$ here (${DIR}/lesson.mdx:19)`,
    ]);
  });

  it('a changed link fails at the link and reports the English one missing', () => {
    expect(check('link-changed')).toEqual([
      `${DIR}/link-changed.ko.mdx:10:1: link /lessons/bias-variance/ is not in the English edition (${DIR}/lesson.mdx): keep the same links as English`,
      `${DIR}/link-changed.ko.mdx:1:1: link /lessons/getting-started/ of ${DIR}/lesson.mdx:9 is missing from this translation`,
    ]);
  });
});

describe('both editions of every page', () => {
  it('an English file without its .ko.mdx, and a Korean file without its English one, fail at line 1', () => {
    const present = new Set(['content/a.mdx', 'content/a.ko.mdx', 'content/b.mdx', 'content/c.ko.mdx']);
    const problems = missingEditions([...present], (f) => present.has(f)).map(formatProblem);
    expect(problems).toEqual([
      'content/b.mdx:1:1: no Korean edition: translate this file into content/b.ko.mdx (same widgets, headings, code and links; see the authoring guide, "The Korean edition")',
      'content/c.ko.mdx:1:1: no English edition: this file translates content/c.mdx, which does not exist',
    ]);
  });
});
