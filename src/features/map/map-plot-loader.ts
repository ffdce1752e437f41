import { lazyPlot } from '../../components/charts/lazy-plot';

/**
 * The map's drawing, in its own chunk with d3-geo: loaded when a map is about to be shown, never with the
 * first screen's JavaScript.
 */
export const mapPlot = lazyPlot(() => import('./components/map-plot').then((module) => module.MapPlot));
