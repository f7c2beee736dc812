import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import rehypeKatexIslands from '@/scripts/mdx/rehypeKatexIslands.mjs';
import remarkMath from 'remark-math';
import { useMDXComponents } from '@/mdx-components';
import { References } from '@/components/prose/References';
import { Table } from '@/components/prose/Table';
import { propsTable } from '@/lib/content/propsTable';
import { componentSpecs } from '@/components/widgets/specs';
import type { ComponentSpec } from '@/lib/content/componentSpec';
import { HighlightedCode } from '@/components/widget/WidgetCode';

/** Renders a spec's MDX example at build time, exactly as a lesson would. */
async function LiveExample({ spec }: { spec: ComponentSpec }) {
  const { default: Example } = await evaluate(spec.example, {
    ...runtime,
    // The example sits under its entry's h4: its reference list is headed one level below.
    useMDXComponents: () => ({
      ...useMDXComponents(),
      References: (props: React.ComponentProps<typeof References>) => (
        <References {...props} previewLevel={5} />
      ),
    }),
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatexIslands],
  });
  return <Example />;
}

/**
 * Every registered component with its props table, generated from the same
 * schema the content check and the widget use, so the guide cannot drift.
 */
export function ComponentReference() {
  const groups: [string, ComponentSpec[]][] = [
    ['Prose components', componentSpecs.filter((s) => s.kind === 'prose')],
    ['Widgets', componentSpecs.filter((s) => s.kind === 'widget')],
  ];
  return (
    <section aria-labelledby="component-reference">
      <h2 id="component-reference">Component reference</h2>
      {groups.map(([heading, specs]) => (
        <section key={heading}>
          <h3>{heading}</h3>
          {specs.map((spec) => (
            <section key={spec.name} aria-labelledby={`component-${spec.name.toLowerCase()}`}>
              <h4 id={`component-${spec.name.toLowerCase()}`}>
                <code>{`<${spec.name}>`}</code>
              </h4>
              <p>{spec.summary}</p>
              <Table label={`Props of ${spec.name}`}>
                <caption className="visually-hidden">Props of {spec.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">prop</th>
                    <th scope="col">type</th>
                    <th scope="col">default</th>
                    <th scope="col">what it does</th>
                  </tr>
                </thead>
                <tbody>
                  {propsTable(spec.props).map((row) => (
                    <tr key={row.name}>
                      <td>
                        <code>{row.name}</code>
                        {row.required ? ' (required)' : ''}
                      </td>
                      <td>{row.type}</td>
                      <td>{row.default !== undefined ? <code>{row.default}</code> : '–'}</td>
                      <td>{row.description}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p>Example:</p>
              <div className="code-block">
                <HighlightedCode code={spec.example} language="xml" />
              </div>
              <LiveExample spec={spec} />
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
