import type { MapClassStyle } from '../../domain/map-classes';
import type { PerimeterGeometry } from '../../domain/perimeters';
import type { MapTheme } from './map-theme';

/**
 * What the map's drawing (components/map-plot.tsx, loaded on demand with d3-geo) is given: everything is
 * decided by the frame (colours, texts, links, accessible names); the drawing only projects and places.
 */

/** A territory drawn with its perimeter: a link to its page (on the overview), or an image (on its page). */
export type MapShape = {
  key: string;
  href?: string;
  geometry: PerimeterGeometry;
  /** The class colour, or white when hatched (no value). */
  fill: string;
  /** Drawn hatched: no value to colour it by ("non renseigné", or outside the filter). */
  hatched: boolean;
  /** The index of its class (domain/map-classes.ts), null without one; absent where nothing is classed. */
  classIndex?: number | null;
  /**
   * Its class drawn with a texture over its colour (a slide's map), rather than `fill` alone: classes told
   * apart where colours are not (a washed-out projector, the dark theme).
   */
  texture?: MapClassStyle;
  /** Its label on the map: its name, then its value. */
  labelLines: string[];
  /** The link's accessible name: its name and value, in a sentence. */
  accessibleName: string;
  /** The territory the page is about (the territory page's map): drawn with a thicker outline. */
  current?: boolean;
};

/** A commune's outline, the map's background. */
export type MapBackground = { key: string; name: string; geometry: PerimeterGeometry };

/** A territory without a published perimeter, listed beside the map with its value. */
export type MapListItem = {
  key: string;
  href: string;
  name: string;
  valueText: string;
  fill: string;
  hatched: boolean;
  /** The index of its class, null without one (hatched). */
  classIndex?: number | null;
  /** Whether a colour swatch stands before it: not while nothing is coloured (no action published). */
  swatch: boolean;
  accessibleName: string;
};

export type MapPlotProps = {
  /** Height of the map itself, in px; the list adds its own below it on a narrow screen. */
  height: number;
  shapes: MapShape[];
  background: MapBackground[];
  list: MapListItem[];
  listTitle: string;
  /** Fit the projection to every feature (the communes too) or to the shapes only (a territory's zoom). */
  fitTo: 'all' | 'shapes';
  /** The group's accessible name: the map's title and summary. */
  label: string;
  /** Size of the labels' text, in px: the charts' 18 px by default, a slide's own size on a projector. */
  fontSize?: number;
  /** Its colours: the pages' by default, or a slide's dark high-contrast theme. */
  theme?: MapTheme;
  /** Drawn at exactly `height` (a slide's box), rather than growing with its width (a page). */
  exactHeight?: boolean;
};
