import { useId } from 'react';
import type { MapClassStyle } from '../../../domain/map-classes';
import type { MapTheme } from '../map-theme';

/**
 * A class's fill as an SVG pattern: its colour, and over it its texture (domain/map-classes.ts), so that
 * two classes are told apart by more than their colour. `cell` is the pattern's size in px: larger on a
 * larger screen, so that the texture reads from as far as the text.
 */
export const MapTexturePattern = ({
  id,
  style,
  cell,
}: {
  id: string;
  style: MapClassStyle;
  cell: number;
}) => {
  const bar = Math.max(2, Math.round(cell * 0.3));
  const middle = (cell - bar) / 2;
  return (
    <pattern id={id} width={cell} height={cell} patternUnits="userSpaceOnUse">
      <rect width={cell} height={cell} fill={style.color} />
      {style.texture === 'dots' && <circle cx={cell / 2} cy={cell / 2} r={cell * 0.22} fill={style.ink} />}
      {(style.texture === 'lines' || style.texture === 'grid') && (
        <rect y={middle} width={cell} height={bar} fill={style.ink} />
      )}
      {style.texture === 'grid' && <rect x={middle} width={bar} height={cell} fill={style.ink} />}
    </pattern>
  );
};

/** The hatch of a territory without a value ("non renseigné", outside the filter): never a class's fill. */
export const MapHatchPattern = ({ id, theme, cell = 8 }: { id: string; theme: MapTheme; cell?: number }) => (
  <pattern id={id} width={cell} height={cell} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width={cell} height={cell} fill={theme.hatchGround} />
    <rect width={Math.max(3, Math.round(cell * 0.375))} height={cell} fill={theme.hatchInk} />
  </pattern>
);

/**
 * A class's swatch beside a legend's or a list's text, drawn with the same pattern as the map's shapes:
 * `style` null for the hatch of no value. Its size follows the text (in em).
 */
export const MapSwatch = ({
  style,
  theme,
  cell,
}: {
  style: MapClassStyle | null;
  theme: MapTheme;
  cell: number;
}) => {
  const id = `map-swatch-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <svg className="map-texture-swatch" viewBox="0 0 48 30" preserveAspectRatio="none" aria-hidden="true">
      <defs>
        {style ? (
          <MapTexturePattern id={id} style={style} cell={cell} />
        ) : (
          <MapHatchPattern id={id} theme={theme} cell={cell} />
        )}
      </defs>
      <rect
        x={1}
        y={1}
        width={46}
        height={28}
        fill={`url(#${id})`}
        stroke={theme.shapeStroke}
        strokeWidth={2}
      />
    </svg>
  );
};
