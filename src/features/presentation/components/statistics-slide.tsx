import { useMemo } from 'react';
import {
  type NeighbourhoodFigure,
  neighbourhoodFigures,
  neighbourhoodKeyFigures,
  sourceLine,
} from '../../../domain/neighbourhood-figures';
import type { Territory } from '../../../domain/territory';
import { useCheckedIndicators } from '../../territories/api/use-territory-context';
import { SlideError } from './slide-error';

const originOf = (value: NeighbourhoodFigure['own']) =>
  value.source && value.vintage !== null
    ? `Source : ${sourceLine({ source: value.source, vintage: value.vintage })}`
    : 'absent des données publiées';

/** One figure: its value in large type, what is written beside it, its commune's, its source and vintage. */
const Figure = ({ figure }: { figure: NeighbourhoodFigure }) => (
  <div className="key-figure" data-indicator={figure.id}>
    <dt>{figure.label}</dt>
    <dd className={`key-figure-value${figure.own.value === null ? ' key-figure-value--missing' : ''}`}>
      {figure.own.figure}
      {figure.own.word && <span className="slide-statistics-unit"> {figure.own.word}</span>}
    </dd>
    {figure.details.length > 0 && (
      <dd className="key-figure-detail">
        {/* Each detail whole on its line: "1er décile : 7 778 €", never "… · 9e" then "décile : …". */}
        {figure.details.map((detail, index) => (
          <span key={detail.id} className="slide-statistics-detail">
            {index > 0 && ' · '}
            <span>
              {detail.label} : {detail.text}
            </span>
          </span>
        ))}
      </dd>
    )}
    {figure.comparisons.map((comparison) => (
      <dd
        key={`${comparison.kind}:${comparison.area}`}
        className="key-figure-detail slide-statistics-comparison"
      >
        {comparison.area} : {comparison.text}
        {comparison.vintage !== null &&
          comparison.vintage !== figure.own.vintage &&
          ` (${comparison.vintage})`}
      </dd>
    ))}
    <dd className="slide-statistics-source">{originOf(figure.own)}</dd>
  </div>
);

/**
 * « Le quartier en chiffres » on a slide: a territory's key public statistics (population, youth index,
 * poverty rate, median income, employment rate, jobseekers), each with its source and vintage and with its
 * commune's figure where the source gives one, as domain/neighbourhood-figures.ts shapes them for its page.
 * Real data, even in the demo: the slide says so.
 */
export const StatisticsSlide = ({ territory }: { territory: Territory }) => {
  const indicators = useCheckedIndicators();
  const figures = useMemo(
    () => (indicators.status === 'ready' ? neighbourhoodFigures(territory, indicators.data) : null),
    [indicators, territory],
  );
  if (indicators.status === 'pending')
    return (
      <p className="slide-lead" role="status">
        Chargement des statistiques…
      </p>
    );
  if (indicators.status === 'error')
    return (
      <SlideError
        message={`Les statistiques de ${territory.name} n’ont pas pu être chargées.`}
        error={indicators.error}
        onRetry={indicators.retry}
        retrying={indicators.retrying}
      />
    );
  if (indicators.status === 'unpublished')
    return (
      <p className="slide-lead">
        Les statistiques des quartiers ne sont pas publiées (fichier indicators.json absent).
      </p>
    );
  if (figures?.status !== 'ready') return <p className="slide-lead">{figures?.reason}</p>;
  const shown = neighbourhoodKeyFigures(figures);
  return (
    <>
      <dl
        className="key-figures key-figures--slide key-figures--6 slide-statistics"
        aria-label={`Chiffres clés de ${territory.name}`}
      >
        {shown.map((figure) => (
          <Figure key={figure.id} figure={figure} />
        ))}
      </dl>
      {/* The demo's footer says its figures are fictitious: these are not, and the slide says so. */}
      <p className="slide-note">
        <strong>Données réelles</strong>, et non des chiffres du contrat.{' '}
        {figures.sources
          .map(
            (source) =>
              `Source : ${source.publisher}, ${source.dataset}${source.licence ? `, ${source.licence}` : ''} ; millésimes ${source.vintages.join(', ')}.`,
          )
          .join(' ')}
      </p>
    </>
  );
};
