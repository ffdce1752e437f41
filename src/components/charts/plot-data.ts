/** What the two drawings (bar-chart-plot.tsx, line-chart-plot.tsx) share to hand their data to Recharts. */

/** Width a plot is laid out at before it is measured (and in jsdom, which measures nothing). */
export const INITIAL_PLOT_WIDTH = 960;

/** Recharts reads flat data points: each series' value under a positional key, "s0", "s1"… */
export const seriesDataKey = (index: number) => `s${index}` as const;

export type SeriesValues = Record<`s${number}`, number | null>;

/** A row's values under the series' positional keys; null for a value not given (drawn as nothing). */
export const seriesValues = (
  values: Readonly<Record<string, number | null | undefined>>,
  series: readonly { key: string }[],
): SeriesValues => {
  const point: SeriesValues = {};
  series.forEach((item, index) => {
    point[seriesDataKey(index)] = values[item.key] ?? null;
  });
  return point;
};
