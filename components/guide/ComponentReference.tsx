import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import rehypeKatexIslands from '@/scripts/mdx/rehypeKatexIslands.mjs';
import remarkMath from 'remark-math';
import { proseIn, useMDXComponents } from '@/mdx-components';
import { References } from '@/components/prose/References';
import { Table } from '@/components/prose/Table';
import { propsTable } from '@/lib/content/propsTable';
import { componentSpecs } from '@/components/widgets/specs';
import { componentText, type ComponentSpec } from '@/lib/content/componentSpec';
import { strings, type Locale } from '@/lib/site/strings';
import { HighlightedCode } from '@/components/widget/WidgetCode';

/** Renders a spec's MDX example at build time, exactly as a lesson would. */
async function LiveExample({ example, locale }: { example: string; locale: Locale }) {
  const { default: Example } = await evaluate(example, {
    ...runtime,
    // The example sits under its entry's h4: its reference list is headed one level below.
    useMDXComponents: () => ({
      ...useMDXComponents(),
      ...proseIn(locale),
      References: (props: React.ComponentProps<typeof References>) => (
        <References {...props} previewLevel={5} locale={locale} />
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
export function ComponentReference({ locale = 'en' }: { locale?: Locale }) {
  const t = strings(locale);
  const r = t.reference;
  const groups: [string, ComponentSpec[]][] = [
    [r.proseComponents, componentSpecs.filter((s) => s.kind === 'prose')],
    [r.widgets, componentSpecs.filter((s) => s.kind === 'widget')],
  ];
  return (
    <section aria-labelledby="component-reference">
      <h2 id="component-reference">{t.componentReference}</h2>
      {groups.map(([heading, specs]) => (
        <section key={heading}>
          <h3>{heading}</h3>
          {specs.map((spec) => {
            const text = componentText(spec, locale);
            return (
              <section key={spec.name} aria-labelledby={`component-${spec.name.toLowerCase()}`}>
                <h4 id={`component-${spec.name.toLowerCase()}`}>
                  <code>{`<${spec.name}>`}</code>
                </h4>
                <p>{text.summary}</p>
                <Table label={r.propsOf(spec.name)} locale={locale}>
                  <caption className="visually-hidden">{r.propsOf(spec.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{r.prop}</th>
                      <th scope="col">{r.type}</th>
                      <th scope="col">{r.default}</th>
                      <th scope="col">{r.whatItDoes}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {propsTable(spec.props).map((row) => {
                      const fallback = text.defaultOf(row.name, row.default);
                      return (
                        <tr key={row.name}>
                          <td>
                            <code>{row.name}</code>
                            {row.required ? r.required : ''}
                          </td>
                          <td>{row.type}</td>
                          <td>{fallback !== undefined ? <code>{fallback}</code> : '–'}</td>
                          <td>{text.describe(row.name, row.description)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
                <p>{r.example}</p>
                <div className="code-block">
                  <HighlightedCode code={text.example} language="xml" />
                </div>
                <LiveExample example={text.example} locale={locale} />
              </section>
            );
          })}
        </section>
      ))}
    </section>
  );
}
