/**
 * The chart kit: React SVG views over the pure helpers in lib/chart.
 * Import `components/charts/charts.css` once (the site's global stylesheet does).
 */
export { Axis, type AxisProps } from './Axis';
export { BarChart, type Bar, type BarChartProps } from './BarChart';
export {
  CellGrid,
  type CellCategory,
  type CellGridLabelRow,
  type CellGridProps,
  type CellGridRow,
  type CellPattern,
} from './CellGrid';
export { ChartActions, type ChartActionsProps } from './ChartActions';
export { ChartRoot, type ChartRootProps } from './ChartRoot';
export { DataTable, type DataTableProps } from './DataTable';
export { downloadBlob, savePng, saveSvg, serializeChart } from './exportChart';
export { Heatmap, type HeatmapHighlight, type HeatmapProps } from './Heatmap';
export { Legend, legendHeight, type LegendItem, type LegendProps } from './Legend';
export { LineChart, type ChartMarker, type LineChartProps, type LineSeries } from './LineChart';
export { Tooltip, type TooltipLine, type TooltipProps } from './Tooltip';
export { useElementSize, type ElementSize } from './useElementSize';
export { usePlotCursor, useSvgId, type PlotCursor } from './usePlotCursor';
