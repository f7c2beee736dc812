'use client';
import katex from 'katex';
import styles from './ConvCost.module.css';
import { formatNumber } from '@/components/widget/Output';
import type { ConvCost, ConvCostInput } from '@/lib/pytorch/conv/costs';
import { ratioTex, substituteCostTex, texNumber } from '@/lib/pytorch/conv/costFormulaTex';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { typeKebab, type CostOutputName } from './costLabels';
import { messages } from './messages';

const tex = (source: string) => ({ __html: katex.renderToString(source, { throwOnError: false }) });

/** A number as an `<output>` the tests can read, unless the headline already shows it. */
function Value({
  name,
  value,
  headline,
}: {
  name: CostOutputName;
  value: number;
  headline: ReadonlySet<CostOutputName>;
}) {
  const text = formatNumber(value, 3, useLocale());
  if (headline.has(name)) return <span>{text}</span>;
  return (
    <output name={name} data-value={String(value)}>
      {text}
    </output>
  );
}

/**
 * One row per type: the lecture's formula with the student's numbers put in, its value, and
 * the ratio to standard in closed form. A grouped row with an invalid g shows PyTorch's error.
 */
export function CostTable({
  costs,
  input,
  ratios,
  groupsMessage,
  headline,
}: {
  costs: readonly ConvCost[];
  input: ConvCostInput;
  ratios: Record<string, number>;
  groupsMessage: string | null;
  headline: ReadonlySet<CostOutputName>;
}) {
  const m = useMessages(messages);
  return (
    <div className={styles.table} tabIndex={0} role="region" aria-label={m.formulas}>
      <table>
        <caption>{m.formulasCaption({ ...input, g: input.g ?? 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.type}</th>
            <th scope="col">{m.parameters}</th>
            <th scope="col">{m.macsFormula}</th>
            <th scope="col">{m.perStandard}</th>
          </tr>
        </thead>
        <tbody>
          {costs.map((c) => {
            const k = typeKebab(c.type);
            if (c.type === 'grouped' && groupsMessage) {
              return (
                <tr key={c.type}>
                  <th scope="row">{m.typeName(c.type)}</th>
                  <td colSpan={3} className={styles.error}>
                    {m.groupsRowError(input.g ?? 1, groupsMessage)}
                  </td>
                </tr>
              );
            }
            return (
              <tr key={c.type}>
                <th scope="row">{m.typeName(c.type)}</th>
                <td>
                  <span
                    dangerouslySetInnerHTML={tex(substituteCostTex(c.paramsTex, input, c.params))}
                  />
                  <span className="visually-hidden">
                    <Value name={`params-${k}`} value={c.params} headline={headline} />
                  </span>
                </td>
                <td>
                  <span
                    dangerouslySetInnerHTML={tex(
                      `${texNumber(c.macs / (input.H * input.W))} \\cdot ${input.H} \\cdot ${input.W} = ${texNumber(c.macs)}`,
                    )}
                  />
                  <span className="visually-hidden">
                    <Value name={`macs-${k}`} value={c.macs} headline={headline} />
                  </span>
                </td>
                <td>
                  <span
                    dangerouslySetInnerHTML={tex(
                      `${ratioTex(c.type)} = ${texNumber(Number(ratios[c.type].toPrecision(4)))}`,
                    )}
                  />
                  <span className="visually-hidden">
                    <Value name={`ratio-${k}`} value={c.ratioToStandard} headline={headline} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={styles.note}>{m.note}</p>
    </div>
  );
}
