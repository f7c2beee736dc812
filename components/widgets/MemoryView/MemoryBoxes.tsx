import styles from '@/components/torch/torch.module.css';
import type { MemoryLayout } from '@/lib/pytorch/widgets/memoryLayout';
import { shortValues } from '@/lib/pytorch/widgets/shortValues';
import { formatTuple } from '@/lib/pytorch/formatShape';
import type { MemoryViewMessages } from './messages';

const kindLabel = { tensor: 'Tensor', parameter: 'Parameter', ndarray: 'ndarray' } as const;

/** The boxes and arrows of a memory layout. */
export function MemoryBoxes({
  layout,
  text,
}: {
  layout: MemoryLayout;
  /** the widget's messages in the page's language */
  text: MemoryViewMessages;
}) {
  return (
    <>
      <defs>
        <marker
          id="memory-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
        </marker>
      </defs>
      {layout.arrows.map((a, i) => (
        <path key={i} d={a.path} className={styles.arrow} markerEnd="url(#memory-arrow)" />
      ))}
      {layout.storages.map(({ info, box, changed }) => (
        <g key={info.id} transform={`translate(${box.x},${box.y})`}>
          <rect
            width={box.width}
            height={box.height}
            rx={6}
            className={changed ? styles.boxChanged : styles.box}
          />
          <text x={8} y={18} className={styles.textStrong}>
            {text.storageBox(info.id)}
          </text>
          <text x={8} y={18} dx={110} className={styles.textMuted}>
            {info.dtype} × {info.length}
            {changed ? text.written : ''}
          </text>
          <text x={8} y={38} className={styles.text}>
            {shortValues(info.values, Math.max(3, Math.floor((box.width - 16) / 52)))}
          </text>
        </g>
      ))}
      {layout.tensors.map(({ info, box, changed }) => (
        <g key={info.name} transform={`translate(${box.x},${box.y})`}>
          <rect
            width={box.width}
            height={box.height}
            rx={6}
            className={
              changed ? styles.boxChanged : info.kind === 'parameter' ? styles.boxParam : styles.box
            }
          />
          <text x={8} y={18} className={styles.textStrong}>
            {info.name}
          </text>
          <text
            x={8}
            y={18}
            dx={Math.min(120, 14 + info.name.length * 8)}
            className={styles.textMuted}
          >
            {kindLabel[info.kind]} · id {info.id}
          </text>
          <text x={8} y={36} className={styles.text}>
            {formatTuple(info.shape)} {info.dtype}
            {info.kind !== 'ndarray'
              ? ` · requires_grad=${info.requiresGrad ? 'True' : 'False'}`
              : ''}
          </text>
          <text x={8} y={54} className={styles.text}>
            {info.kind === 'ndarray' ? '' : `grad_fn=${info.gradFn ?? 'None'}`}
          </text>
          <text x={8} y={72} className={info.grad ? styles.textGrad : styles.textMuted}>
            {info.kind === 'ndarray'
              ? ''
              : `.grad ${info.grad ? shortValues(info.grad, Math.max(2, Math.floor((box.width - 60) / 52))) : 'None'}`}
          </text>
          <text x={8} y={87} className={styles.textMuted}>
            {text.layout(info.offset, formatTuple(info.strides), info.version)}
          </text>
        </g>
      ))}
    </>
  );
}
