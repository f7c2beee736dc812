'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { useElementSize } from '@/components/charts/useElementSize';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { usePageSession } from '@/components/torch/pageSession';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { sessionProgram } from '@/lib/pytorch/widgets/sessionProgram';
import styles from '@/components/torch/torch.module.css';
import { graphLayout, NODE_HEIGHT, shortNodeName } from '@/lib/pytorch/widgets/graphLayout';
import { shortValues } from '@/lib/pytorch/widgets/shortValues';
import { autogradGraphSpec } from './spec';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export default function AutogradGraph(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(autogradGraphSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const t = useT();
  const { store, state } = usePageSession();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const setupKey = JSON.stringify(props.setup);
  useEffect(() => store.ensureSetup(JSON.parse(setupKey)), [store, setupKey]);

  const layout = useMemo(
    () => graphLayout(state.snapshot, Math.max(width, 280)),
    [state.snapshot, width],
  );
  const hasGrads = layout.nodes.some((n) => n.node.lastGrad);
  // How many layers of the last backward() are shown; a new session state starts over.
  const [stepped, setStepped] = useState({ version: state.version, shown: 0 });
  const shown = stepped.version === state.version ? stepped.shown : 0;
  const setShown = (f: number | ((s: number) => number)) =>
    setStepped({ version: state.version, shown: typeof f === 'function' ? f(shown) : f });
  const revealed = (depth: number) => hasGrads && depth < shown;
  const boxW = Math.min(
    190,
    Math.max(
      120,
      layout.width /
        Math.max(
          1,
          ...Array.from(
            { length: layout.depths },
            (_, d) => layout.nodes.filter((n) => n.depth === d).length,
          ),
        ) -
        10,
    ),
  );
  const perBox = Math.max(1, Math.floor((boxW - 70) / 58));

  const leaves = state.snapshot.tensors.filter((x) => x.isLeaf && x.grad);
  const nodeList = layout.nodes
    .map((n) => `${shortNodeName(n.node.name)}${n.names.length ? ` (${n.names.join(', ')})` : ''}`)
    .join(', ');
  const leafGrads = leaves.map((l) => `${l.name}.grad = ${shortValues(l.grad!, 6)}`).join('; ');
  const summary =
    state.status === 'starting'
      ? m.starting
      : layout.nodes.length
        ? `${m.graph(layout.nodes.length, layout.depths, nodeList)} ${
            hasGrads ? m.gradients(shown, layout.depths, leafGrads) : m.noBackward
          }`
        : m.empty;

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={autogradGraphSpec}
        description={m.description}
        status={
          state.status === 'starting'
            ? 'loading'
            : !hasGrads
              ? 'idle'
              : shown >= layout.depths
                ? 'done'
                : shown > 0
                  ? 'paused'
                  : 'idle'
        }
        step={shown}
        summary={summary}
        controls={
          <div className="widget-buttons">
            <ControlButton
              className="primary"
              unavailable={!hasGrads || shown >= layout.depths}
              onClick={() => setShown((s) => s + 1)}
            >
              {t.step}
            </ControlButton>
            <ControlButton
              unavailable={!hasGrads || shown >= layout.depths}
              onClick={() => setShown(layout.depths)}
            >
              {m.showAll}
            </ControlButton>
            <ControlButton unavailable={shown === 0} onClick={() => setShown(0)}>
              {t.reset}
            </ControlButton>
          </div>
        }
        outputs={
          <div className="widget-output">
            <span className="widget-output-label" id="graph-nodes-label">
              {m.nodes}
            </span>
            <output
              name="nodes"
              aria-labelledby="graph-nodes-label"
              data-value={String(layout.nodes.length)}
            >
              {layout.nodes.length}
            </output>
          </div>
        }
        footer={
          <DataTable
            caption={m.tableCaption}
            columns={m.columns}
            rows={layout.nodes.map((n) => [
              shortNodeName(n.node.name),
              n.names.join(', '),
              n.depth,
              n.node.lastGrad ? n.node.lastGrad.join(', ') : '',
              n.node.released ? m.yes : m.no,
            ])}
          />
        }
      >
        <div ref={ref}>
          <svg
            ref={svgRef}
            className={styles.svg}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-label={summary}
          >
            <defs>
              <marker
                id="graph-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
              </marker>
            </defs>
            {layout.edges.map((e, i) => (
              <line
                key={i}
                x1={e.from.x}
                y1={e.from.y + NODE_HEIGHT / 2}
                x2={e.to.x}
                y2={e.to.y - NODE_HEIGHT / 2 - 2}
                className={revealed(e.to.depth) ? styles.arrowLive : styles.arrow}
                markerEnd="url(#graph-arrow)"
              />
            ))}
            {layout.nodes.map((n) => (
              <g
                key={n.node.id}
                transform={`translate(${n.x - boxW / 2},${n.y - NODE_HEIGHT / 2})`}
              >
                <rect
                  width={boxW}
                  height={NODE_HEIGHT}
                  rx={8}
                  className={revealed(n.depth) ? styles.boxChanged : styles.box}
                />
                <text x={8} y={17} className={styles.textStrong}>
                  {shortNodeName(n.node.name)}
                </text>
                <text x={8} y={33} className={styles.textMuted}>
                  {n.names.length
                    ? n.node.variable
                      ? `→ ${n.names.join(', ')}.grad`
                      : `= ${n.names.join(', ')}.grad_fn`
                    : n.node.variable
                      ? m.unnamedLeaf
                      : ''}
                </text>
                <text
                  x={8}
                  y={50}
                  className={revealed(n.depth) ? styles.textGrad : styles.textMuted}
                >
                  {revealed(n.depth) && n.node.lastGrad
                    ? `grad ${shortValues(n.node.lastGrad, perBox)}`
                    : n.node.released
                      ? m.buffersFreed
                      : ''}
                </text>
              </g>
            ))}
          </svg>
        </div>
        <ChartActions svgRef={svgRef} filename="autograd-graph" />
        <WidgetCode summary={m.script} code={sessionProgram(state.entries)} />
      </WidgetFrame>
    </div>
  );
}
