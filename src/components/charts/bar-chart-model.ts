import { formatInteger } from '../../lib/format';
import { CHART_FONT_SIZE, CHART_LINE_HEIGHT, MISSING_VALUE_TEXT } from './chart-figure';
import type { ChartColorVar } from './chart-palette';

// What the bar chart's frame (bar-chart-figure.tsx) and its drawing (bar-chart-plot.tsx, a chunk of its own
// with recharts) share: its data types, its geometry and the texts written by the bars. In a module of its
// own so that the drawing does not import the frame that loads it.

export type BarSeries = {
  key: string;
  label: string;
  colorVar: ChartColorVar | (string & {});
  /** Default: the 1st, 3rd… series solid, the 2nd, 4th… hatched, so that neighbours differ in greyscale. */
  pattern?: 'solid' | 'hatched';
};

export type BarRow = {
  key: string;
  label: string;
  /** Where the category's details are (an app route): the row header of the data table links there. */
  href?: string;
  /**
   * `null`: not given. No bar is drawn (a 0 bar would read as a real zero); its `valueLabels` text is
   * written instead, or "non renseigné" when there is none.
   */
  values: Record<string, number | null>;
  /** The text written at the end of each bar and in the table, formatted by the caller: "80 % (12/15)". */
  valueLabels: Record<string, string>;
  /** Cells of the extra table columns, by column key. */
  extraCells?: Record<string, string>;
};

/** Thickness of one bar, in px: the value written beside it (18 px) stands as tall. */
export const BAR_THICKNESS = 22;
/** Space between the bars of one category, in px. */
export const BAR_GAP = 2;
/** Space between two categories, in px. */
export const CATEGORY_GAP = 14;
/** Category labels wrap over at most this many lines. */
export const MAX_LABEL_LINES = 3;
/** Space kept between the label blocks of two neighbouring categories, in px. */
const LABEL_GAP = 10;

/**
 * Widths of the category labels' column, in px (the text's, without the tick margin): it takes what the
 * longest label needs on as few lines as possible, never more than MAX_CATEGORY_WIDTH, so that the bars get
 * the rest of the card; and never more than MAX_CATEGORY_SHARE of a narrow chart.
 */
export const MIN_CATEGORY_WIDTH = 120;
export const MAX_CATEGORY_WIDTH = 420;
export const MAX_CATEGORY_SHARE = 0.45;
/** Space between a category label and the start of its bars, in px. */
export const TICK_MARGIN = 10;
/** The category axis may never be narrower than this, whatever the chart's width. */
export const MIN_CATEGORY_AXIS_WIDTH = 150;

export const BAR_CHART_MARGIN = { top: 8, right: 8, bottom: 4, left: 4 } as const;
/** Height of the value axis, in px. */
export const VALUE_AXIS_HEIGHT = 40;
/** Space between the end of a bar and its value label, in px. */
export const LABEL_OFFSET = 8;

/** Height of one category: its bars and the gap, but never less than its labels' lines and a gap. */
export const categoryBand = (seriesCount: number, labelLines = MAX_LABEL_LINES) => {
  const series = Math.max(1, seriesCount);
  const bars = series * BAR_THICKNESS + (series - 1) * BAR_GAP + CATEGORY_GAP;
  return Math.max(bars, Math.max(1, labelLines) * CHART_LINE_HEIGHT + LABEL_GAP);
};

/** How many lines of label a category band holds. */
export const labelLinesIn = (band: number) =>
  Math.max(1, Math.min(MAX_LABEL_LINES, Math.floor((band - LABEL_GAP) / CHART_LINE_HEIGHT)));

/**
 * Height of a bar chart in px, for its rows, series and lines of label: the chart and its loading skeleton
 * both use it, so the page does not move when the data arrives.
 */
