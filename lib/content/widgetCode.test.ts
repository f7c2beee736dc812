import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { widgetSpecs } from '@/components/widgets/specs';
import { widgetCodes } from '@/components/widgets/widgetCodes';
import { pythonProblems } from '../experiments/pythonCheck';
import { evaluateAttributes, type JsxElement } from './jsxProblems';
import { parseMdx } from './parseMdx';

/**
 * "Take the code with you": every widget that trains or computes something offers its program
 * for its current settings. For the props a lesson gives it, that program must be the one the
 * lesson itself shows in a ```python block (so the page and the panel cannot drift apart), and
 * it must be well-formed Python (balanced brackets, blocks, only names it defines or imports).
 */

const contentDir = join(process.cwd(), 'content');
const lessons = readdirSync(contentDir).filter((f) => f.endsWith('.mdx'));

interface Use {
  file: string;
  line: number;
  widget: string;
  props: Record<string, unknown>;
}

const uses: Use[] = lessons.flatMap((file) => {
  const found: Use[] = [];
  visit(parseMdx(readFileSync(join(contentDir, file), 'utf8')), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    if (!element.name || !(element.name in widgetCodes)) return;
    const { attributes } = evaluateAttributes(element, element.name);
    found.push({
      file,
      line: element.position?.start.line ?? 0,
      widget: element.name,
      props: Object.fromEntries(attributes.map((a) => [a.name, a.value])),
    });
  });
  return found;
});

/** The lesson's fenced Python blocks, as written. */
function pythonBlocks(file: string): string[] {
  const blocks: string[] = [];
  visit(parseMdx(readFileSync(join(contentDir, file), 'utf8')), 'code', (node) => {
    if (node.lang === 'python') blocks.push(node.value);
  });
  return blocks;
}

describe('the code each widget offers for a lesson’s props', () => {
  it('every widget with a code panel is used by some lesson', () => {
    const used = new Set(uses.map((u) => u.widget));
    expect(Object.keys(widgetCodes).filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(uses.map((u) => [`${u.widget} (content/${u.file}:${u.line})`, u] as const))(
    '%s: the lesson shows it in a python block',
    (_, use) => {
      const code = widgetCodes[use.widget](use.props);
      expect(pythonBlocks(use.file)).toContain(code);
    },
  );

  it.each(uses.map((u) => [`${u.widget} (content/${u.file}:${u.line})`, u] as const))(
    '%s: it is well-formed Python',
    (_, use) => {
      expect(pythonProblems(widgetCodes[use.widget](use.props))).toEqual([]);
    },
  );

  // Settings other than the defaults: the props of each widget's documented example.
  const examples = widgetSpecs
    .filter((spec) => spec.name in widgetCodes)
    .map((spec) => {
      let props: Record<string, unknown> = {};
      visit(parseMdx(spec.example), (node) => {
        if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
        const element = node as JsxElement;
        props = Object.fromEntries(
          evaluateAttributes(element, spec.name).attributes.map((a) => [a.name, a.value]),
        );
      });
      return [spec.example, spec.name, props] as const;
    });

  it.each(examples)('%s: well-formed Python too', (_, name, props) => {
    expect(pythonProblems(widgetCodes[name](props))).toEqual([]);
  });
});
