import katex from 'katex';
import styles from './BatchNormStep.module.css';
import type { BatchNormPass } from '@/lib/pytorch/kernels/batchNorm';
import type { BatchNormGradients } from '@/lib/pytorch/kernels/batchNormBackward';
import type { RunningStats } from '@/lib/pytorch/kernels/runningStats';

const tex = (source: string) => ({
  __html: katex.renderToString(source, { displayMode: true, throwOnError: false }),
});
/** A number as KaTeX source: 4 significant digits, a real minus sign, exponents as powers of ten. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return `\\text{${v}}`;
  const text =
    Math.abs(v) !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)
      ? v.toExponential(3)
      : String(Number(v.toPrecision(4)));
  const [mantissa, exp] = text.split('e');
  return exp ? `${Number(mantissa)} \\times 10^{${Number(exp)}}` : text;
}
const paren = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
/** x_1 + x_2 + ... with at most 6 terms written out. */
function sumOf(terms: string[]): string {
  return terms.length <= 6
    ? terms.join(' + ')
    : `${terms.slice(0, 3).join(' + ')} + \\dots + ${terms.at(-1)}`;
}

export interface ChannelView {
  c: number;
  x: number[];
  xHat: number[];
  y: number[];
  g: number[];
  dx: number[];
}

/** Every formula of one channel with the student's numbers substituted. */
export function StepFormulas({
  view,
  pass,
  before,
  grads,
  eps,
  unbiased,
}: {
  view: ChannelView;
  pass: BatchNormPass;
  before: RunningStats | null;
  grads: BatchNormGradients;
  eps: number;
  /** The word after the unbiased variance, in the page's language. */
  unbiased: string;
}) {
  const { c, x, g } = view;
  const m = x.length;
  const gamma = pass.terms.weight ? pass.terms.weight[c] : 1;
  const beta = pass.terms.bias ? pass.terms.bias[c] : 0;
  const lines: string[] = [];
  const stats = pass.batchStats;
  if (pass.usedBatchStats && stats) {
    const mu = stats.mean[c];
    lines.push(
      `\\mu_\\mathcal{B} = \\tfrac{1}{${m}}\\left(${sumOf(x.map(paren))}\\right) = ${num(mu)}`,
    );
    lines.push(
      `\\sigma_\\mathcal{B}^2 = \\tfrac{1}{${m}}\\left(${sumOf(x.map((v) => `(${num(v)} - ${paren(mu)})^2`))}\\right) = ${num(stats.varBiased[c])}`,
    );
    lines.push(
      `\\hat{x}_i = \\frac{x_i - ${paren(mu)}}{\\sqrt{${num(stats.varBiased[c])} + ${num(eps)}}} \\quad y_i = ${paren(gamma)}\\,\\hat{x}_i + ${paren(beta)}`,
    );
  } else if (before) {
    lines.push(
      `\\hat{x}_i = \\frac{x_i - \\text{running\\_mean}}{\\sqrt{\\text{running\\_var} + \\epsilon}} = \\frac{x_i - ${paren(before.mean[c])}}{\\sqrt{${num(before.variance[c])} + ${num(eps)}}} \\quad y_i = ${paren(gamma)}\\,\\hat{x}_i + ${paren(beta)}`,
    );
  }
  const after = pass.module.running;
  if (pass.factor !== null && stats?.varUnbiased && before && after) {
    const f = pass.factor;
    lines.push(
      `s^2 = \\tfrac{1}{${m - 1}}\\textstyle\\sum_i (x_i - \\mu_\\mathcal{B})^2 = ${num(stats.varUnbiased[c])} \\quad (\\text{${unbiased}})`,
    );
    lines.push(
      `\\text{running\\_mean} \\leftarrow (1 - ${num(f)})\\cdot ${paren(before.mean[c])} + ${num(f)}\\cdot ${paren(stats.mean[c])} = ${num(after.mean[c])}`,
    );
    lines.push(
      `\\text{running\\_var} \\leftarrow (1 - ${num(f)})\\cdot ${paren(before.variance[c])} + ${num(f)}\\cdot ${paren(stats.varUnbiased[c])} = ${num(after.variance[c])}`,
    );
  }
  lines.push(
    `\\frac{\\partial L}{\\partial \\beta} = ${sumOf(g.map(paren))} = ${num(grads.gradBias?.[c] ?? NaN)}`,
  );
  lines.push(
    `\\frac{\\partial L}{\\partial \\gamma} = ${sumOf(g.map((gi, i) => `${paren(gi)}\\cdot${paren(view.xHat[i])}`))} = ${num(grads.gradWeight?.[c] ?? NaN)}`,
  );
  lines.push(
    pass.usedBatchStats
      ? `\\frac{\\partial L}{\\partial x_i} = \\frac{${paren(gamma)}}{\\sqrt{\\sigma_\\mathcal{B}^2 + \\epsilon}}\\Big(g_i - ${paren(mean(g))} - \\hat{x}_i \\cdot ${paren(mean(g.map((gi, i) => gi * view.xHat[i])))}\\Big)`
      : `\\frac{\\partial L}{\\partial x_i} = g_i \\cdot \\frac{${paren(gamma)}}{\\sqrt{\\text{running\\_var} + \\epsilon}} = g_i \\cdot ${paren(pass.scale[c])}`,
  );
  return (
    <div>
      {lines.map((line, i) => (
        <div key={i} className={styles.formula} dangerouslySetInnerHTML={tex(line)} />
      ))}
    </div>
  );
}

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
