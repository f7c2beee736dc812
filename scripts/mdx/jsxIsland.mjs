// One element whose content reaches React as a string of markup (`dangerouslySetInnerHTML`), as
// MDX JSX: the RSC payload then carries the content once, as text, and hydration skips it.
// Shared by the plugins that render math and highlighted code at build time.

/** The estree of the expression `{ __html: html }`. */
function markupExpression(html) {
  return {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'ObjectExpression',
          properties: [
            {
              type: 'Property',
              kind: 'init',
              key: { type: 'Identifier', name: '__html' },
              value: { type: 'Literal', value: html },
              computed: false,
              method: false,
              shorthand: false,
            },
          ],
        },
      },
    ],
  };
}

/**
 * An MDX JSX `<name className={className} dangerouslySetInnerHTML={{ __html: html }} />`, a flow
 * (block) element or a text (inline) one.
 */
export function jsxIsland(name, className, html, flow) {
  return {
    type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name,
    attributes: [
      ...(className ? [{ type: 'mdxJsxAttribute', name: 'className', value: className }] : []),
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: '',
          data: { estree: markupExpression(html) },
        },
      },
    ],
    children: [],
  };
}
