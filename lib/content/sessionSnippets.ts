import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { snippetStatements } from '../pytorch/widgets/snippetStatements';
import { evaluateAttributes, type JsxElement } from './jsxProblems';
import { parseMdx } from './parseMdx';

/** What a page's TorchSession runs before the reader types (its prompt's implicit imports). */
export const SESSION_PRELUDE = ['import torch', 'import torch.nn as nn', 'import numpy as np'];

export interface SnippetProgram {
  /** `snippets_<n>`: the n-th TorchSession of the lesson, from 0. */
  id: string;
  line: number;
  /** The prelude, the setup, then every "Run in session" snippet in page order, one statement each. */
  statements: string[];
}

/**
 * Each TorchSession of a lesson as one program: what a reader who presses its
 * buttons from top to bottom makes the page's session run.
 */
export function snippetPrograms(source: string): SnippetProgram[] {
  const tree: Root = parseMdx(source);
  const found: SnippetProgram[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || (node as JsxElement).name !== 'TorchSession') return;
    const { attributes } = evaluateAttributes(node as JsxElement, 'TorchSession');
    const setup = (attributes.find((a) => a.name === 'setup')?.value ?? []) as string[];
    const snippets = (attributes.find((a) => a.name === 'snippets')?.value ?? []) as { code: string }[];
    const statements = [...SESSION_PRELUDE, ...setup, ...snippets.flatMap((s) => snippetStatements(s.code))].map((s) => s.replace(/\n+$/, ''));
    found.push({ id: `snippets_${found.length}`, line: node.position?.start.line ?? 1, statements });
  });
  return found;
}

/** A program as the recorder's cases text (`### id: title`, `>>> ` and `... ` lines). */
export function casesText(id: string, title: string, statements: readonly string[]): string {
  const lines = [`### ${id}: ${title}`];
  for (const s of statements) {
    const [first, ...rest] = s.split('\n');
    lines.push(`>>> ${first}`, ...rest.map((r) => `... ${r}`));
  }
  return lines.join('\n');
}
