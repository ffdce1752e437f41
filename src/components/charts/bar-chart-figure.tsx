import { type CSSProperties, useId } from 'react';
import { Link } from 'react-router-dom';
import { formatInteger } from '../../lib/format';
import {
  BAR_CHART_MARGIN,
  type BarRow,
  type BarSeries,
  barChartHeight,
  barValueText,
  estimateTextWidth,
  LABEL_OFFSET,
  seriesPattern,
} from './bar-chart-model';
import {
  ChartFigure,
  type ChartState,
  type ChartTable,
  type HeadingLevel,
  MISSING_VALUE_TEXT,
  withUnit,
} from './chart-figure';
import { chartColor } from './chart-palette';
import { barChartPlot } from './chart-plots';

const BarChartPlot = barChartPlot.Plot;

const DEFAULT_LOADING_ROWS = 4;

export type BarTableColumn = { key: string; header: string; numeric?: boolean };

export type BarChartFigureProps = {
  title: string;
  summary: string;
  rule?: string;
  series: BarSeries[];
  rows: BarRow[];
  /** Upper end of the value axis, e.g. 100 for percentages; the axis fits the data when absent. */
  domainMax?: number;
  /** Header of each series' column in the data table (default: the series label). */
  valueHeader?: Record<string, string>;
  /** Header of the first column of the data table. */
  categoryHeader?: string;
  /** Columns added to the data table after the series (values in `BarRow.extraCells`). */
  extraColumns?: BarTableColumn[];
  /** Labels of the value axis ticks (default: a fr-FR integer). */
  formatValueTick?: (value: number) => string;
  /**
   * Unit of the series' values ("%", "€"), added to their column headers in the CSV export only
   * ("Couverture (%)"), where the cells are bare numbers. Default: none.
   */
  valueUnit?: string;
  /** A line under the chart in its exported image: the data date and source. */
  exportCaption?: string;
  /** Number of rows to make room for while loading, when `rows` is still empty. */
  loadingRowCount?: number;
  state?: ChartState;
  onRetry?: () => void;
  errorMessage?: string;
  emptyMessage?: string;
  headingLevel?: HeadingLevel;
};

const swatchStyle = (colorVar: string) => ({ '--swatch-color': chartColor(colorVar) }) as CSSProperties;

/** The legend, in HTML: a swatch with the series' pattern, and its name in words. */
export const BarLegend = ({ series }: { series: BarSeries[] }) => (
  <ul className="chart-legend" aria-label="Légende">
    {series.map((item, index) => (
      <li key={item.key} className="chart-legend-item">
        <span
          className={`chart-swatch${seriesPattern(item, index) === 'hatched' ? ' chart-swatch--hatched' : ''}`}
          style={swatchStyle(item.colorVar)}
          aria-hidden="true"
        />
        {item.label}
      </li>
    ))}
  </ul>
);

const buildTable = (
  rows: BarRow[],
  series: BarSeries[],
  categoryHeader: string,
  valueHeader: Record<string, string> | undefined,
  extraColumns: BarTableColumn[],
  valueUnit: string | undefined,
): ChartTable => ({
  rowHeader: categoryHeader,
  columns: [
    ...series.map((item) => {
      const header = valueHeader?.[item.key] ?? item.label;
      return { key: `series:${item.key}`, header, exportHeader: withUnit(header, valueUnit), numeric: true };
    }),
    ...extraColumns.map((column) => ({ ...column, key: `extra:${column.key}` })),
  ],
  rows: rows.map((row) => ({
    key: row.key,
    header: row.href ? <Link to={row.href}>{row.label}</Link> : row.label,
    label: row.label,
    cells: Object.fromEntries([
      ...series.map((item) => {
        const value = row.values[item.key];
        const missing = value === null || value === undefined;
        const text = barValueText(row, item.key);
        // The export gets the raw number (the written label is for reading); a missing value, its words.
        return [`series:${item.key}`, { text, missing, value: missing ? text : value }];
      }),
      ...extraColumns.map((column) => [`extra:${column.key}`, { text: row.extraCells?.[column.key] ?? '' }]),
    ]),
  })),
});

/** Horizontal bars (categories down the side, values along), every value written at the end of its bar. */
export const BarChartFigure = ({
  title,
  summary,
  rule,
  series,
  rows,
  domainMax,
  valueHeader,
  categoryHeader = 'Catégorie',
  extraColumns = [],
  formatValueTick = formatInteger,
  valueUnit,
  exportCaption,
  loadingRowCount = DEFAULT_LOADING_ROWS,
  state = 'ready',
  onRetry,
  errorMessage,
  emptyMessage,
  headingLevel,
}: BarChartFigureProps) => {
  // useId's characters are not all valid in url(#…): keep letters, digits, - and _.
  const patternPrefix = `bar-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const effectiveState: ChartState = state === 'ready' && rows.length === 0 ? 'empty' : state;
  const height = barChartHeight(rows.length > 0 ? rows.length : loadingRowCount, series.length);

  // Room on the right for the longest value label of a bar that reaches the end of the axis.
  const longestLabel = Math.max(
    estimateTextWidth(MISSING_VALUE_TEXT),
    ...rows.flatMap((row) => series.map((item) => estimateTextWidth(barValueText(row, item.key)))),
  );
  const margin = {
    ...BAR_CHART_MARGIN,
    right: Math.ceil(longestLabel) + LABEL_OFFSET + BAR_CHART_MARGIN.right,
  };
  const hasValues = rows.some((row) => series.some((item) => typeof row.values[item.key] === 'number'));
  // With no value at all, a 0–1 axis rather than a degenerate 0–0 one.
  const domain: [number, number | 'auto'] = [0, domainMax ?? (hasValues ? 'auto' : 1)];

  return (
    <ChartFigure
      title={title}
      summary={summary}
      rule={rule}
      headingLevel={headingLevel}
      height={height}
      state={effectiveState}
      legend={series.length > 1 ? <BarLegend series={series} /> : undefined}
      table={buildTable(rows, series, categoryHeader, valueHeader, extraColumns, valueUnit)}
      onRetry={onRetry}
      errorMessage={errorMessage}
      emptyMessage={emptyMessage}
      exportCaption={exportCaption}
    >
      <BarChartPlot
        rows={rows}
        series={series}
        height={height}
        margin={margin}
        domain={domain}
        fixedDomain={domainMax !== undefined || !hasValues}
        formatValueTick={formatValueTick}
        patternPrefix={patternPrefix}
      />
    </ChartFigure>
  );
};
