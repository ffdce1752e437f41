import type { CSSProperties } from 'react';
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
import { formatInteger, formatIsoDateShort } from '../../lib/format';
import {
  CHART_FONT_SIZE,
  ChartFigure,
  type ChartState,
  type ChartTable,
  type HeadingLevel,
  MISSING_VALUE_TEXT,
  withUnit,
} from './chart-figure';
import { CHART_TEXT, type ChartColorVar, chartColor } from './chart-palette';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export type LineSeries = {
  key: string;
  label: string;
  colorVar: ChartColorVar | (string & {});
  /** Default: circle, square, triangle, diamond, in series order, so that series differ without colour. */
  marker?: MarkerShape;
};

export type LineRow = {
  /** ISO date, "2024-06-30" (a time part, if any, is ignored: the point is a calendar day). */
  date: string;
  /** Percentages, 0–100; `null`: not measured that day (the line breaks, no marker is drawn). */
  values: Record<string, number | null>;
  /** The text written by each point and in the table, formatted by the caller: "45 %". */
  valueLabels: Record<string, string>;
};

export type LineChartFigureProps = {
  title: string;
  summary: string;
  rule?: string;
  series: LineSeries[];
  rows: LineRow[];
  /** Header of the first column of the data table. */
  dateHeader?: string;
  /** Header of each series' column in the data table (default: the series label). */
  valueHeader?: Record<string, string>;
  /** Labels of the 0–100 axis ticks (default: "50 %"). */
  formatValueTick?: (value: number) => string;
  /**
   * Unit of the values ("%"), added to the series' column headers in the CSV export only
   * ("Avancement moyen (%)"), where the cells are bare numbers. Default: none.
   */
  valueUnit?: string;
  /** A line under the chart in its exported image: the data date and source. */
  exportCaption?: string;
  state?: ChartState;
  onRetry?: () => void;
  errorMessage?: string;
  emptyMessage?: string;
  headingLevel?: HeadingLevel;
};

const MARKER_SHAPES: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];
const MARKER_RADIUS = 7;
const LABEL_DISTANCE = 16;
const INITIAL_WIDTH = 960;
const VALUE_TICKS = [0, 25, 50, 75, 100];
/** Room on both ends of the time axis, so that the first and last dates and labels are not cut off. */
const TIME_AXIS_PADDING = 56;
const CHART_HEIGHT = 400;

/** Height of a line chart in px (fixed: the rows are along the x axis); the skeleton uses it too. */
export const lineChartHeight = () => CHART_HEIGHT;

/** "2024-06-30" → the UTC midnight of that day: a calendar date, never shifted by the time zone. */
export const isoDateToTime = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
};

/** "2024-06-30" (a time part, if any, ignored) → "30/06/2024", with the app's fr-FR date format. */
export const formatShortDate = (iso: string) => formatIsoDateShort(iso.slice(0, 10));

const defaultValueTick = (value: number) => `${formatInteger(value)}\u00a0%`;

const seriesMarker = (series: LineSeries, index: number): MarkerShape =>
  series.marker ?? MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle';

/** Every other series dashed: a second cue besides colour and marker, visible in greyscale. */
const seriesDash = (index: number) => (index % 2 === 1 ? '9 6' : undefined);

type MarkerProps = { shape: MarkerShape; cx: number; cy: number; color: string; radius?: number };

/** A point marker; the white outline keeps it distinct where lines cross. */
export const Marker = ({ shape, cx, cy, color, radius = MARKER_RADIUS }: MarkerProps) => {
  const common = {
    fill: color,
    stroke: '#ffffff',
    strokeWidth: 1.5,
    className: `chart-marker chart-marker--${shape}`,
  };
  switch (shape) {
    case 'square':
      return <rect x={cx - radius} y={cy - radius} width={radius * 2} height={radius * 2} {...common} />;
    case 'triangle': {
      const r = radius * 1.25;
      return (
        <polygon
          points={`${cx},${cy - r} ${cx + r * 0.95},${cy + r * 0.7} ${cx - r * 0.95},${cy + r * 0.7}`}
          {...common}
        />
      );
    }
    case 'diamond': {
      const r = radius * 1.3;
      return (
        <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} {...common} />
      );
    }
    default:
      return <circle cx={cx} cy={cy} r={radius} {...common} />;
  }
};

