import { formatInteger, formatIsoDateShort } from '../../lib/format';
import { MISSING_VALUE_TEXT } from './chart-figure';
import type { ChartColorVar } from './chart-palette';

// What the line chart's frame (line-chart-figure.tsx) and its drawing (line-chart-plot.tsx, a chunk of its
// own with recharts) share: its data types, its markers and the texts written by the points. In a module of
// its own so that the drawing does not import the frame that loads it.

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

/** The text written for a point and in the table: its label, or "non renseigné". */
export const lineValueText = (row: LineRow, seriesKey: string) => {
  const value = row.values[seriesKey];
  if (value === null || value === undefined) return MISSING_VALUE_TEXT;
  return row.valueLabels[seriesKey] ?? defaultValueTick(value);
};
