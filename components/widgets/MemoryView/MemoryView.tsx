'use client';
import { useEffect, useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { useElementSize } from '@/components/charts/useElementSize';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { usePageSession } from '@/components/torch/pageSession';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { sessionProgram } from '@/lib/pytorch/widgets/sessionProgram';
import styles from '@/components/torch/torch.module.css';
import { changedStorages, memoryLayout } from '@/lib/pytorch/widgets/memoryLayout';
import { memoryViewSpec } from './spec';
import { MemoryBoxes } from './MemoryBoxes';
import { formatTuple } from '@/lib/pytorch/formatShape';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export default function MemoryView(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(memoryViewSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const { store, state } = usePageSession();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const setupKey = JSON.stringify(props.setup);
  useEffect(() => store.ensureSetup(JSON.parse(setupKey)), [store, setupKey]);

  const changed = useMemo(
    () => changedStorages(state.previous, state.snapshot),
    [state.previous, state.snapshot],
  );
  const layout = useMemo(
    () => memoryLayout(state.snapshot, changed, Math.max(width, 280)),
    [state.snapshot, changed, width],
  );
  const { tensors, storages } = state.snapshot;

  const shared = storages.filter((s) => tensors.filter((t) => t.storageId === s.id).length > 1);
  const names = (id: number) => tensors.filter((t) => t.storageId === id).map((t) => t.name);
  const summary =
    state.status === 'starting'
      ? m.starting
      : tensors.length
        ? m.summary(
            tensors.length,
            storages.length,
            shared.map((s) => names(s.id).join(', ')).join('; '),
            [...changed].map((id) => names(id).join(', ')).join('; '),
          )
        : m.empty;

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={memoryViewSpec}
        description={m.description}
        status={state.status === 'starting' ? 'loading' : tensors.length ? 'done' : 'idle'}
        summary={summary}
        outputs={
          <>
            <div className="widget-output">
              <span className="widget-output-label" id="memory-tensors-label">
                {m.tensors}
              </span>
              <output
                name="tensors"
                aria-labelledby="memory-tensors-label"
                data-value={String(tensors.length)}
              >
                {tensors.length}
              </output>
            </div>
            <div className="widget-output">
              <span className="widget-output-label" id="memory-storages-label">
                {m.storages}
              </span>
              <output
                name="storages"
                aria-labelledby="memory-storages-label"
                data-value={String(storages.length)}
              >
                {storages.length}
              </output>
            </div>
            <div className="widget-output">
              <span className="widget-output-label" id="memory-changed-label">
                {m.changed}
              </span>
              <output
                name="changed"
                aria-labelledby="memory-changed-label"
                data-value={[...changed].map((id) => names(id).join(',')).join(';')}
              >
                {changed.size ? [...changed].map((id) => names(id).join(', ')).join('; ') : '–'}
              </output>
            </div>
          </>
        }
        footer={
          <DataTable
            caption={m.tableCaption}
            columns={[
              m.columns.name,
              m.columns.kind,
              'id',
              m.columns.shape,
              'dtype',
              'requires_grad',
              'grad_fn',
              m.columns.storage,
              m.columns.offset,
              m.columns.strides,
              m.columns.version,
            ]}
            rows={tensors.map((t) => [
              t.name,
              t.kind,
              t.id,
              formatTuple(t.shape),
              t.dtype,
              String(t.requiresGrad),
              t.gradFn ?? 'None',
              t.storageId,
              t.offset,
              formatTuple(t.strides),
              t.version,
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
            <MemoryBoxes layout={layout} text={m} />
          </svg>
        </div>
        <ChartActions svgRef={svgRef} filename="tensor-memory" />
        <WidgetCode summary={m.script} code={sessionProgram(state.entries)} />
      </WidgetFrame>
    </div>
  );
}
