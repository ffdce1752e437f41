import type { ChartTable } from '../../components/charts/chart-figure';
import { type Classification, classColor, classify, classOf, NO_VALUE_COLOR } from '../../domain/map-classes';
import type { CheckedPerimeters, CommuneFeature } from '../../domain/perimeters';
import { communeOf } from '../../domain/perimeters';
import type { Territory } from '../../domain/territory';
import { formatInteger } from '../../lib/format';
import { type MapMetric, mapMetricKinds, mapMetricLabels, mapMetricPhrases, mapMetrics } from './map-params';
import type { MapBackground, MapListItem, MapShape } from './map-plot-types';

/**
 * Pure functions that turn the territories, their perimeters and their figures into what the map draws:
 * colours by class, labels, links and accessible names, the list of the territories without a perimeter,
 * and the data table. The figures are the dashboard's own (the same roll-ups as its charts): nothing is
 * computed here but the classes.
 */

/** A territory's figures for the current filter, as the dashboard's charts write them. */
export type TerritoryMapFigures = {
  id: string;
  values: Record<MapMetric, number | null>;
  texts: Record<MapMetric, string>;
};

export type MapValues =
  /** The figures of the territories the filter keeps (the others are outside it). */
  | { status: 'ready'; figures: readonly TerritoryMapFigures[] }
  /** No programmation is published: the territories are drawn, not coloured. */
  | { status: 'unpublished' };

export const OUTSIDE_FILTER_TEXT = 'hors du filtre';
export const UNPUBLISHED_TEXT = 'aucune action publiée';

export type MapModel = {
  shapes: MapShape[];
  background: MapBackground[];
  list: MapListItem[];
  classification: Classification | null;
  /** Whether some territory shown has no value (a hatched swatch then joins the legend). */
  hasMissing: boolean;
  withPerimeter: Territory[];
  withoutPerimeter: Territory[];
};

const backgroundOf = (communes: readonly CommuneFeature[]): MapBackground[] =>
  communes.map((commune) => ({
    key: commune.properties.code,
    name: commune.properties.name,
    geometry: commune.geometry,
  }));

/** The overview's map: every territory, coloured by the chosen figure's class for the current filter. */
export const overviewMapModel = ({
  territories,
  perimeters,
  values,
  metric,
  hrefFor,
}: {
  territories: readonly Territory[];
  perimeters: CheckedPerimeters;
  values: MapValues;
  metric: MapMetric;
  hrefFor: (id: string) => string;
}): MapModel => {
  const figuresById = new Map(
    values.status === 'ready' ? values.figures.map((figures) => [figures.id, figures]) : [],
  );
  const classification =
    values.status === 'ready'
      ? classify(
          mapMetricKinds[metric],
          values.figures.map((figures) => figures.values[metric]),
        )
      : null;
  const metricLabel = mapMetricLabels[metric].toLowerCase();
  let hasMissing = false;
  const paint = (id: string) => {
    const figures = figuresById.get(id);
    const text =
      values.status === 'unpublished' ? UNPUBLISHED_TEXT : (figures?.texts[metric] ?? OUTSIDE_FILTER_TEXT);
    const value = figures?.values[metric] ?? null;
    const mapClass = classification && figures ? classOf(classification, value) : null;
    if (classification && figures && mapClass === null) hasMissing = true;
    return {
      text,
      classIndex: mapClass?.index ?? null,
      fill: mapClass ? classColor(mapClass) : NO_VALUE_COLOR,
      // No class: hatched, so that nothing reads as the lowest class; unpublished: plain, nothing to say.
      hatched: values.status === 'ready' && mapClass === null,
      name: (territory: Territory) =>
        values.status === 'ready' && figures
          ? `${territory.name} : ${metricLabel} ${text}`
          : `${territory.name} : ${text}`,
    };
  };
  const perimeterOf = new Map(perimeters.territories.map((joined) => [joined.territory.id, joined.feature]));
  const withPerimeter = territories.filter((territory) => perimeterOf.has(territory.id));
  const withoutPerimeter = territories.filter((territory) => !perimeterOf.has(territory.id));
  const shapes: MapShape[] = withPerimeter.map((territory) => {
    const painted = paint(territory.id);
    return {
      key: territory.id,
      href: hrefFor(territory.id),
      geometry: perimeterOf.get(territory.id)?.geometry as MapShape['geometry'],
      fill: painted.fill,
      hatched: painted.hatched,
      classIndex: painted.classIndex,
      labelLines: [territory.name, painted.text],
      accessibleName: painted.name(territory),
    };
  });
  const list: MapListItem[] = withoutPerimeter.map((territory) => {
    const painted = paint(territory.id);
    return {
      key: territory.id,
      href: hrefFor(territory.id),
      name: territory.name,
      valueText: painted.text,
      fill: painted.fill,
      hatched: painted.hatched,
      classIndex: painted.classIndex,
      swatch: values.status === 'ready',
      accessibleName: `${painted.name(territory)} (périmètre non publié)`,
    };
  });
  return {
    shapes,
    background: backgroundOf(perimeters.communes),
    list,
    classification,
    hasMissing,
    withPerimeter,
    withoutPerimeter,
  };
};

