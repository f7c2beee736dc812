import { useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart, type ChartMarker, type LineSeries } from '@/components/charts/LineChart';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './LandscapeProbe.module.css';

/** One panel of the probe figure: a chart, its save buttons and its numbers. */
export function ProbeChart({
  title,
  label,
  series,
  yLabel,
  markers,
  xDomain,
  filename,
  log = true,
}: {
  title: string;
  label: string;
  series: LineSeries[];
  yLabel: string;
  markers: ChartMarker[];
  xDomain: [number, number];
  filename: string;
  log?: boolean;
}) {
  const m = useMessages(messages);
  const svg = useRef<SVGSVGElement>(null);
  const steps = series[0]?.points.map((p) => p.x) ?? [];
  const columns = [
    m.step,
    ...series.flatMap((s) => (s.band ? [m.bandMin(s.label), m.bandMax(s.label)] : [s.label])),
  ];
  const rows = steps.map((x, i) => [
    x,
    ...series.flatMap((s) =>
      s.band ? [s.band[i]?.lo ?? null, s.band[i]?.hi ?? null] : [s.points[i]?.y ?? null],
    ),
  ]);
  return (
    <div>
      <h4 className={styles.title}>{title}</h4>
      <LineChart
        ref={svg}
        label={label}
        series={series}
        yScale={log ? 'log' : 'linear'}
        height={240}
        xLabel={m.step}
        yLabel={yLabel}
        xDomain={xDomain}
        markers={markers}
      />
      <ChartActions svgRef={svg} filename={filename} />
      <DataTable caption={label} columns={columns} rows={rows} maxRows={200} />
    </div>
  );
}