export const barChartHeight = (rowCount: number, seriesCount: number, labelLines = MAX_LABEL_LINES) =>
  Math.max(1, rowCount) * categoryBand(seriesCount, labelLines) +
  VALUE_AXIS_HEIGHT +
  BAR_CHART_MARGIN.top +
  BAR_CHART_MARGIN.bottom;

/** Advance widths in em, rounded up, of DejaVu Sans: the widest of the app's fonts likely to be used. */
const CHAR_WIDTHS: Array<[RegExp, number]> = [
  [/[\s\u00a0\u202f.,:;'’]/, 0.32],
  [/[IJijl|]/, 0.3],
  [/[frt()/-]/, 0.42],
  [/[MWmw…%]/, 1],
  [/[DGHNOQUÒ-ÖÙ-Ü]/, 0.79],
  [/[A-ZÀ-ÖØ-Þ0-9€]/, 0.74],
];
const DEFAULT_CHAR_WIDTH = 0.64;

/**
 * Estimated width of a text at the chart font size. SVG text cannot be measured before it is drawn (and
 * jsdom measures nothing), so the estimate takes the widths of a wide font, rounded up: a label may end
 * up a little narrower than planned, never wider than its axis.
 */
const charWidths = new Map<string, number>();

/** A character's width in em, from CHAR_WIDTHS, looked up once per character (layouts measure a lot). */
const charWidth = (char: string) => {
  let width = charWidths.get(char);
  if (width === undefined) {
    width = CHAR_WIDTHS.find(([pattern]) => pattern.test(char))?.[1] ?? DEFAULT_CHAR_WIDTH;
    charWidths.set(char, width);
  }
  return width;
};

export const estimateTextWidth = (text: string, fontSize = CHART_FONT_SIZE) => {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
};

/** Cuts a word too long for one line into pieces that fit, each but the last ending with a hyphen. */
const breakWord = (word: string, maxWidth: number) => {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && estimateTextWidth(`${piece}${char}-`) > maxWidth) {
      pieces.push(`${piece}-`);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
};

/** Where a line may break: between words, and after the hyphen of a compound ("HOMMES-|FEMMES"). */
const breakOpportunities = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, wordIndex) =>
      word
        .split(/(?<=-)(?=.)/)
        .map((part, partIndex) => ({ text: part, space: wordIndex > 0 && partIndex === 0 })),
    );

/**
 * Wraps a label into lines of at most `maxWidth` px, at most `maxLines` of them; what does not fit ends
 * with "…" (the data table holds the full label).
 */
