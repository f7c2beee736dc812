import type { ComponentSpec } from './componentSpec';
import { didYouMean } from './closestNames';
import { issueMessage, valueAt } from './issueMessage';
import type { EvaluatedAttribute, JsxElement } from './jsxProblems';
import { imageSourceProblem } from './links';
import { findingAt, type Finding } from './problem';
import { describeField } from './propsTable';

/** A component with both `src` and `alt` props shows an image and gets the image checks. */
function isImageComponent(spec: ComponentSpec): boolean {
  return 'src' in spec.props.shape && 'alt' in spec.props.shape;
}

/** The image rules shared by Markdown images, `<img>` and image components: alt text, and a file in public/. */
export function imageFindings(
  alt: unknown,
  src: unknown,
  at: { line: number; column: number } | undefined,
  fix: string,
  publicFiles: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  if (typeof alt !== 'string' || alt.trim() === '') {
    findings.push(findingAt(at, `image without alt text: ${fix}, for readers who cannot see it`));
  }
  const problem = typeof src === 'string' ? imageSourceProblem(src, publicFiles) : undefined;
  if (problem) findings.push(findingAt(at, problem));
  return findings;
}

/**
 * Checks the props of a registered component against its zod schema: unknown
 * prop names, wrong types, values out of range or not among the allowed ones;
 * every message names what the prop accepts (the guide's "allowed" text).
 * `skip` lists props already reported as non-literal.
 */
export function propFindings(
  element: JsxElement,
  spec: ComponentSpec,
  attributes: readonly EvaluatedAttribute[],
  skip: ReadonlySet<string>,
  publicFiles: ReadonlySet<string>,
): Finding[] {
  const shape = spec.props.shape;
  const names = Object.keys(shape);
  const findings: Finding[] = [];
  const props: Record<string, unknown> = {};
  const position = new Map<string, EvaluatedAttribute>();
  for (const attribute of attributes) {
    if (!(attribute.name in shape)) {
      findings.push(
        findingAt(
          attribute,
          `<${spec.name}> has no prop \`${attribute.name}\`${didYouMean(attribute.name, names)}; its props are ${names.join(', ')}`,
        ),
      );
      continue;
    }
    props[attribute.name] = attribute.value;
    position.set(attribute.name, attribute);
  }
  const image = isImageComponent(spec);
  if (image) {
    const at = position.get('src') ?? element.position?.start;
    findings.push(...imageFindings(props.alt, props.src, at, `add alt="what the image shows" to <${spec.name}>`, publicFiles));
  }
  const result = spec.props.safeParse(props);
  if (result.success) return findings;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    // Image components already had their alt text and path checked, with an image's own messages.
    if (skip.has(field) || (image && (field === 'alt' || (field === 'src' && typeof props.src === 'string')))) continue;
    const schema = shape[field];
    if (!schema) continue;
    const got = valueAt(props, issue.path);
    let message = `<${spec.name}> ${issueMessage(issue, spec.props, got)}`;
    if (got === undefined && issue.path.length === 1) {
      message = `<${spec.name}> needs the prop \`${field}\`: ${describeField(schema).expected} (${schema.description ?? 'see the authoring guide'})`;
    } else if (typeof got === 'string' && got.trim() !== '' && !Number.isNaN(Number(got)) && issue.code === 'invalid_type') {
      message += `; numbers go in braces without quotes: ${field}={${got.trim()}}`;
    }
    findings.push(findingAt(position.get(field) ?? element.position?.start, message));
  }
  return findings;
}
