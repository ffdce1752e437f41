/**
 * Series colours for the charts, as CSS variables (defined in charts.css) with their hex values, in the
 * style of a shadcn/ui chart config: each series names a label and a colour variable.
 *
 * Two rules from WCAG 2.2, 1.4.11 (non-text contrast), both checked by the palette test:
 * - every colour stands at least 3:1 against the page and the surface of cards (a bar must be seen against
 *   its background), so no colour may be lighter than a relative luminance of about 0.27;
 * - every colour stands at least 3:1 against the next one, the last against the first (paletteVar cycles),
 *   so that two series side by side are told apart by lightness alone, in greyscale, on a washed-out
 *   projector and whatever the viewer's colour vision.
 * Within that band, 3:1 between neighbours is only reachable by alternating mid colours (luminance about
 * 0.2) with near-black ones (about 0.02): Okabe–Ito's blue and vermillon, side by side, stood at 1.4:1.
 * The mid colours keep hues far apart (blue, vermillon, grey) and so do the dark ones (brown, green,
 * purple), which red–green and blue–yellow deficiencies still separate. There is an even number of
 * colours so that the alternation holds when the series wrap around.
 * Two series drawn together should be neighbours here: colours two steps apart are alike in lightness.
 * Colour is never the only cue: the bar charts hatch every other series and the line charts change the
 * marker shape and dash, and every value is written out as text, next to its bar rather than on it.
 */
export const CHART_PALETTE = [
  { variable: '--chart-1', hex: '#2A7FD0', name: 'bleu' },
  { variable: '--chart-2', hex: '#2D1600', name: 'brun très foncé' },
  { variable: '--chart-3', hex: '#D55E00', name: 'vermillon' },
  { variable: '--chart-4', hex: '#062E1E', name: 'vert très foncé' },
  { variable: '--chart-5', hex: '#808080', name: 'gris moyen' },
  { variable: '--chart-6', hex: '#2E0D47', name: 'violet très foncé' },
] as const;

export type ChartColorVar = (typeof CHART_PALETTE)[number]['variable'];

/** A shadcn/ui-style chart config: series key → what the legend and the table call it, and its colour. */
export type ChartConfig = Record<string, { label: string; colorVar: ChartColorVar }>;

/** The backgrounds a chart is drawn on: the page, and the surface of cards and panels. */
export const CHART_BACKGROUNDS = { page: '#ffffff', surface: '#f3f5f8' } as const;

/** Text colours of the charts (the app's text and muted colours, both above 7:1 on white). */
export const CHART_TEXT = { strong: '#14181f', muted: '#454d5c' } as const;

/**
 * `var(--chart-1, #2A7FD0)`: the variable, with its own value as a fallback so that a chart drawn before
 * charts.css is applied (or in a test without CSS) still has its colour.
 */
export const chartColor = (variable: ChartColorVar | (string & {})) => {
  const entry = CHART_PALETTE.find((color) => color.variable === variable);
  return entry ? `var(${variable}, ${entry.hex})` : `var(${variable})`;
};

/** The colour of the nth series, cycling through the palette. */
export const paletteVar = (index: number): ChartColorVar =>
  CHART_PALETTE[index % CHART_PALETTE.length]?.variable ?? '--chart-1';

const HEX_COLOR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

const channelToLinear = (channel: number) => {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of "#rrggbb" or "#rgb". */
export const relativeLuminance = (hex: string) => {
  const match = HEX_COLOR.exec(hex.trim());
  if (!match?.[1]) throw new Error(`couleur hexadécimale invalide : ${hex}`);
  const digits =
    match[1].length === 3
      ? match[1]
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : match[1];
  const [red, green, blue] = [0, 2, 4].map((start) =>
    channelToLinear(Number.parseInt(digits.slice(start, start + 2), 16)),
  ) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
};

/** WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white); order does not matter. */
export const contrastRatio = (hexA: string, hexB: string) => {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  const [lighter, darker] = a >= b ? [a, b] : [b, a];
  return (lighter + 0.05) / (darker + 0.05);
};
