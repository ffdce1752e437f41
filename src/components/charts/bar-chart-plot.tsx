import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  type LabelProps,
  ResponsiveContainer,
  useChartWidth,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import {
  BAR_GAP,
  BAR_THICKNESS,
  type BarRow,
  type BarSeries,
  barValueText,
  categoryAxisWidth,
  LABEL_OFFSET,
  labelLinesIn,
  seriesPattern,
  TICK_MARGIN,
  VALUE_AXIS_HEIGHT,
  wrapLabel,
} from './bar-chart-model';
import { CHART_FONT_SIZE, CHART_LINE_HEIGHT, MISSING_VALUE_TEXT } from './chart-figure';
import { CHART_TEXT, chartColor } from './chart-palette';
import { INITIAL_PLOT_WIDTH, seriesDataKey, seriesValues } from './plot-data';

/**
 * The drawing of a bar chart: the only part of BarChartFigure that needs recharts. It is a module of its own
 * so that recharts (about half of the app's JavaScript) is a chunk loaded beside the first screen's, not in
 * it (see ./chart-plots.ts); the figure around it (title, summary, table, exports) is drawn at once.
 */

const MIN_BAR_LENGTH = 2;

type ViewBoxLike = { x?: number; y?: number; width?: number; height?: number };

/** The value label, written just past the end of its bar. */
const ValueLabel = ({ viewBox, text }: { viewBox: ViewBoxLike; text: string }) => {
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  return (
    <text
      x={x + width + LABEL_OFFSET}
      y={y + height / 2}
      dominantBaseline="central"
      fontSize={CHART_FONT_SIZE}
      fontWeight={600}
      fill={CHART_TEXT.strong}
      className="chart-value-label"
    >
      {text}
    </text>
  );
};

