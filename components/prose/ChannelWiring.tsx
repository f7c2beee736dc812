/**
 * How channels are wired in a standard, grouped, depthwise and pointwise
 * convolution: 8 input channels on the left, 8 outputs on the right, one line
 * per kernel. Static SVG, rendered at build time.
 */
const CHANNELS = 8;
const panels = [
  { title: 'standard', note: 'C·M kernels, K×K', connects: () => true, thick: true },
  {
    title: 'grouped, g = 4',
    note: 'C·M/g kernels, K×K',
    connects: (i: number, o: number) => Math.floor(i / 2) === Math.floor(o / 2),
    thick: true,
  },
  {
    title: 'depthwise',
    note: 'C kernels, K×K',
    connects: (i: number, o: number) => i === o,
    thick: true,
  },
  { title: 'pointwise', note: 'C·M weights, 1×1', connects: () => true, thick: false },
] as const;

const W = 150;
const H = 190;
const y = (k: number) => 30 + k * 20;

export function ChannelWiring() {
  return (
    <figure className="figure channel-wiring">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', justifyContent: 'center' }}>
        {panels.map((p) => (
          <svg
            key={p.title}
            viewBox={`0 0 ${W} ${H}`}
            width={W}
            height={H}
            role="img"
            aria-label={`${p.title} convolution: ${p.note}`}
          >
            <text x={W / 2} y={14} textAnchor="middle" fontSize={12} fill="currentColor">
              {p.title}
            </text>
            {Array.from({ length: CHANNELS }, (_, i) =>
              Array.from({ length: CHANNELS }, (_, o) =>
                p.connects(i, o) ? (
                  <line
                    key={`${i}-${o}`}
                    x1={30}
                    y1={y(i)}
                    x2={W - 30}
                    y2={y(o)}
                    stroke="currentColor"
                    strokeOpacity={p.thick ? 0.55 : 0.35}
                    strokeWidth={p.thick ? 1.6 : 0.8}
                  />
                ) : null,
              ),
            )}
            {Array.from({ length: CHANNELS }, (_, k) => (
              <g key={k}>
                <circle cx={30} cy={y(k)} r={5} fill="var(--color-accent, #2563eb)" />
                <circle cx={W - 30} cy={y(k)} r={5} fill="var(--color-ok, #16a34a)" />
              </g>
            ))}
            <text x={W / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="currentColor">
              {p.note}
            </text>
          </svg>
        ))}
      </div>
      <figcaption>
        Input channels (left) wired to output channels (right). Grouped: each output sees only its
        group of C/g inputs. Depthwise: one kernel per channel, no mixing. Pointwise: every pair
        connected, but each line is a single weight.
      </figcaption>
    </figure>
  );
}
