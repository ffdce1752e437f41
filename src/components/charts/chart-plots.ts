import { lazyPlot } from './lazy-plot';

/**
 * The charts' drawings, in their own chunks with recharts: the first screen's JavaScript stays small (its
 * title, key figures, tables and chart frames), and recharts arrives beside the data rather than before it.
 */
export const barChartPlot = lazyPlot(() => import('./bar-chart-plot').then((module) => module.BarChartPlot));
export const lineChartPlot = lazyPlot(() =>
  import('./line-chart-plot').then((module) => module.LineChartPlot),
);

/** Loads both drawings; the tests await it so that a chart is drawn in the same render as its frame. */
export const preloadChartPlots = () => Promise.all([barChartPlot.preload(), lineChartPlot.preload()]);

// Started when the app starts, in parallel with the data requests: waiting for a chart to be rendered would
// load recharts only after the data, in series. A failure here is not lost: the chart that needs the module
// loads it again, and shows its error (with a retry) if that fails too.
preloadChartPlots().catch(() => undefined);