export const wrapLabel = (text: string, maxWidth: number, maxLines = MAX_LABEL_LINES) => {
  const lines: string[] = [];
  let line = '';
  for (const token of breakOpportunities(text)) {
    const candidate = line ? `${line}${token.space ? ' ' : ''}${token.text}` : token.text;
    if (estimateTextWidth(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (estimateTextWidth(token.text) <= maxWidth) line = token.text;
    else {
      const pieces = breakWord(token.text, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const keptEnd = kept[maxLines - 1] ?? '';
  // Carry on with the next line's words, so that the cut is at the end of the space, not before it.
  let last = `${keptEnd}${keptEnd.endsWith('-') ? '' : ' '}${lines[maxLines]}`;
  while (last.length > 1 && estimateTextWidth(`${last}…`) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
};

/** A series' fill: given, or every other series hatched so that neighbours differ in greyscale too. */
export const seriesPattern = (series: BarSeries, index: number) =>
  series.pattern ?? (index % 2 === 1 ? 'hatched' : 'solid');

/** The text written for a row's value: its label, or why it is missing. */
export const barValueText = (row: BarRow, seriesKey: string) => {
  const value = row.values[seriesKey];
  // A caller may say why a value is missing ("aucune action"); "non renseigné" otherwise.
  if (value === null || value === undefined) return row.valueLabels[seriesKey] ?? MISSING_VALUE_TEXT;
  return row.valueLabels[seriesKey] ?? formatInteger(value);
};

const WIDTH_STEP = 10;

const fitsOn = (label: string, width: number, lines: number) => {
  const wrapped = wrapLabel(label, width, lines);
  return wrapped.length <= lines && !wrapped.at(-1)?.endsWith('…');
};

/**
 * The narrowest width (MIN_CATEGORY_WIDTH plus a multiple of WIDTH_STEP) at which `label` fits on `lines`
 * lines, uncut; or null. By bisection: a wider column never needs more lines.
 */
const widthFor = (label: string, lines: number, maxWidth: number) => {
  if (!fitsOn(label, maxWidth, lines)) return null;
  if (fitsOn(label, MIN_CATEGORY_WIDTH, lines)) return MIN_CATEGORY_WIDTH;
  // In steps above the minimum: `low` does not fit, `high` does.
  let low = 0;
  let high = Math.ceil((maxWidth - MIN_CATEGORY_WIDTH) / WIDTH_STEP);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fitsOn(label, MIN_CATEGORY_WIDTH + middle * WIDTH_STEP, lines)) high = middle;
    else low = middle;
  }
  return Math.min(maxWidth, MIN_CATEGORY_WIDTH + high * WIDTH_STEP);
};

export type BarChartLayout = {
  /** Width of the labels' text, in px (the axis adds TICK_MARGIN). */
  categoryWidth: number;
  /** Lines the longest label takes at that width (at most MAX_LABEL_LINES; longer ones are cut with "…"). */
  labelLines: number;
  /** Height of one category, in px. */
  band: number;
  /** Height of the whole chart, in px. */
  height: number;
};

/**
 * Lays a bar chart out from its labels and, once known, the width it is drawn at: the labels' column as
 * narrow as the longest label allows on the fewest lines (one, else two, else three), at most
 * MAX_CATEGORY_WIDTH, and at most the share of a narrow chart that categoryAxisWidth gives them; each
 * category as tall as its bars or its labels need. The frame, its loading skeleton and the drawing all use
 * it, so that nothing moves when the data or the drawing come. Without a width (not measured yet, or
 * jsdom), the layout of a wide screen.
 */
export const barChartLayout = (
  labels: readonly string[],
  seriesCount: number,
  chartWidth: number | null = null,
): BarChartLayout => {
  const maxWidth =
    chartWidth && chartWidth > 0
      ? Math.max(
          MIN_CATEGORY_WIDTH,
          Math.min(MAX_CATEGORY_WIDTH, categoryAxisWidth(MAX_CATEGORY_WIDTH, chartWidth) - TICK_MARGIN),
        )
      : MAX_CATEGORY_WIDTH;
  let chosen = { categoryWidth: maxWidth, labelLines: MAX_LABEL_LINES };
  for (let lines = 1; lines <= MAX_LABEL_LINES; lines += 1) {
    const widths = labels.map((label) => widthFor(label, lines, maxWidth));
    if (widths.every((width) => width !== null)) {
      chosen = { categoryWidth: Math.max(MIN_CATEGORY_WIDTH, ...(widths as number[])), labelLines: lines };
      break;
    }
  }
  const band = categoryBand(seriesCount, chosen.labelLines);
  return { ...chosen, band, height: barChartHeight(labels.length, seriesCount, chosen.labelLines) };
};

/**
 * Width of the category axis for a chart drawn `chartWidth` px wide: the layout's labels and their margin,
 * narrowed on a small screen to MAX_CATEGORY_SHARE of the chart (the labels then wrap on more lines, or are
 * cut). charts.css computes the same for the labels' links (.chart-category-links).
 */
export const categoryAxisWidth = (categoryWidth: number, chartWidth: number) =>
  Math.round(
    Math.min(categoryWidth + TICK_MARGIN, Math.max(MIN_CATEGORY_AXIS_WIDTH, chartWidth * MAX_CATEGORY_SHARE)),
  );
