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

/** Thickness of one bar, in px. */
export const BAR_THICKNESS = 30;
/** Space between the bars of one category, in px. */
export const BAR_GAP = 4;
/** Space between two categories, in px. */
export const CATEGORY_GAP = 40;
/** Category labels wrap over at most this many lines. */
export const MAX_LABEL_LINES = 3;
/** Share of the chart width given to the category labels. */
export const CATEGORY_AXIS_SHARE = 0.38;

export const BAR_CHART_MARGIN = { top: 8, right: 24, bottom: 4, left: 4 } as const;
/** Height of the value axis, in px. */
export const VALUE_AXIS_HEIGHT = 40;
/** Space between the end of a bar and its value label, in px. */
export const LABEL_OFFSET = 8;

/** Height of one category: its bars and the gap, but never less than three lines of label. */
const categoryBand = (seriesCount: number) => {
  const series = Math.max(1, seriesCount);
  const bars = series * BAR_THICKNESS + (series - 1) * BAR_GAP + CATEGORY_GAP;
  // Three lines of label, and a clear gap before the next category's label.
  return Math.max(bars, MAX_LABEL_LINES * CHART_LINE_HEIGHT + 12);
};

/**
 * Height of a bar chart in px, for its rows and series: the chart and its loading skeleton both use it, so
 * the page does not move when the data arrives.
 */
export const barChartHeight = (rowCount: number, seriesCount: number) =>
  Math.max(1, rowCount) * categoryBand(seriesCount) +
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
export const estimateTextWidth = (text: string, fontSize = CHART_FONT_SIZE) => {
  let ems = 0;
  for (const char of text) {
    ems += CHAR_WIDTHS.find(([pattern]) => pattern.test(char))?.[1] ?? DEFAULT_CHAR_WIDTH;
  }
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
