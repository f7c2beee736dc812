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

export default function MemoryView(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(memoryViewSpec, rawProps), [rawProps]);
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
      ? 'The session is starting…'
      : tensors.length
        ? `${tensors.length} named tensors and arrays over ${storages.length} storages. ${shared.length ? `Shared storage: ${shared.map((s) => names(s.id).join(', ')).join('; ')}.` : 'No two of them share a storage.'}${changed.size ? ` The last statement wrote to the storage of ${[...changed].map((id) => names(id).join(', ')).join('; ')}, so every one of them changed.` : ''}`
        : 'No tensors yet: create one at the prompt, e.g. a = torch.ones(2, 2).';

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={memoryViewSpec}
        description="Each box is a named tensor or numpy array of this page's session; the arrow points at the storage holding its numbers. After a write, every tensor over the changed storage is outlined."
        status={state.status === 'starting' ? 'loading' : tensors.length ? 'done' : 'idle'}
        summary={summary}
        outputs={
          <>
            <div className="widget-output">
              <span className="widget-output-label" id="memory-tensors-label">
                tensors
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
                storages
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
                changed by last write
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
            caption="Named tensors and their storage"
            columns={[
              'name',
              'kind',
              'id',
              'shape',
              'dtype',
              'requires_grad',
              'grad_fn',
              'storage',
              'offset',
              'strides',
              'version',
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
            <MemoryBoxes layout={layout} />
          </svg>
        </div>
        <ChartActions svgRef={svgRef} filename="tensor-memory" />
        <WidgetCode
          summary="The statements behind this picture, as a script"
          code={sessionProgram(state.entries)}
        />
      </WidgetFrame>
    </div>
  );
}
