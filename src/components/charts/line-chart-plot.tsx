import { useMemo } from 'react';
import {
  CartesianGrid,
  type DotItemDotProps,
  LabelList,
  type LabelProps,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_FONT_SIZE } from './chart-figure';
import { CHART_TEXT, chartColor } from './chart-palette';
import {
  formatShortDate,
  isoDateToTime,
  type LineRow,
  type LineSeries,
  lineValueText,
  Marker,
  seriesDash,
  seriesMarker,
} from './line-chart-model';
import { INITIAL_PLOT_WIDTH, type SeriesValues, seriesDataKey, seriesValues } from './plot-data';

/**
 * The drawing of a line chart: the only part of LineChartFigure that needs recharts, in a chunk of its own
 * (see ./chart-plots.ts).
 */

const LABEL_DISTANCE = 16;
const VALUE_TICKS = [0, 25, 50, 75, 100];
/** Room on both ends of the time axis, so that the first and last dates and labels are not cut off. */
const TIME_AXIS_PADDING = 56;
const DAY = 86_400_000;

type LineDatum = { key: string; time: number } & SeriesValues;

export type LineChartPlotProps = {
  /** Sorted by date. */
  rows: LineRow[];
  series: LineSeries[];
  height: number;
  formatValueTick: (value: number) => string;
};

export const LineChartPlot = ({ rows: sortedRows, series, height, formatValueTick }: LineChartPlotProps) => {
  const { data, times, domain } = useMemo(() => {
    const data: LineDatum[] = sortedRows.map((row) => ({
      key: row.date,
      time: isoDateToTime(row.date),
      ...seriesValues(row.values, series),
    }));
    const times = data.map((datum) => datum.time);
    const first = times[0] ?? 0;
    const last = times.at(-1) ?? 0;
    // A single date would give an empty time domain: a day on each side centres it.
    const domain: [number, number] = first === last ? [first - DAY, last + DAY] : [first, last];
    return { data, times, domain };
  }, [sortedRows, series]);
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: INITIAL_PLOT_WIDTH, height }}
    >
      <LineChart
        data={data}
        // Room above 100 % for the labels written over the points.
        margin={{ top: 36, right: 24, bottom: 8, left: 8 }}
        // The SVG is hidden from assistive technologies: nothing in it may take the keyboard focus.
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid, #c3c9d2)" />
        <XAxis
          type="number"
          dataKey="time"
          scale="time"
          domain={domain}
          ticks={times}
          // Times are UTC midnights (isoDateToTime): their ISO day is the calendar date.
          tickFormatter={(time: number) => formatShortDate(new Date(time).toISOString())}
          // Dates that would touch are left out (the first and last stay); the table lists them all.
          interval="preserveStartEnd"
          minTickGap={16}
          padding={{ left: TIME_AXIS_PADDING, right: TIME_AXIS_PADDING }}
          height={40}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_TEXT.muted }}
        />
        <YAxis
          type="number"
          domain={[0, 100]}
          ticks={VALUE_TICKS}
          tickFormatter={formatValueTick}
          width={76}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_TEXT.muted }}
        />
        {series.map((item, index) => {
          const color = chartColor(item.colorVar);
          const shape = seriesMarker(item, index);
          // Labels above the points for the 1st, 3rd… series, below for the others: two series close
          // together do not write over each other.
          const labelDy = index % 2 === 0 ? -LABEL_DISTANCE : LABEL_DISTANCE + 8;
          return (
            <Line
              key={item.key}
              type="linear"
              dataKey={seriesDataKey(index)}
              name={item.label}
              stroke={color}
              strokeWidth={3}
              strokeDasharray={seriesDash(index)}
              connectNulls={false}
              isAnimationActive={false}
              activeDot={false}
              dot={({ cx, cy, index: pointIndex }: DotItemDotProps) =>
                typeof cx === 'number' && typeof cy === 'number' && Number.isFinite(cy) ? (
                  <Marker key={pointIndex} shape={shape} cx={cx} cy={cy} color={color} />
                ) : null
              }
            >
              <LabelList
                content={(props: LabelProps) => {
                  const row = sortedRows[props.index ?? -1];
                  if (!row || typeof row.values[item.key] !== 'number') return null;
                  const x = Number(props.x ?? 0);
                  const y = Number(props.y ?? 0);
                  return (
                    <text
                      x={x}
                      y={y + labelDy}
                      textAnchor="middle"
                      fontSize={CHART_FONT_SIZE}
                      fontWeight={600}
                      fill={CHART_TEXT.strong}
                      // A white halo keeps the label readable where it crosses a line or the grid.
                      stroke="#ffffff"
                      strokeWidth={4}
                      paintOrder="stroke"
                      className="chart-value-label"
                    >
                      {lineValueText(row, item.key)}
                    </text>
                  );
                }}
              />
            </Line>
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
};
