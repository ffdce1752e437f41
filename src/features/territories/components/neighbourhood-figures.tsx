import { useId, useMemo } from 'react';
import { CsvExportButton } from '../../../components/csv-export-button';
import { DataErrorState } from '../../../components/data-error';
import {
  type NeighbourhoodFigure,
  neighbourhoodCsvRows,
  neighbourhoodFigures,
  sourceLine,
} from '../../../domain/neighbourhood-figures';
import type { Territory } from '../../../domain/territory';
import { useCheckedIndicators } from '../api/use-territory-context';
import './neighbourhood-figures.css';

const originText = (figure: NeighbourhoodFigure['own']) =>
  figure.source && figure.vintage !== null
    ? sourceLine({ source: figure.source, vintage: figure.vintage })
    : null;

const FigureTile = ({ figure }: { figure: NeighbourhoodFigure }) => {
  const origin = originText(figure.own);
  return (
    <div className="nf-figure" data-indicator={figure.id}>
      <dt>{figure.label}</dt>
      <dd className={`nf-value${figure.own.value === null ? ' nf-value--missing' : ''}`}>
        {figure.own.figure}
        {figure.own.word && <span className="nf-unit"> {figure.own.word}</span>}
      </dd>
      {figure.details.map((detail) => (
        <dd key={detail.id} className="nf-detail">
          {detail.label} : {detail.text}
        </dd>
      ))}
      {figure.comparisons.map((comparison) => (
        <dd key={`${comparison.kind}:${comparison.area}`} className="nf-comparison">
          {comparison.area} : {comparison.text}
          {comparison.vintage !== null &&
            comparison.vintage !== figure.own.vintage &&
            ` (${comparison.vintage})`}
        </dd>
      ))}
      <dd className="nf-source">{origin ? `Source : ${origin}` : 'Absent des données publiées'}</dd>
    </div>
  );
};

/**
 * « Le quartier en chiffres »: a territory's public statistics (population, income, employment), each with
 * its vintage and source, compared with its commune where the source gives a figure. They are real data
 * even in the demo, and the block says so. A territory without statistics says so plainly.
 */
export const NeighbourhoodFigures = ({ territory }: { territory: Territory }) => {
  const indicators = useCheckedIndicators();
  const headingId = useId();
  const figures = useMemo(
    () => (indicators.status === 'ready' ? neighbourhoodFigures(territory, indicators.data) : null),
    [indicators, territory],
  );
  return (
    <section className="neighbourhood-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>Le quartier en chiffres</h2>
      {indicators.status === 'pending' ? (
        <p role="status">Chargement des statistiques…</p>
      ) : indicators.status === 'error' ? (
        <DataErrorState
          what="les statistiques des quartiers"
          error={indicators.error}
          onRetry={indicators.retry}
          retrying={indicators.retrying}
        />
      ) : indicators.status === 'unpublished' ? (
        <p>Les statistiques des quartiers ne sont pas publiées (fichier indicators.json absent).</p>
      ) : figures?.status !== 'ready' ? (
        <p className="nf-none">{figures?.reason}</p>
      ) : (
        <>
          <p className="nf-origin">
            <strong>Données réelles</strong> : statistiques publiques, et non des chiffres du contrat.
            {figures.comparedWith.length > 0
              ? ` Comparaison avec ${figures.comparedWith.join(' et ')} lorsque la source donne le chiffre.`
              : ' La source ne donne aucun chiffre de la commune à comparer.'}
          </p>
          {figures.groups.map((group) => (
            <div key={group.key} className="nf-group">
              <h3>{group.title}</h3>
              <dl className="nf-figures">
                {group.figures.map((figure) => (
                  <FigureTile key={figure.id} figure={figure} />
                ))}
              </dl>
            </div>
          ))}
          <p className="nf-sources">
            Sources :{' '}
            {figures.sources
              .map(
                (source) =>
                  `${source.publisher}, ${source.dataset}${source.licence ? ` (${source.licence})` : ''} ; millésimes ${source.vintages.join(', ')}`,
              )
              .join(' — ')}
            .
          </p>
          <CsvExportButton
            title={`${territory.name} en chiffres`}
            rows={() => neighbourhoodCsvRows(territory.name, figures)}
          />
          <details className="chart-data nf-definitions">
            <summary>Définitions des indicateurs</summary>
            <dl>
              {figures.groups
                .flatMap((group) => group.figures)
                .map((figure) => (
                  <div key={figure.id}>
                    <dt>{figure.label}</dt>
                    <dd>{figure.definition}</dd>
                  </div>
                ))}
            </dl>
          </details>
        </>
      )}
    </section>
  );
};
