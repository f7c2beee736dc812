import { describe, expect, it } from 'vitest';
import { readingTime } from './readingTime';

const lesson = (body: string) => `---\ntitle: T\nsummary: S.\norder: 1\nsources:\n  - title: Notes\n---\n${body}`;

describe('readingTime', () => {
  it('counts prose words at 200 a minute, rounding up, and never less than one minute', () => {
    expect(readingTime(lesson('word '.repeat(401))).minutes).toBe(3);
    expect(readingTime(lesson('Just a line.')).minutes).toBe(1);
    expect(readingTime(lesson('Just a line.')).proseWords).toBe(3);
  });

  it('does not count the frontmatter, tags, props or math markup as words', () => {
    const t = readingTime(lesson('<Aside title="A note">One two three.</Aside>\n\n$$\\frac{a}{b}$$\n\nFour $x^2$ five.'));
    expect(t.proseWords).toBe(6); // One two three. Four [x] five.
  });

  it('reads code at a third of the prose pace and adds two minutes per widget', () => {
    const code = '```python\n' + 'print(loss)\n'.repeat(300) + '```\n'; // 300 words of code: 4.5 minutes
    const t = readingTime(lesson(`${code}\n<LinearFit learningRate={0.1} />\n<BatchNormRace />`));
    expect(t).toEqual({ proseWords: 0, codeWords: 300, widgets: 2, minutes: 9 });
  });

  it("leaves out a widget's collapsed code block but keeps the sentence that introduces it", () => {
    const code = '```python\n' + 'print(loss)\n'.repeat(300) + '```\n';
    const block = `<details className="widget-code">\n<summary>Code for these settings</summary>\n\n${code}\n</details>`;
    const t = readingTime(lesson(`<LinearFit />\n\nThe same in PyTorch:\n\n${block}\n`));
    expect(t).toEqual({ proseWords: 4, codeWords: 0, widgets: 1, minutes: 3 });
  });
});