/** A territory's own map: its perimeter, and its commune around it (and in the locator beside). */
export const territoryMapModel = (
  territory: Territory,
  perimeters: CheckedPerimeters,
): { shapes: MapShape[]; background: MapBackground[] } | null => {
  const joined = perimeters.territories.find((candidate) => candidate.territory.id === territory.id);
  if (!joined) return null;
  const commune = communeOf(territory, perimeters.communes);
  return {
    shapes: [
      {
        key: territory.id,
        geometry: joined.feature.geometry,
        fill: '#2A7FD0',
        hatched: false,
        labelLines: [territory.name],
        accessibleName: `${territory.name} : périmètre du quartier prioritaire`,
        current: true,
      },
    ],
    background: commune ? backgroundOf([commune]) : [],
  };
};

/**
 * The one-sentence summary of the overview's map: "Les 6 quartiers du contrat, colorés selon la couverture
 * pour les filtres choisis : Terre-Rouge sur la carte, avec son périmètre officiel ; les 5 autres, sans
 * périmètre publié, listés à côté."
 */
export const overviewMapSummary = (
  model: MapModel,
  metric: MapMetric,
  values: MapValues,
  /** What the values are for: the current filter, or a year (« en 2023 », the annual report's). */
  scope = 'pour les filtres choisis',
) => {
  const total = model.withPerimeter.length + model.withoutPerimeter.length;
  const colouring = values.status === 'ready' ? `, colorés selon ${mapMetricPhrases[metric]} ${scope}` : '';
  const shown = model.withPerimeter.length;
  const onMap =
    shown === 0
      ? 'aucun n’a de périmètre publié à dessiner'
      : shown === 1
        ? `${model.withPerimeter[0]?.name} sur la carte, avec son périmètre officiel`
        : `${shown} sur la carte, avec leur périmètre officiel`;
  const others = model.withoutPerimeter.length;
  const listed =
    shown === 0 || others === 0
      ? ''
      : others === 1
        ? ` ; ${model.withoutPerimeter[0]?.name}, sans périmètre publié, listé à côté`
        : ` ; les ${others} autres, sans périmètre publié, listés à côté`;
  return `${total > 1 ? `Les ${formatInteger(total)} quartiers` : 'Le quartier'} du contrat${colouring} : ${onMap}${listed}.`;
};

/** The map's data table: every territory, each figure, and whether its perimeter is published. */
export const overviewMapTable = (
  territories: readonly Territory[],
  values: MapValues,
  perimeters: CheckedPerimeters,
): ChartTable => {
  const figuresById = new Map(
    values.status === 'ready' ? values.figures.map((figures) => [figures.id, figures]) : [],
  );
  const perimeterOf = new Map(perimeters.territories.map((joined) => [joined.territory.id, joined.feature]));
  const metricColumns =
    values.status === 'ready'
      ? mapMetrics.map((metric) => ({ key: metric, header: mapMetricLabels[metric], numeric: true }))
      : [];
  return {
    rowHeader: 'Quartier',
    columns: [...metricColumns, { key: 'perimeter', header: 'Périmètre' }],
    rows: territories.map((territory) => {
      const figures = figuresById.get(territory.id);
      const feature = perimeterOf.get(territory.id);
      return {
        key: territory.id,
        header: territory.name,
        cells: {
          ...Object.fromEntries(
            metricColumns.map(({ key }) => {
              const metric = key as MapMetric;
              const value = figures?.values[metric] ?? null;
              const text = figures?.texts[metric] ?? OUTSIDE_FILTER_TEXT;
              return [key, { text, missing: value === null, value: value ?? text }];
            }),
          ),
          perimeter: {
            text: feature
              ? `publié (${feature.properties.source.publisher}, ${feature.properties.vintage})`
              : 'non publié',
          },
        },
      };
    }),
  };
};
