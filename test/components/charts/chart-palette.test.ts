import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHART_BACKGROUNDS,
  CHART_PALETTE,
  CHART_TEXT,
  chartColor,
  contrastRatio,
  paletteVar,
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

  it('sets every colour at 3:1 or more against the next one, the last against the first', () => {
    const pairs = CHART_PALETTE.map((color, index) => {
      const next = CHART_PALETTE[(index + 1) % CHART_PALETTE.length] ?? color;
      return {
        pair: `${color.variable} (${color.name}) / ${next.variable} (${next.name})`,
        ratio: Math.round(contrastRatio(color.hex, next.hex) * 100) / 100,
      };
    });
    expect(pairs.filter(({ ratio }) => ratio < 3)).toEqual([]);
  });

  it('gives series that follow each other colours 3:1 apart, past the end of the palette too', () => {
    const hexOf = (index: number) =>
      CHART_PALETTE.find((color) => color.variable === paletteVar(index))?.hex ?? '';
    // Twice round the palette: a chart with more series than colours starts again from the first.
    for (let index = 0; index < CHART_PALETTE.length * 2; index += 1) {
      expect(
        contrastRatio(hexOf(index), hexOf(index + 1)),
        `séries ${index + 1} et ${index + 2} : ${paletteVar(index)} / ${paletteVar(index + 1)}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

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
    expect(chartColor('--chart-2')).toBe(`var(--chart-2, ${CHART_PALETTE[1].hex})`);
  });
});
