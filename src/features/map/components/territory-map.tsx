import { type CSSProperties, useId, useMemo } from 'react';
import { ChartFigure, type HeadingLevel } from '../../../components/charts/chart-figure';
import { MAP_CLASS_COLORS } from '../../../domain/map-classes';
import { budgetShareRule, coverageRule, progressRule } from '../../../domain/roll-up';
import type { Territory } from '../../../domain/territory';
import { plural } from '../../../lib/format';
import { useFictitiousFigures } from '../../contract/api/use-fictitious-figures';
import { useCheckedPerimeters } from '../../territories/api/use-territory-context';
import { ignoredMetricText, type MapMetric, mapMetricLabels, mapMetrics } from '../map-params';
import { mapPlot } from '../map-plot-loader';
import {
  type MapModel,
  type MapValues,
  overviewMapModel,
  overviewMapSummary,
  overviewMapTable,
  territoryMapModel,
} from '../territory-map-data';
import { useMapMetric } from '../use-map-metric';
import './map.css';

const MapPlot = mapPlot.Plot;

export const OVERVIEW_MAP_HEIGHT = 480;
export const TERRITORY_MAP_HEIGHT = 420;

const metricRules: Record<MapMetric, string> = {
  couverture: coverageRule,
  avancement: progressRule,
  cout: budgetShareRule,
  actions:
    'Nombre d’actions : toutes les actions retenues par les filtres qui sont menées dans le quartier, quel que soit leur statut ; une action menée dans deux quartiers compte dans chacun.',
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where the shapes and the values come from, block by block: the perimeters are real, the values may not be. */
const originNote = (model: MapModel | null, values: MapValues, fictitious: boolean) => {
  const features = model ? [...model.shapes, ...model.background] : [];
  const sources =
    features.length > 0 ? 'périmètres des quartiers prioritaires et contours des communes publiés' : '';
  const geometry = sources ? `Fond de carte réel : ${sources} (sources sous la carte).` : '';
  const figures =
    values.status === 'unpublished'
      ? 'Aucune action publiée : les quartiers ne sont pas colorés.'
      : fictitious
        ? 'Valeurs : données fictives de démonstration.'
        : 'Valeurs : programmation publiée.';
  return `${geometry} ${figures}`.trim();
};

const sourceLines = (perimeters: ReturnType<typeof useCheckedPerimeters>) => {
  if (perimeters.status !== 'ready') return [];
  const seen = new Map<string, string>();
  for (const feature of [
    ...perimeters.data.territories.map((joined) => joined.feature),
    ...perimeters.data.communes,
  ]) {
    const { source, vintage, kind } = feature.properties;
    const key = `${source.publisher}|${source.dataset}|${vintage}`;
    if (!seen.has(key))
      seen.set(
        key,
        `${kind === 'commune' ? 'Communes' : 'Périmètres'} : ${source.publisher}, ${source.dataset}${source.licence ? `, ${source.licence}` : ''} (${vintage}).`,
      );
  }
  return [...seen.values()];
};

/** The figure picker: radio buttons, so that the choice is one Tab stop and the arrows move it. */
const MetricPicker = ({ metric, onChange }: { metric: MapMetric; onChange: (metric: MapMetric) => void }) => {
  const name = useId();
  return (
    <fieldset className="map-picker">
      <legend>Colorer les quartiers selon</legend>
      <div className="map-picker-options">
        {mapMetrics.map((option) => (
          <label key={option} className="map-picker-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === metric}
              onChange={() => onChange(option)}
            />
            {mapMetricLabels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
};

const swatchStyle = (color: string) => ({ '--swatch-color': color }) as CSSProperties;

const ClassLegend = ({ model }: { model: MapModel }) =>
  model.classification ? (
    <ul className="chart-legend map-legend" aria-label="Légende : classes de valeurs">
      {model.classification.classes.map((mapClass, index) => (
        <li key={mapClass.index} className="chart-legend-item">
          <span
            className="chart-swatch map-legend-swatch"
            style={swatchStyle(MAP_CLASS_COLORS[index] ?? '#ffffff')}
            aria-hidden="true"
          />
          {mapClass.label}
        </li>
      ))}
      {model.hasMissing && (
        <li className="chart-legend-item">
          <span
            className="chart-swatch chart-swatch--hatched"
            style={swatchStyle('#8a93a3')}
            aria-hidden="true"
          />
          non renseigné
        </li>
      )}
    </ul>
  ) : null;

/**
 * « Carte des quartiers », on the overview: the territories with a published perimeter on the map, the
 * others listed beside it, all coloured by the figure the user picks (in the URL) for the current filter,
 * with the same numbers as the charts. While no programmation is published, the territories are drawn
 * without colour. The perimeters are optional: without them the card says so.
 */
export const TerritoryMap = ({
  territories,
  values,
  hrefFor,
  headingLevel = 2,
  fixedMetric,
  title = 'Carte des quartiers',
  scope,
}: {
  territories: readonly Territory[];
  values: MapValues;
  hrefFor: (id: string) => string;
  headingLevel?: HeadingLevel;
  /**
   * A figure chosen by the page (the annual report's year coverage), not by the reader: no picker, and the
   * address's `carte` is not read.
   */
  fixedMetric?: MapMetric;
  title?: string;
  /** What the values are for, in the summary: the current filter by default, or « en 2023 ». */
  scope?: string;
}) => {
  const perimeters = useCheckedPerimeters();
  const chosen = useMapMetric();
  const metric = fixedMetric ?? chosen.metric;
  const ignored = fixedMetric ? [] : chosen.ignored;
  const fictitious = useFictitiousFigures();
  const model = useMemo(
    () =>
      perimeters.status === 'ready'
        ? overviewMapModel({ territories, perimeters: perimeters.data, values, metric, hrefFor })
        : null,
    [perimeters, territories, values, metric, hrefFor],
  );
  const colouring = values.status === 'ready';
  const rule = colouring ? `${metricRules[metric]} ${model?.classification?.rule ?? ''}` : undefined;
  const sources = sourceLines(perimeters);
  const note = originNote(model, values, fictitious);
  const table =
    model && perimeters.status === 'ready'
      ? overviewMapTable(territories, values, perimeters.data)
      : { rowHeader: 'Quartier', columns: [], rows: [] };
  const state =
    perimeters.status === 'pending'
      ? 'loading'
      : perimeters.status === 'error'
        ? 'error'
        : perimeters.status === 'unpublished' || !model || model.shapes.length + model.background.length === 0
          ? 'empty'
          : 'ready';
  const summary = model
    ? overviewMapSummary(model, metric, values, scope)
    : `Les ${plural(territories.length, 'quartier', 'quartiers')} du contrat, sur la carte de leurs communes.`;
  return (
    <div className="map-card">
      <ChartFigure
        title={title}
        summary={summary}
        rule={rule}
        headingLevel={headingLevel}
        height={OVERVIEW_MAP_HEIGHT}
        state={state}
        interactive
        controls={
          <>
            <p className="map-origin">{note}</p>
            {colouring && !fixedMetric && <MetricPicker metric={metric} onChange={chosen.setMetric} />}
            {ignored.length > 0 && <p className="filter-ignored">{ignoredMetricText(ignored)}</p>}
          </>
        }
        legend={model ? <ClassLegend model={model} /> : undefined}
        table={table}
        errorMessage={
          perimeters.status === 'error'
            ? `Les périmètres des quartiers n’ont pas pu être chargés : ${errorText(perimeters.error)}`
            : undefined
        }
        onRetry={perimeters.status === 'error' ? perimeters.retry : undefined}
        emptyMessage={
          perimeters.status === 'unpublished'
            ? 'Les périmètres des quartiers ne sont pas publiés (fichier perimeters.json absent) : la carte ne peut pas être dessinée. Les valeurs de chaque quartier sont dans les graphiques par quartier.'
            : 'Aucun périmètre publié pour les quartiers du contrat : rien à dessiner.'
        }
        exportCaption={[note, ...sources].join(' ')}
      >
        {model && (
          <MapPlot
            height={OVERVIEW_MAP_HEIGHT}
            shapes={model.shapes}
            background={model.background}
            list={model.list}
            listTitle="Sans périmètre publié"
            fitTo="all"
            label={`${title}. ${summary}`}
          />
        )}
      </ChartFigure>
      {sources.length > 0 && state === 'ready' && (
        <p className="map-sources">Sources du fond de carte (données réelles) : {sources.join(' ')}</p>
      )}
    </div>
  );
};

/**
 * A territory's own perimeter within its commune, on its page; for a territory without a published
 * perimeter, says so plainly and draws nothing (never an invented shape).
 */
export const TerritoryPerimeterMap = ({ territory }: { territory: Territory }) => {
  const perimeters = useCheckedPerimeters();
  const model = useMemo(
    () => (perimeters.status === 'ready' ? territoryMapModel(territory, perimeters.data) : null),
    [perimeters, territory],
  );
  const title = `Périmètre de ${territory.name}`;
  if (perimeters.status === 'ready' && !model) {
    return (
      <section className="map-card map-card--none" aria-labelledby={`perimetre-${territory.id}`}>
        <h2 id={`perimetre-${territory.id}`}>{title}</h2>
        <p>
          {territory.kind === 'qpv'
            ? `Le périmètre de ${territory.name} n’est pas publié dans les données du tableau de bord (perimeters.json).`
            : `${territory.name} n’est pas un quartier prioritaire (QPV) : aucun périmètre officiel n’est publié pour ce territoire, et la carte n’en dessine pas.`}
        </p>
      </section>
    );
  }
  const feature =
    perimeters.status === 'ready'
      ? perimeters.data.territories.find((joined) => joined.territory.id === territory.id)?.feature
      : undefined;
  const commune = model?.background[0]?.name;
  const summary = `Le périmètre officiel du quartier prioritaire${feature ? ` (délimitation ${feature.properties.vintage})` : ''}${commune ? `, et sa situation dans la commune de ${commune}` : ''}.`;
  const sources = sourceLines(perimeters);
  return (
    <div className="map-card">
      <ChartFigure
        title={title}
        summary={summary}
        headingLevel={2}
        height={TERRITORY_MAP_HEIGHT}
        state={
          perimeters.status === 'pending'
            ? 'loading'
            : perimeters.status === 'error'
              ? 'error'
              : perimeters.status === 'unpublished'
                ? 'empty'
                : 'ready'
        }
        interactive
        controls={
          <p className="map-origin">Données réelles : {sources.join(' ') || 'périmètres publiés.'}</p>
        }
        table={{
          rowHeader: 'Quartier',
          columns: [
            { key: 'commune', header: 'Commune' },
            { key: 'code', header: 'Code' },
            { key: 'source', header: 'Source' },
          ],
          rows: feature
            ? [
                {
                  key: territory.id,
                  header: territory.name,
                  cells: {
                    commune: { text: territory.commune },
                    code: { text: territory.code ?? '' },
                    source: {
                      text: `${feature.properties.source.publisher}, ${feature.properties.source.dataset} (${feature.properties.vintage})`,
                    },
                  },
                },
              ]
            : [],
        }}
        errorMessage={
          perimeters.status === 'error'
            ? `Les périmètres des quartiers n’ont pas pu être chargés : ${errorText(perimeters.error)}`
            : undefined
        }
        onRetry={perimeters.status === 'error' ? perimeters.retry : undefined}
        emptyMessage="Les périmètres des quartiers ne sont pas publiés (fichier perimeters.json absent)."
        exportCaption={`Données réelles. ${sources.join(' ')}`}
      >
        {model && (
          <MapPlot
            height={TERRITORY_MAP_HEIGHT}
            shapes={model.shapes}
            background={model.background}
            list={[]}
            listTitle=""
            fitTo="shapes"
            label={`${title}. ${summary}`}
          />
        )}
      </ChartFigure>
    </div>
  );
};
