import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ChartErrorBoundary } from '../../../components/charts/chart-error-boundary';
import { useElementBox } from '../../../lib/use-element-box';
import { useFictitiousFigures } from '../../contract/api/use-fictitious-figures';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { territoryMapFigures } from '../../dashboard/chart-data';
import { MapSwatch } from '../../map/components/map-texture';
import { mapMetricLabels, parseMapMetric } from '../../map/map-params';
import { mapPlot } from '../../map/map-plot-loader';
import { DARK_MAP_THEME, LIGHT_MAP_THEME } from '../../map/map-theme';
import { type MapValues, overviewMapModel, overviewMapSummary } from '../../map/territory-map-data';
import { useCheckedPerimeters } from '../../territories/api/use-territory-context';
import { parsePresentationParams } from '../presentation-params';
import {
  mapSlideRules,
  mapSourcesShort,
  type SlideSwatch,
  slideMapLegend,
  slideMapShapes,
  slideSwatchOf,
} from '../slide-data';
import { SlideError } from './slide-error';

const MapPlot = mapPlot.Plot;

/** No perimeter at all: every territory goes to the list (while the perimeters load, or when they failed). */
const NO_PERIMETERS = { territories: [], communes: [], rejected: [] };

/** The texture's cell, in the swatch's own units (a 48 × 30 box drawn at about 1.6 × 1 em). */
const SWATCH_CELL = 10;

/** A territory's value, or the legend's label, with its swatch before it. */
const Swatched = ({
  swatch,
  dark,
  children,
}: {
  swatch: SlideSwatch;
  dark: boolean;
  children: React.ReactNode;
}) => (
  <li className="slide-map-item">
    <MapSwatch style={swatch} theme={dark ? DARK_MAP_THEME : LIGHT_MAP_THEME} cell={SWATCH_CELL} />
    <span>{children}</span>
  </li>
);

/**
 * « Carte des quartiers » on a slide: the territories with a published perimeter on the map of their
 * communes, the others listed beside it, all coloured by the figure of the address's `carte` (coverage by
 * default, as on the overview) for the view's filter, with the charts' own numbers. Everything the room
 * reads is written: each territory's name and value on the map or in the list, the legend's classes, the
 * sources; nothing is shown on hover. Each class has a texture as well as a colour, so that the dark
 * high-contrast theme (and a washed-out projector) still tells them apart.
 */
export const MapSlide = ({ view }: { view: DashboardView }) => {
  const [params] = useSearchParams();
  const { metric } = parseMapMetric(params);
  const dark = parsePresentationParams(params).theme === 'contraste';
  const scheme = dark ? 'dark' : 'light';
  const perimeters = useCheckedPerimeters();
  const fictitious = useFictitiousFigures();
  const box = useRef<HTMLDivElement>(null);
  const size = useElementBox(box);
  const values = useMemo<MapValues>(
    () => ({ status: 'ready', figures: territoryMapFigures(view.figures) }),
    [view.figures],
  );
  const model = useMemo(
    () =>
      overviewMapModel({
        territories: view.territories,
        perimeters: perimeters.status === 'ready' ? perimeters.data : NO_PERIMETERS,
        values,
        metric,
        hrefFor: () => '',
      }),
    [perimeters, view.territories, values, metric],
  );
  const shapes = useMemo(() => slideMapShapes(model, scheme), [model, scheme]);
  const drawn = perimeters.status === 'ready';
  // The overview's summary, as its map's accessible name.
  const label = `Carte des quartiers. ${overviewMapSummary(model, metric, values)}`;

  return (
    <div className="slide-map">
      <div className="slide-map-plot" ref={box}>
        {perimeters.status === 'pending' ? (
          <p className="slide-lead" role="status">
            Chargement de la carte…
          </p>
        ) : perimeters.status === 'error' ? (
          <SlideError
            message="La carte des quartiers n’a pas pu être chargée (périmètres des quartiers)."
            error={perimeters.error}
            onRetry={perimeters.retry}
            retrying={perimeters.retrying}
          />
        ) : perimeters.status === 'unpublished' ? (
          <p className="slide-lead">
            Les périmètres des quartiers ne sont pas publiés (fichier perimeters.json absent) : la carte ne
            peut pas être dessinée.
          </p>
        ) : (
          size && (
            <ChartErrorBoundary height={size.height}>
              <MapPlot
                height={size.height}
                exactHeight
                fontSize={size.fontSize || undefined}
                theme={dark ? DARK_MAP_THEME : LIGHT_MAP_THEME}
                shapes={shapes}
                background={model.background}
                list={[]}
                listTitle=""
                fitTo="all"
                label={label}
              />
            </ChartErrorBoundary>
          )
        )}
      </div>
      <div className="slide-map-aside">
        <h2 className="slide-map-title">{mapMetricLabels[metric]}</h2>
        <p className="slide-map-rule">{mapSlideRules[metric]}</p>
        {model.classification && (
          <ul className="slide-map-legend" aria-label="Légende : classes de valeurs">
            {slideMapLegend(model.classification, scheme).map((item) => (
              <Swatched key={item.key} swatch={item.swatch} dark={dark}>
                {item.label}
              </Swatched>
            ))}
            {model.hasMissing && (
              <Swatched swatch={null} dark={dark}>
                non renseigné
              </Swatched>
            )}
          </ul>
        )}
        {model.list.length > 0 && (
          <>
            <h2 className="slide-map-title">{drawn ? 'Sans périmètre publié' : 'Valeurs par quartier'}</h2>
            <ul className="slide-map-list">
              {model.list.map((item) => (
                <Swatched key={item.key} swatch={slideSwatchOf(item.classIndex, scheme)} dark={dark}>
                  <strong>{item.name}</strong> <span className="slide-map-value">{item.valueText}</span>
                </Swatched>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="slide-map-source">
        {drawn && model.shapes.length + model.background.length > 0
          ? `Fond de carte réel : ${mapSourcesShort(perimeters.data)}. `
          : ''}
        {fictitious ? 'Valeurs : données fictives de démonstration.' : 'Valeurs : programmation publiée.'}
      </p>
    </div>
  );
};
