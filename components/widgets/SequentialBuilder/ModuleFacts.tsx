import { attempt, failureLine } from '@/lib/torch/errors';
import { moduleRepr, namedParameters, odictKeys, Sequential, sliceText, type PySlice } from '@/lib/torch/nn';
import { formatTuple } from '@/lib/torch/formatShape';

/** One REPL exchange: what was typed and what PyTorch would print. */
function Exchange({ input, output, error }: { input: string; output: string; error?: boolean }) {
  return (
    <>
      <span style={{ color: 'var(--color-muted)' }}>{'>>> '}</span>
      {input}
      {'\n'}
      <span style={{ color: error ? 'var(--color-danger)' : 'var(--color-fg)' }}>{output}</span>
      {'\n'}
    </>
  );
}

const show = (f: () => string) => {
  const r = attempt(f);
  return r.ok ? { output: r.value, error: false } : { output: failureLine(r), error: true };
};

/**
 * What the REPL prints for the built model: its repr, indexing, a slice,
 * len, an index one past the end, the internal dictionaries, the names of
 * its parameters, and the lecture's nn.Sequential(1).
 */
export function ModuleFacts({ model }: { model: Sequential }) {
  const n = model.length;
  const tail: PySlice = { start: 1, stop: null, step: null };
  const lines: { input: string; output: string; error?: boolean }[] = [
    { input: 'model', output: moduleRepr(model) },
    { input: 'len(model)', output: String(n) },
  ];
  if (n > 0) {
    lines.push({ input: 'model[0]', ...show(() => moduleRepr(model.at(0)!)) });
    lines.push({ input: 'model[-1]', ...show(() => moduleRepr(model.at(-1)!)) });
  }
  lines.push({ input: `model[${sliceText(tail)}]`, ...show(() => moduleRepr(model.slice(tail))) });
  lines.push({ input: `model[${n}]`, ...show(() => moduleRepr(model.at(n)!)) });
  lines.push({ input: 'model._modules.keys()', output: odictKeys(model._modules.keys()) });
  lines.push({ input: 'model._parameters.keys()', output: odictKeys(model._parameters.keys()) });
  lines.push({
    input: '[(name, tuple(p.shape)) for name, p in model.named_parameters()]',
    output: `[${namedParameters(model).map(([name, p]) => `('${name}', ${formatTuple(p.shape)})`).join(', ')}]`,
  });
  lines.push({ input: 'nn.Sequential(1)', ...show(() => moduleRepr(new Sequential(1))) });
  return (
    <pre className="widget-repl" tabIndex={0} role="region" aria-label="What PyTorch prints for this model" style={{ overflowX: 'auto', fontSize: '0.85em', margin: 0 }}>
      <code>
        {lines.map((l, i) => (
          <Exchange key={i} {...l} />
        ))}
      </code>
    </pre>
  );
}
