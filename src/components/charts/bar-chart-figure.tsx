import { type CSSProperties, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { formatInteger } from '../../lib/format';
import {
  BAR_CHART_MARGIN,
  type BarChartLayout,
  type BarRow,
  type BarSeries,
  barChartHeight,
  barChartLayout,
  barValueText,
  categoryBand,
  estimateTextWidth,
  LABEL_OFFSET,
  labelLinesIn,
  MAX_CATEGORY_SHARE,
  MAX_CATEGORY_WIDTH,
  MAX_LABEL_LINES,
  MIN_CATEGORY_AXIS_WIDTH,
  seriesPattern,
  TICK_MARGIN,
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
import { useElementWidth } from './use-element-width';

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
  /**
   * The categories to come, while loading, when they are known before the figures (the pillars, the
   * territories): the chart is laid out for their labels, and their links stand there already.
   */
  loadingCategories?: BarCategory[];
  /** Name of the list of the category labels' links, when the rows have an `href`. */
  categoryLinksLabel?: string;
  state?: ChartState;
  onRetry?: () => void;
  errorMessage?: string;
  emptyMessage?: string;
  headingLevel?: HeadingLevel;
};

/** A category of the chart: its label, and the page it links to. */
export type BarCategory = Pick<BarRow, 'key' | 'label' | 'href'>;

/** The layout for a count of categories whose labels are not known yet: room for the longest ones. */
const layoutForCount = (count: number, seriesCount: number): BarChartLayout => ({
  categoryWidth: MAX_CATEGORY_WIDTH,
  labelLines: MAX_LABEL_LINES,
  band: categoryBand(seriesCount, MAX_LABEL_LINES),
  height: barChartHeight(count, seriesCount, MAX_LABEL_LINES),
});

/**
 * The category labels as links to their pages, each over its place beside its bars: the drawing is an
 * image (hidden from assistive technologies and from the keyboard), so the links stand over it, in HTML,
 * where the drawn labels are hidden (charts.css). Exports and print keep the drawn ones.
 */
const CategoryLinks = ({ categories, label }: { categories: BarCategory[]; label: string }) => (
  <ul className="chart-category-links" aria-label={label}>
    {categories.map((category, index) =>
      category.href ? (
        <li key={category.key} style={{ '--category-index': index } as CSSProperties}>
          <Link to={category.href} className="chart-category-link">
            <span>{category.label}</span>
          </Link>
        </li>
      ) : null,
    )}
  </ul>
);

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
  loadingCategories,
  categoryLinksLabel,
  state = 'ready',
  onRetry,
  errorMessage,
  emptyMessage,
  headingLevel,
}: BarChartFigureProps) => {
  // useId's characters are not all valid in url(#…): keep letters, digits, - and _.
  const patternPrefix = `bar-hatch-${useId().replace(/[^\w-]/g, '')}`;
  const effectiveState: ChartState = state === 'ready' && rows.length === 0 ? 'empty' : state;
  const categories: BarCategory[] =
    rows.length > 0 ? rows : state === 'loading' && loadingCategories ? loadingCategories : [];
  const labelsKey = categories.map((category) => category.label).join('\n');
  // The width the chart is drawn at: on a narrow screen, the labels' column narrows and its labels take more
  // lines, the same while loading and once drawn.
  const plotRef = useRef<HTMLDivElement>(null);
  const plotWidth = useElementWidth(plotRef);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the labels' text, not the rows' identity
  const layout = useMemo(
    () =>
      categories.length > 0
        ? barChartLayout(
            categories.map((category) => category.label),
            series.length,
            plotWidth,
          )
        : layoutForCount(loadingRowCount, series.length),
    [labelsKey, series.length, loadingRowCount, plotWidth],
  );
  const { height } = layout;
  const linked = categories.some((category) => category.href);

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
      plotRef={plotRef}
      overlay={
        linked ? (
          <CategoryLinks categories={categories} label={categoryLinksLabel ?? `Pages : ${categoryHeader}`} />
        ) : undefined
      }
      plotStyle={
        linked
          ? ({
              '--category-width': `${layout.categoryWidth}px`,
              '--category-band': `${layout.band}px`,
              '--category-lines': labelLinesIn(layout.band),
              '--plot-top': `${BAR_CHART_MARGIN.top}px`,
              '--plot-left': `${BAR_CHART_MARGIN.left}px`,
              '--tick-margin': `${TICK_MARGIN}px`,
              '--min-category-axis': `${MIN_CATEGORY_AXIS_WIDTH}px`,
              '--max-category-share': `${MAX_CATEGORY_SHARE * 100}%`,
            } as CSSProperties)
          : undefined
      }
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
        categoryWidth={layout.categoryWidth}
        band={layout.band}
      />
    </ChartFigure>
  );
};
