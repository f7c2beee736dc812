'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { LineChart } from '@/components/charts/LineChart';
import { activityIndex, HOURS, type SensorData } from '@/lib/experiments/timeSeriesCv/sensorData';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

/** Each participant's hourly activity over the recording, the held-out future marked. */
export function ActivityChart({
  data,
  developmentDays,
  shown,
}: {
  data: SensorData;
  developmentDays: number;
  shown: number;
}) {
  const m = useMessages(messages);
  const svgRef = useRef<SVGSVGElement>(null);
  const series = useMemo(
    () =>
      Array.from({ length: Math.min(shown, data.participants) }, (_, p) => ({
        id: `p${p}`,
        label: m.participantN(p + 1),
        points: Array.from({ length: data.days * HOURS }, (_, t) => ({
          x: t / HOURS,
          y: data.activity[activityIndex(data, p, Math.floor(t / HOURS), t % HOURS)],
        })),
      })),
    [data, shown, m],
  );
  return (
    <div>
      <LineChart
        ref={svgRef}
        label={m.activityLabel(series.length, data.days)}
        series={series}
        height={240}
        xLabel={m.day}
        yLabel={m.activity}
        xDomain={[0, data.days]}
        yIncludeZero
        endLabels={false}
        markers={[{ x: developmentDays, label: m.heldOutFutureMark, tone: 'muted' }]}
        formatX={(x) => m.dayHour(Math.floor(x), x % 1 ? Math.round((x % 1) * HOURS) : null)}
      />
      <ChartActions svgRef={svgRef} filename="time-series-cv-activity" />
    </div>
  );
}
