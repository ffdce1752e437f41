import { type CSSProperties, useMemo } from 'react';
import { formatInteger, formatIsoDateShort } from '../../lib/format';
import {
  ChartFigure,
  type ChartState,
  type ChartTable,
  type HeadingLevel,
  MISSING_VALUE_TEXT,
  withUnit,
} from './chart-figure';
import { type ChartColorVar, chartColor } from './chart-palette';
import { lineChartPlot } from './chart-plots';

const LineChartPlot = lineChartPlot.Plot;

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

export const defaultValueTick = (value: number) => `${formatInteger(value)}\u00a0%`;

export const seriesMarker = (series: LineSeries, index: number): MarkerShape =>
  series.marker ?? MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle';

/** Every other series dashed: a second cue besides colour and marker, visible in greyscale. */
export const seriesDash = (index: number) => (index % 2 === 1 ? '9 6' : undefined);

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

/** The text written for a point and in the table: its label, or "non renseigné". */
export const lineValueText = (row: LineRow, seriesKey: string) => {
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
        return [item.key, { text: lineValueText(row, item.key), missing, value: missing ? null : value }];
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
  const sortedRows = useMemo(
    () => [...rows].sort((a, b) => isoDateToTime(a.date) - isoDateToTime(b.date)),
    [rows],
  );

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
      <LineChartPlot rows={sortedRows} series={series} height={height} formatValueTick={formatValueTick} />
    </ChartFigure>
  );
};
