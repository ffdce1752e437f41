import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, contrastRatio } from '../../../src/components/charts/chart-palette';

/** The custom properties of the presentation's high-contrast theme, read from its stylesheet. */
const contrastTheme = () => {
  const css = readFileSync(
    resolve(import.meta.dirname, '../../../src/features/presentation/presentation.css'),
    'utf8',
  );
  const block = /\.presentation--contraste\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1], match[2]]),
  ) as Record<string, string>;
};

describe('the presentation’s high-contrast theme', () => {
  const theme = contrastTheme();
  const series = CHART_PALETTE.map((color) => theme[color.variable]);

  it('gives every series of the palette a colour of its own', () => {
    expect(series.every((color) => color !== undefined)).toBe(true);
    expect(new Set(series).size).toBe(series.length);
  });

  it.each(CHART_PALETTE.map((color, index) => [color.variable, index]))(
    '%s stands at least 3:1 against the slide and the bars’ track',
    (_, index) => {
      const color = series[index] as string;
      expect(contrastRatio(color, theme['--slide-bg'] as string)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, theme['--slide-track'] as string)).toBeGreaterThanOrEqual(3);
    },
  );

  it('sets every series at least 3:1 from its neighbours, the last from the first too', () => {
    const ratios = series.map((color, index) =>
      contrastRatio(color as string, series[(index + 1) % series.length] as string),
    );
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(3);
  });
});
