/**
 * Runs the program each widget's code panel offers for the props the lessons give it, under
 * real PyTorch 1.13 / scikit-learn 1.2, and prints which ran cleanly, how long each took and
 * the last lines it printed. Not part of `npm test` (it trains small networks for minutes).
 *
 *   npx tsx scripts/oracles/runWidgetCode.ts [--python /path/to/python3] [--only Name,Name]
 *     [--timeout seconds] [--props Name='{"steps": 50}'] [--examples]
 *
 * --examples runs each widget's documented example (its spec's `example` props) instead of the
 * lessons' uses, to try settings other than the defaults.
 * --props overrides a widget's props (to shorten a long run through the program's own
 * settings); say so wherever a shortened run is reported. Where torchvision is not installed,
 * the DeformableSampling program runs with scripts/oracles/torchvision_standin, a
 * grid_sample deform_conv2d, and the report says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import { widgetSpecs } from '../../components/widgets/specs';
import { widgetCodes } from '../../components/widgets/widgetCodes';
import { evaluateAttributes, type JsxElement } from '../../lib/content/jsxProblems';
import { parseMdx } from '../../lib/content/parseMdx';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const python = option('--python') ?? 'python3';
const only = option('--only')?.split(',');
const timeout = Number(option('--timeout') ?? 300) * 1000;
const overrides: Record<string, Record<string, unknown>> = {};
args.forEach((a, i) => {
  if (a !== '--props') return;
  const [name, json] = args[i + 1].split(/=(.*)/s);
  overrides[name] = JSON.parse(json);
});

const hasTorchvision = spawnSync(python, ['-c', 'import torchvision']).status === 0;
const standin = resolve('scripts/oracles/torchvision_standin');
const work = mkdtempSync(join(tmpdir(), 'widget-code-'));
const seen = new Set<string>();

interface Use {
  name: string;
  props: Record<string, unknown>;
  where: string;
}

function usesIn(source: string, where: string): Use[] {
  const found: Use[] = [];
  visit(parseMdx(source), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const name = element.name ?? '';
    if (!(name in widgetCodes) || (only && !only.includes(name))) return;
    const props = Object.fromEntries(
      evaluateAttributes(element, name).attributes.map((a) => [a.name, a.value]),
    );
    found.push({ name, props, where });
  });
  return found;
}

const uses = args.includes('--examples')
  ? widgetSpecs.flatMap((spec) => usesIn(spec.example, `the example of ${spec.name}`))
  : readdirSync('content')
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => usesIn(readFileSync(join('content', f), 'utf8'), `content/${f}`));

for (const { name, props, where } of uses) {
  const key = `${name} ${JSON.stringify(props)}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const code = widgetCodes[name]({ ...props, ...overrides[name] });
  const path = join(work, `${name}_${seen.size}.py`);
  writeFileSync(path, code + '\n');
  const env = { ...process.env };
  const note: string[] = [];
  if (name === 'DeformableSampling' && !hasTorchvision) {
    env.PYTHONPATH = standin;
    note.push('torchvision missing: ran with the grid_sample stand-in');
  }
  if (overrides[name]) note.push(`props overridden: ${JSON.stringify(overrides[name])}`);
  const start = Date.now();
  const run = spawnSync(python, [path], { cwd: work, env, timeout, encoding: 'utf8' });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  const ok = run.status === 0 && !run.error;
  const tail = (ok ? run.stdout : run.stderr || String(run.error)).trim().split('\n').slice(-3);
  console.log(
    `${ok ? 'OK  ' : 'FAIL'} ${name} ${JSON.stringify(props)} (${where}) ${seconds} s${note.length ? ` [${note.join('; ')}]` : ''}`,
  );
  for (const line of tail) console.log(`       ${line.slice(0, 160)}`);
}
