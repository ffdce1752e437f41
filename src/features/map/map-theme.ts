import { CHART_TEXT } from '../../components/charts/chart-palette';
import type { MapScheme } from '../../domain/map-classes';

/**
 * The colours a map is drawn with, apart from its classes': its text and the halo that keeps text legible
 * over a shape, the communes' background, the territories' outline, and the hatch of a territory without a
 * value. The pages and the light slides draw on white; the slides' high-contrast theme on black.
 */
export type MapTheme = {
  scheme: MapScheme;
  text: string;
  muted: string;
  halo: string;
  communeFill: string;
  communeStroke: string;
  shapeStroke: string;
  hatchGround: string;
  hatchInk: string;
};

export const LIGHT_MAP_THEME: MapTheme = {
  scheme: 'light',
  text: CHART_TEXT.strong,
  muted: CHART_TEXT.muted,
  halo: '#ffffff',
  communeFill: '#f3f5f8',
  communeStroke: '#6b7384',
  shapeStroke: CHART_TEXT.strong,
  hatchGround: '#ffffff',
  hatchInk: '#8a93a3',
};

/**
 * On the black slide: white text with a black halo, the communes black with a light grey outline (11:1),
 * the territories outlined in white, a light grey hatch (11:1) where there is no value.
 */
export const DARK_MAP_THEME: MapTheme = {
  scheme: 'dark',
  text: '#ffffff',
  muted: '#e6e6e6',
  halo: '#000000',
  communeFill: '#000000',
  communeStroke: '#bdbdbd',
  shapeStroke: '#ffffff',
  hatchGround: '#000000',
  hatchInk: '#bdbdbd',
};
