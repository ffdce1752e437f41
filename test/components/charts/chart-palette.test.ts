import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHART_BACKGROUNDS,
  CHART_PALETTE,
  CHART_TEXT,
  chartColor,
  contrastRatio,
} from '../../../src/components/charts/chart-palette';

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the classic lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('does not depend on the order, the case or the short form', () => {
    expect(contrastRatio('#ffffff', '#0072B2')).toBe(contrastRatio('#0072b2', '#FFFFFF'));
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(/invalide/);
  });
});

describe('chart palette', () => {
  it.each(CHART_PALETTE)(
    '$variable ($hex) stands at least 3:1 against the page and the surface',
    ({ hex }) => {
      expect(contrastRatio(hex, CHART_BACKGROUNDS.page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(hex, CHART_BACKGROUNDS.surface)).toBeGreaterThanOrEqual(3);
    },
  );

  it('has text colours at 4.5:1 or more on both backgrounds', () => {
    for (const text of Object.values(CHART_TEXT)) {
      expect(contrastRatio(text, CHART_BACKGROUNDS.page)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(text, CHART_BACKGROUNDS.surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('declares the same colours in charts.css as in the palette', () => {
    const css = readFileSync('src/components/charts/charts.css', 'utf8');
    for (const { variable, hex } of CHART_PALETTE) {
      expect(css.toLowerCase()).toContain(`${variable}: ${hex.toLowerCase()};`);
    }
  });

  it('refers to a colour by its variable, with the hex value as a fallback', () => {
    expect(chartColor('--chart-2')).toBe('var(--chart-2, #D55E00)');
  });
});
