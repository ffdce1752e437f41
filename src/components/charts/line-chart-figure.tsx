import { type CSSProperties, useMemo } from 'react';
import { ChartFigure, type ChartState, type ChartTable, type HeadingLevel, withUnit } from './chart-figure';
import { chartColor } from './chart-palette';
import { lineChartPlot } from './chart-plots';
import {
  defaultValueTick,
  formatShortDate,
  isoDateToTime,
  type LineRow,
  type LineSeries,
  lineChartHeight,
  lineValueText,
  Marker,
  seriesDash,
  seriesMarker,
} from './line-chart-model';

const LineChartPlot = lineChartPlot.Plot;

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
