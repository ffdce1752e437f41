import type { ClassKind } from '../../domain/map-classes';
import type { IgnoredParam } from '../filters/filter-params';

/**
 * The figure the neighbourhood map is coloured by, as a search param beside the filters, so that a copied
 * link shows the same map: `?carte=avancement`. Coverage, the default, writes nothing.
 */
export const MAP_METRIC_PARAM = 'carte';

export const mapMetrics = ['couverture', 'avancement', 'cout', 'actions'] as const;
export type MapMetric = (typeof mapMetrics)[number];

export const DEFAULT_MAP_METRIC: MapMetric = 'couverture';

export const mapMetricLabels: Record<MapMetric, string> = {
  couverture: 'Couverture',
  avancement: 'Avancement moyen',
  cout: 'Coût des actions',
  actions: 'Nombre d’actions',
};

/** The figure in a sentence: "colorés selon la couverture". */
export const mapMetricPhrases: Record<MapMetric, string> = {
  couverture: 'la couverture',
  avancement: 'l’avancement moyen',
  cout: 'le coût des actions',
  actions: 'le nombre d’actions',
};

/** How each figure is cut into classes (domain/map-classes.ts). */
export const mapMetricKinds: Record<MapMetric, ClassKind> = {
  couverture: 'percent',
  avancement: 'percent',
  cout: 'euros',
  actions: 'count',
};

const isMapMetric = (value: string): value is MapMetric => (mapMetrics as readonly string[]).includes(value);

/** Reads the figure from the URL: a value it does not know is ignored (and named), coverage is kept. */
export const parseMapMetric = (params: URLSearchParams): { metric: MapMetric; ignored: IgnoredParam[] } => {
  const raw = params.get(MAP_METRIC_PARAM);
  if (raw === null || raw.trim() === '') return { metric: DEFAULT_MAP_METRIC, ignored: [] };
  const value = raw.trim().toLowerCase();
  return isMapMetric(value)
    ? { metric: value, ignored: [] }
    : { metric: DEFAULT_MAP_METRIC, ignored: [{ param: MAP_METRIC_PARAM, value: raw }] };
};

/**
 * The sentence naming an ignored `carte` value, the same on the overview's map and in the presentation's
 * deck: "Paramètre d’adresse ignoré (valeur inconnue) : carte=x ; la carte montre la couverture."
 */
export const ignoredMetricText = (ignored: readonly IgnoredParam[]) =>
  `Paramètre d’adresse ignoré (valeur inconnue) : ${ignored.map((item) => `${item.param}=${item.value}`).join(', ')} ; la carte montre la couverture.`;

/** Writes the figure into a copy of `params`, keeping the others (the filters); the default writes nothing. */
export const writeMapMetric = (metric: MapMetric, params = new URLSearchParams()): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (metric === DEFAULT_MAP_METRIC) next.delete(MAP_METRIC_PARAM);
  else next.set(MAP_METRIC_PARAM, metric);
  return next;
};
