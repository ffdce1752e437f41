// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/components/charts/chart-palette';
import { CLASS_COUNT, mapClassStyles } from '../../../src/domain/map-classes';
import { DARK_MAP_THEME, LIGHT_MAP_THEME } from '../../../src/features/map/map-theme';

describe('the classes as slides draw them (colour and texture)', () => {
  it.each(['light', 'dark'] as const)(
    'tells every class from its neighbours by its texture (%s)',
    (scheme) => {
      const styles = mapClassStyles(scheme);
      expect(styles).toHaveLength(CLASS_COUNT);
      // From the lowest class to the highest, more ink: none, dots, lines, a grid.
      expect(styles.map((style) => style.texture)).toEqual(['plain', 'dots', 'lines', 'grid']);
      // A texture is seen on its colour: its ink stands 3:1 or more against it.
      for (const style of styles.filter((each) => each.texture !== 'plain'))
        expect(contrastRatio(style.ink, style.color), style.color).toBeGreaterThanOrEqual(3);
    },
  );

  it('sets every class 3:1 or more against the black slide and its communes in the dark theme', () => {
    for (const style of mapClassStyles('dark')) {
      expect(contrastRatio(style.color, '#000000'), style.color).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(style.color, DARK_MAP_THEME.communeFill), style.color).toBeGreaterThanOrEqual(3);
    }
    // Lightness alone cannot part four classes there: two neighbours stand under 3:1, hence the textures.
    const colours = mapClassStyles('dark').map((style) => style.color);
    const neighbours = colours
      .slice(1)
      .map((colour, index) => contrastRatio(colour, colours[index] as string));
    expect(Math.min(...neighbours)).toBeLessThan(3);
  });

  it.each([
    ['light', LIGHT_MAP_THEME, '#ffffff'],
    ['dark', DARK_MAP_THEME, '#000000'],
  ] as const)(
    'draws text, outlines and the hatch 3:1 or more against the background (%s)',
    (_, theme, page) => {
      expect(contrastRatio(theme.text, page)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.text, theme.communeFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.muted, theme.communeFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.shapeStroke, theme.communeFill)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(theme.communeStroke, page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(theme.hatchInk, theme.hatchGround)).toBeGreaterThanOrEqual(3);
    },
  );
});
