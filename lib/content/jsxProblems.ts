import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node as EstreeNode } from 'estree';
import type { ComponentSpec } from './componentSpec';
import { didYouMean } from './closestNames';
import { evaluateLiteral, programExpression, type LiteralValue } from './literal';
import { findingAt, type Finding } from './problem';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface EvaluatedAttribute {
  name: string;
  value: LiteralValue;
  line: number;
  column: number;
}

/** Where an estree node starts, as a 1-based line and column (acorn columns are 0-based). */
export function estreeStart(node: EstreeNode): { line: number; column: number } | undefined {
  return node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : undefined;
}

const LITERALS = 'a string in quotes, a number, true/false, or a [list] or {object} of those';

/**
 * The literal value of each attribute of a JSX element (`x` alone means
 * true), with a finding for every attribute that is not a literal: spreads,
 * variables, calls, arithmetic. Nothing is executed.
 */
export function evaluateAttributes(element: JsxElement, tag: string): { attributes: EvaluatedAttribute[]; findings: Finding[] } {
  const attributes: EvaluatedAttribute[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    const start = attribute.position?.start ?? element.position?.start;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(findingAt(start, `<${tag}>: \`{${attribute.value}}\` is not allowed; write each prop by name with a literal value (${LITERALS})`));
      continue;
    }
    if (seen.has(attribute.name)) {
      findings.push(findingAt(start, `<${tag}>: \`${attribute.name}\` is given twice; keep one`));
      continue;
    }
    seen.add(attribute.name);
    const at = { line: start?.line ?? 1, column: start?.column ?? 1 };
    if (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string') {
      attributes.push({ name: attribute.name, value: attribute.value ?? true, ...at });
      continue;
    }
    const program = attribute.value.data?.estree;
    const expression = program ? programExpression(program) : undefined;
    const result = expression ? evaluateLiteral(expression) : undefined;
    if (result?.ok) {
      attributes.push({ name: attribute.name, value: result.value, ...at });
      continue;
    }
    const where = result && !result.ok ? (estreeStart(result.node) ?? start) : start;
    findings.push(
      findingAt(
        where,
        `<${tag} ${attribute.name}={${attribute.value.value}}>: the value must be a literal (${LITERALS}); lessons run no code, so write the value itself, e.g. ${attribute.name}={0.1}`,
      ),
    );
  }
  return { attributes, findings };
}

/** "unknown component" with the nearest registered names and the full list. */
export function unknownComponentFinding(element: JsxElement, name: string, components: ReadonlyMap<string, ComponentSpec>): Finding {
  const names = [...components.keys()].sort();
  return findingAt(
    element.position?.start,
    `unknown component <${name}>${didYouMean(name, names)}; the components a lesson can use are ${names.map((n) => `<${n}>`).join(', ')} (used by name, without imports)`,
  );
}
