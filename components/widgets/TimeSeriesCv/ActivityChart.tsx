'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { LineChart } from '@/components/charts/LineChart';
import { activityIndex, HOURS, type SensorData } from '@/lib/experiments/timeSeriesCv/sensorData';

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
  const svgRef = useRef<SVGSVGElement>(null);
  const series = useMemo(
    () =>
      Array.from({ length: Math.min(shown, data.participants) }, (_, p) => ({
        id: `p${p}`,
        label: `participant ${p + 1}`,
        points: Array.from({ length: data.days * HOURS }, (_, t) => ({
          x: t / HOURS,
          y: data.activity[activityIndex(data, p, Math.floor(t / HOURS), t % HOURS)],
        })),
      })),
    [data, shown],
  );
  return (
    <div>
      <LineChart
        ref={svgRef}
        label={`Hourly activity of the first ${series.length} participants over ${data.days} days; near zero while asleep`}
        series={series}
        height={240}
        xLabel="day"
        yLabel="activity"
        xDomain={[0, data.days]}
        yIncludeZero
        endLabels={false}
        markers={[{ x: developmentDays, label: 'held-out future →', tone: 'muted' }]}
        formatX={(x) => `${Math.floor(x)}${x % 1 ? ` ${Math.round((x % 1) * HOURS)}h` : ''}`}
      />
      <ChartActions svgRef={svgRef} filename="time-series-cv-activity" />
    </div>
  );
}