/** The legend, in HTML: a sample of the line with its marker, and the series name in words. */
export const LineLegend = ({ series }: { series: LineSeries[] }) => (
  <ul className="chart-legend" aria-label="Légende">
    {series.map((item, index) => {
      const color = chartColor(item.colorVar);
      return (
        <li key={item.key} className="chart-legend-item">
          <svg
            className="chart-swatch chart-swatch--line"
            viewBox="0 0 48 24"
            width="48"
            height="24"
            aria-hidden="true"
            focusable="false"
            style={{ '--swatch-color': color } as CSSProperties}
          >
            <line
              x1="2"
              y1="12"
              x2="46"
              y2="12"
              stroke={color}
              strokeWidth="3"
              strokeDasharray={seriesDash(index)}
            />
            <Marker shape={seriesMarker(item, index)} cx={24} cy={12} color={color} radius={6} />
          </svg>
          {item.label}
        </li>
      );
    })}
  </ul>
);

type LineDatum = { key: string; time: number } & Record<`s${number}`, number | null>;

const seriesDataKey = (index: number) => `s${index}` as const;

const valueText = (row: LineRow, seriesKey: string) => {
  const value = row.values[seriesKey];
  if (value === null || value === undefined) return MISSING_VALUE_TEXT;
  return row.valueLabels[seriesKey] ?? defaultValueTick(value);
};

const buildTable = (
  rows: LineRow[],
  series: LineSeries[],
  dateHeader: string,
  valueHeader: Record<string, string> | undefined,
  valueUnit: string | undefined,
): ChartTable => ({
  rowHeader: dateHeader,
  columns: series.map((item) => {
    const header = valueHeader?.[item.key] ?? item.label;
    return { key: item.key, header, exportHeader: withUnit(header, valueUnit), numeric: true };
  }),
  rows: rows.map((row) => ({
    key: row.date,
    header: <time dateTime={row.date.slice(0, 10)}>{formatShortDate(row.date)}</time>,
    // "30/06/2024": the date as the table writes it, which French Excel reads as a date.
    label: formatShortDate(row.date),
    cells: Object.fromEntries(
      series.map((item) => {
        const value = row.values[item.key];
        const missing = value === null || value === undefined;
        // The export gets the raw number, not its label ("45 %").
        return [item.key, { text: valueText(row, item.key), missing, value: missing ? null : value }];
      }),
    ),
  })),
});

/** A time series of percentages: one line per series, every point marked and labelled with its value. */
export const LineChartFigure = ({
  title,
  summary,
  rule,
  series,
  rows,
  dateHeader = 'Date',
  valueHeader,
  formatValueTick = defaultValueTick,
  valueUnit,
  exportCaption,
  state = 'ready',
  onRetry,
  errorMessage,
  emptyMessage,
  headingLevel,
}: LineChartFigureProps) => {
  const effectiveState: ChartState = state === 'ready' && rows.length === 0 ? 'empty' : state;
  const height = lineChartHeight();
  // Sorted by date: the caller's order does not matter for a time axis.
  const sortedRows = [...rows].sort((a, b) => isoDateToTime(a.date) - isoDateToTime(b.date));
  const data: LineDatum[] = sortedRows.map((row) => {
    const datum: LineDatum = { key: row.date, time: isoDateToTime(row.date) };
    series.forEach((item, index) => {
      datum[seriesDataKey(index)] = row.values[item.key] ?? null;
    });
    return datum;
  });
  const times = data.map((datum) => datum.time);
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  // A single date would give an empty time domain: a day on each side centres it.
  const DAY = 86_400_000;
  const domain: [number, number] = first === last ? [first - DAY, last + DAY] : [first, last];

  return (
    <ChartFigure
      title={title}
      summary={summary}
      rule={rule}
      headingLevel={headingLevel}
      height={height}
      state={effectiveState}
      legend={series.length > 1 ? <LineLegend series={series} /> : undefined}
      table={buildTable(sortedRows, series, dateHeader, valueHeader, valueUnit)}
      onRetry={onRetry}
      errorMessage={errorMessage}
      emptyMessage={emptyMessage}
      exportCaption={exportCaption}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
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
                        {valueText(row, item.key)}
                      </text>
                    );
                  }}
                />
              </Line>
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
};
