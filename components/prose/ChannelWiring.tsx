'use client';
import { useMessages } from '@/components/site/LocaleProvider';
import { defineMessages } from '@/lib/site/localized';

/**
 * How channels are wired in a standard, grouped, depthwise and pointwise
 * convolution: 8 input channels on the left, 8 outputs on the right, one line
 * per kernel. Static SVG, rendered at build time (a client component only to
 * read the page's language).
 */
const CHANNELS = 8;
const panels = [
  { id: 'standard', connects: () => true, thick: true },
  {
    id: 'grouped',
    connects: (i: number, o: number) => Math.floor(i / 2) === Math.floor(o / 2),
    thick: true,
  },
  { id: 'depthwise', connects: (i: number, o: number) => i === o, thick: true },
  { id: 'pointwise', connects: () => true, thick: false },
] as const;
type Panel = (typeof panels)[number]['id'];

const en = {
  title: {
    standard: 'standard',
    grouped: 'grouped, g = 4',
    depthwise: 'depthwise',
    pointwise: 'pointwise',
  } as Record<Panel, string>,
  note: {
    standard: 'C·M kernels, K×K',
    grouped: 'C·M/g kernels, K×K',
    depthwise: 'C kernels, K×K',
    pointwise: 'C·M weights, 1×1',
  } as Record<Panel, string>,
  panelLabel: (title: string, note: string) => `${title} convolution: ${note}`,
  caption:
    'Input channels (left) wired to output channels (right). Grouped: each output sees only its group of C/g inputs. Depthwise: one kernel per channel, no mixing. Pointwise: every pair connected, but each line is a single weight.',
};

const messages = defineMessages(en, {
  title: { standard: '표준', grouped: '그룹, g = 4', depthwise: '깊이별', pointwise: '점별' },
  note: {
    standard: '커널 C·M개, K×K',
    grouped: '커널 C·M/g개, K×K',
    depthwise: '커널 C개, K×K',
    pointwise: '가중치 C·M개, 1×1',
  },
  panelLabel: (title, note) => `${title} 합성곱: ${note}`,
  caption:
    '입력 채널(왼쪽)과 출력 채널(오른쪽)의 연결. 그룹: 출력 채널 하나는 자기 그룹의 입력 C/g개만 봅니다. 깊이별: 채널마다 커널이 하나이고 채널끼리 섞이지 않습니다. 점별: 모든 쌍이 연결되지만 선 하나가 가중치 하나입니다.',
});

const W = 150;
const H = 190;
const y = (k: number) => 30 + k * 20;

export function ChannelWiring() {
  const m = useMessages(messages);
  return (
    <figure className="figure channel-wiring">
      <div className="channel-wiring-panels">
        {panels.map((p) => (
          <svg
            key={p.id}
            viewBox={`0 0 ${W} ${H}`}
            width={W}
            height={H}
            role="img"
            aria-label={m.panelLabel(m.title[p.id], m.note[p.id])}
          >
            <text x={W / 2} y={14} textAnchor="middle" fontSize={12} fill="currentColor">
              {m.title[p.id]}
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
              {m.note[p.id]}
            </text>
          </svg>
        ))}
      </div>
      <figcaption>{m.caption}</figcaption>
    </figure>
  );
}