const CategoryTick = ({ x, y, label, lines }: { x: number; y: number; label: string; lines: string[] }) => {
  // Centre the block of lines on the category.
  const firstLineOffset = (-(lines.length - 1) * CHART_LINE_HEIGHT) / 2;
  const truncated = lines.at(-1)?.endsWith('…') ?? false;
  return (
    <text
      x={x}
      y={y}
      textAnchor="end"
      // On the <text>, not the <tspan>s: not every browser applies dominant-baseline to a tspan.
      dominantBaseline="central"
      fontSize={CHART_FONT_SIZE}
      fill={CHART_TEXT.strong}
      className="chart-category-label"
    >
      {/* A cut label shows in full on hover (and always in the data table). */}
      {truncated && <title>{label}</title>}
      {lines.map((line, index) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in a fixed order
          key={index}
          x={x}
          dy={index === 0 ? firstLineOffset : CHART_LINE_HEIGHT}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
};

/**
 * The category axis, as wide as the layout's labels need (see barChartLayout), narrower on a small screen.
 * It is a component of its own because the chart's width is only known inside the chart (useChartWidth).
 */
const CategoryAxis = ({
  rows,
  categoryWidth,
  band,
}: {
  rows: BarRow[];
  categoryWidth: number;
  band: number;
}) => {
  const chartWidth = useChartWidth() ?? INITIAL_PLOT_WIDTH;
  const width = categoryAxisWidth(categoryWidth, chartWidth);
  const labelWidth = width - TICK_MARGIN;
  const maxLines = labelLinesIn(band);
  const labels = new Map(rows.map((row) => [row.key, row.label]));
  return (
    <YAxis
      type="category"
      dataKey="key"
      width={width}
      // Every category keeps its label: never let recharts drop "overlapping" ticks.
      interval={0}
      tickLine={false}
      tickSize={0}
      tickMargin={TICK_MARGIN}
      tick={({ x, y, payload }: YAxisTickContentProps) => {
        const label = labels.get(String(payload.value)) ?? String(payload.value);
        return (
          <CategoryTick
            x={Number(x)}
            y={Number(y)}
            label={label}
            lines={wrapLabel(label, labelWidth, maxLines)}
          />
        );
      }}
    />
  );
};

/**
 * "non renseigné" (or the row's own label for the value, e.g. "aucune action") where the missing bar would start. Recharts draws nothing for a null value, so the text
 * is placed from the axis scales, with the same geometry recharts uses for a fixed bar size: the group of
 * bars centred in the category's band.
 */
const MissingValues = ({ rows, series }: { rows: BarRow[]; series: BarSeries[] }) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const start = xScale(0) ?? 0;
  const group = series.length * BAR_THICKNESS + (series.length - 1) * BAR_GAP;
  return (
    <g className="chart-missing-values">
      {rows.flatMap((row) => {
        const bandStart = yScale(row.key, { position: 'start' });
        const bandEnd = yScale(row.key, { position: 'end' });
        if (bandStart === undefined || bandEnd === undefined) return [];
        const offset = (bandEnd - bandStart - group) / 2;
        return series.flatMap((item, index) =>
          row.values[item.key] === null || row.values[item.key] === undefined ? (
            <text
              key={`${row.key}:${item.key}`}
              x={start + LABEL_OFFSET}
              y={bandStart + offset + index * (BAR_THICKNESS + BAR_GAP) + BAR_THICKNESS / 2}
              dominantBaseline="central"
              fontSize={CHART_FONT_SIZE}
              fontStyle="italic"
              fill={CHART_TEXT.muted}
              className="chart-missing-value"
            >
              {row.valueLabels[item.key] ?? MISSING_VALUE_TEXT}
            </text>
          ) : (
            []
          ),
        );
      })}
    </g>
  );
};

export type BarChartPlotProps = {
  rows: BarRow[];
  series: BarSeries[];
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  domain: [number, number | 'auto'];
  /** Keep the domain even when no value reaches it (a fixed 0–100 % scale, or no value at all). */
  fixedDomain: boolean;
  formatValueTick: (value: number) => string;
  /** Prefix of the ids of the hatching patterns, unique in the page. */
  patternPrefix: string;
  /** Width of the labels' text and height of a category, from barChartLayout. */
  categoryWidth: number;
  band: number;
};

export const BarChartPlot = ({
  rows,
  series,
  height,
  margin,
  domain,
  fixedDomain,
  formatValueTick,
  patternPrefix,
  categoryWidth,
  band,
}: BarChartPlotProps) => {
  const data = useMemo(
    () => rows.map((row) => ({ key: row.key, ...seriesValues(row.values, series) })),
    [rows, series],
  );
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: INITIAL_PLOT_WIDTH, height }}
    >
      <BarChart
        layout="vertical"
        data={data}
        margin={margin}
        barSize={BAR_THICKNESS}
        barGap={BAR_GAP}
        // No keyboard focus or tooltip navigation: the SVG is hidden from assistive technologies, and a
        // focusable element inside aria-hidden would be a trap.
        accessibilityLayer={false}
      >
        <defs>
          {series.map((item, index) => (
            <pattern
              key={item.key}
              id={`${patternPrefix}-${index}`}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} fill="#ffffff" />
              <rect width={3} height={6} fill={chartColor(item.colorVar)} />
            </pattern>
          ))}
        </defs>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid, #c3c9d2)" />
        <XAxis
          type="number"
          domain={domain}
          // A fixed scale (0–100 %) holds even when no row has a value: the "aucune action" and
          // "non renseigné" texts are placed on it.
          allowDataOverflow={fixedDomain}
          allowDecimals={false}
          height={VALUE_AXIS_HEIGHT}
          tickFormatter={formatValueTick}
          // Ticks at 18 px need air: on a narrow screen some are left out rather than touching.
          minTickGap={16}
          tick={{ fontSize: CHART_FONT_SIZE, fill: CHART_TEXT.muted }}
        />
        <CategoryAxis rows={rows} categoryWidth={categoryWidth} band={band} />
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={seriesDataKey(index)}
            name={item.label}
            fill={
              seriesPattern(item, index) === 'hatched'
                ? `url(#${patternPrefix}-${index})`
                : chartColor(item.colorVar)
            }
            // The outline keeps a hatched bar's edge at full colour (3:1 against the page).
            stroke={chartColor(item.colorVar)}
            strokeWidth={2}
            isAnimationActive={false}
            // Recharts drops a zero-width bar and its label: a real 0 keeps a sliver and its "0 %".
            minPointSize={MIN_BAR_LENGTH}
          >
            <LabelList
              content={(props: LabelProps) => {
                const row = rows[props.index ?? -1];
                if (!row || typeof row.values[item.key] !== 'number') return null;
                return (
                  <ValueLabel
                    viewBox={(props.viewBox ?? {}) as ViewBoxLike}
                    text={barValueText(row, item.key)}
                  />
                );
              }}
            />
          </Bar>
        ))}
        <MissingValues rows={rows} series={series} />
      </BarChart>
    </ResponsiveContainer>
  );
};
