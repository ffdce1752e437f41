import { useId } from 'react';
import { Link } from 'react-router-dom';
import { CsvExportButton } from '../../../components/csv-export-button';
import type { DashboardFigures } from '../../../domain/dashboard-figures';
import { type NodeFigures, shareOf } from '../../../domain/roll-up';
import { formatProgress } from '../../../lib/format';
import { coverageLabel, domainLabel, matrixCsvRows } from '../chart-data';

/** Four bands of coverage, for the cell's tint; the figures themselves are always written in the cell. */
const band = (figures: NodeFigures | undefined) => {
  const share = figures ? shareOf(figures.coverage) : null;
  if (share === null) return 'none';
  if (share === 0) return 'zero';
  if (share < 0.5) return 'low';
  if (share < 0.8) return 'mid';
  return 'high';
};

const Cell = ({ figures }: { figures: NodeFigures | undefined }) =>
  figures && figures.actions > 0 ? (
    <td className={`matrix-cell matrix-cell--${band(figures)}`}>
      <span className="matrix-coverage">{coverageLabel(figures)}</span>
      <span className="matrix-progress">Avancement : {formatProgress(figures.progress)}</span>
    </td>
  ) : (
    <td className="matrix-cell matrix-cell--zero">
      <span className="matrix-coverage">aucune action</span>
    </td>
  );

/**
 * Pillars and axes down, territories across: in each cell the coverage (objectives with an action over the
 * pillar's objectives) and the mean progress of the territory's actions. It is itself the data table.
 */
export const CoverageMatrix = ({
  figures,
  territoryHref,
}: {
  figures: DashboardFigures;
  territoryHref: (id: string) => string;
}) => {
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Piliers et quartiers</h2>
      <p className="chart-summary">
        Pour chaque pilier ou axe et chaque quartier : la couverture (objectifs opérationnels du pilier qui
        ont une action dans le quartier) et l’avancement moyen de ces actions.
      </p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="visually-hidden">Couverture et avancement par pilier et par quartier</caption>
          <thead>
            <tr>
              <th scope="col">Pilier ou axe</th>
              {figures.territories.map(({ territory }) => (
                <th scope="col" key={territory.id}>
                  <Link to={territoryHref(territory.id)}>{territory.name}</Link>
                </th>
              ))}
              <th scope="col">Ensemble</th>
            </tr>
          </thead>
          <tbody>
            {figures.domains.map((domain) => (
              <tr key={domain.code}>
                <th scope="row">{domainLabel(domain)}</th>
                {figures.territories.map(({ territory, rollUp }) => (
                  <Cell key={territory.id} figures={rollUp.byCode.get(domain.code)} />
                ))}
                <Cell figures={figures.rollUp.byCode.get(domain.code)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvExportButton title="Piliers et quartiers" rows={() => matrixCsvRows(figures)} />
    </section>
  );
};
