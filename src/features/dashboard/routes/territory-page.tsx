import { useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { coverageRule, type NodeFigures, progressRule, shareOf } from '../../../domain/roll-up';
import { type Territory, territoryKindLabels } from '../../../domain/territory';
import { formatEurosRounded, formatInteger, formatProgress, formatShare, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFilterSearch } from '../../filters/use-filter-search';
import { TerritoryPerimeterMap } from '../../map/components/territory-map';
import { useTerritories } from '../../territories/api/get-territories';
import { useCheckedIndicators, useCheckedPerimeters } from '../../territories/api/use-territory-context';
import { NeighbourhoodFigures } from '../../territories/components/neighbourhood-figures';
import { type DashboardView, useDashboard } from '../api/use-dashboard';
import { comparisonRows, euroSeries, funderRows, percentTick } from '../chart-data';
import { Breadcrumb } from '../components/breadcrumb';
import { DashboardPage } from '../components/dashboard-page';
import { GapList } from '../components/gap-list';
import { KeyFigures, KeyFiguresSkeleton } from '../components/key-figures';
import { nodeKeyFigures } from '../key-figures-data';

const describe = (territory: Territory) =>
  [
    territoryKindLabels[territory.kind],
    territory.commune,
    territory.code ? `code ${territory.code}` : null,
    territory.population ? `${formatInteger(territory.population)} habitants` : null,
  ]
    .filter(Boolean)
    .join(' · ');

/** The territory's figures beside the whole contract's, row by row, for the same filter. */
const ComparisonTable = ({
  name,
  local,
  whole,
}: {
  name: string;
  local: NodeFigures;
  whole: NodeFigures;
}) => {
  const headingId = useId();
  const rows: [string, (figures: NodeFigures) => string][] = [
    ['Couverture', (f) => `${formatShare(shareOf(f.coverage))} (${f.coverage.covered}/${f.coverage.total})`],
    ['Avancement moyen', (f) => formatProgress(f.progress)],
    ['Actions', (f) => formatInteger(f.actions)],
    ['Actions sans avancement déclaré', (f) => formatInteger(f.unreportedActions)],
    ['Coût', (f) => formatEurosRounded(f.budget)],
  ];
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{name} et l’ensemble du contrat</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Chiffres clés de {name} comparés à ceux de l’ensemble du contrat, pour les mêmes filtres
          </caption>
          <thead>
            <tr>
              <th scope="col">Indicateur</th>
              <th scope="col" className="numeric">
                {name}
              </th>
              <th scope="col" className="numeric">
                Ensemble du contrat
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, format]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="numeric">{format(local)}</td>
                <td className="numeric">{format(whole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="rule-note">
        Le coût d’une action menée dans plusieurs quartiers est réparti à parts égales entre eux.
      </p>
    </section>
  );
};

const TerritoryContent = ({ view, territory }: { view: DashboardView; territory: Territory }) => {
  const search = useFilterSearch();
  // The same filter without the territory: the contract this territory is set against.
  const whole = useDashboard({ territories: [] });
  const local = view.figures.territories[0]?.rollUp ?? view.figures.rollUp;
  if (whole.status !== 'ready') return null;
  const contract = whole.view.figures.rollUp;
  const domains = view.figures.domains;
  const state = view.figures.actions.length === 0 ? 'empty' : 'ready';
  const series = [
    { key: 'local', label: territory.name, colorVar: '--chart-1' },
    { key: 'whole', label: 'Ensemble du contrat', colorVar: '--chart-2', pattern: 'hatched' as const },
  ];
  return (
    <>
      <KeyFigures figures={nodeKeyFigures(local.contract)} label={`Chiffres clés de ${territory.name}`} />
      <ComparisonTable name={territory.name} local={local.contract} whole={contract.contract} />
      <div className="chart-grid">
        <BarChartFigure
          headingLevel={2}
          title={`Couverture par pilier : ${territory.name} et ensemble du contrat`}
          summary={`Pour chaque pilier ou axe, la part de ses objectifs opérationnels qui ont une action à ${territory.name}, et dans l’ensemble du contrat.`}
          rule={coverageRule}
          series={series}
          rows={comparisonRows(domains, local, contract, 'coverage')}
          domainMax={100}
          formatValueTick={percentTick}
          valueUnit="%"
          categoryHeader="Pilier ou axe"
          state={state}
        />
        <BarChartFigure
          headingLevel={2}
          title={`Avancement par pilier : ${territory.name} et ensemble du contrat`}
          summary={`Pour chaque pilier ou axe, l’avancement moyen des actions de ${territory.name}, et celui de l’ensemble du contrat.`}
          rule={progressRule}
          series={series}
          rows={comparisonRows(domains, local, contract, 'progress')}
          domainMax={100}
          formatValueTick={percentTick}
          valueUnit="%"
          categoryHeader="Pilier ou axe"
          state={state}
        />
      </div>
      <GapList gaps={view.figures.gaps} search={search} />
      <BarChartFigure
        headingLevel={2}
        title={`Financements des actions de ${territory.name}`}
        summary={`Montants engagés par chaque financeur sur les ${plural(view.figures.actions.length, 'action', 'actions')} du quartier (montants entiers, même pour une action menée aussi ailleurs).`}
        series={euroSeries('Montant')}
        valueUnit="€"
        rows={funderRows(view.figures.budget)}
        categoryHeader="Financeur"
        state={state}
      />
    </>
  );
};

/** /quartiers/terre-rouge: one territory's figures, for the URL's filter, set against the whole contract. */
export const TerritoryPage = () => {
  const { id = '' } = useParams();
  const territories = useTerritories();
  // Asked for at once, beside the territories: the map and the statistics head the page, and the filters
  // and figures under them wait for them rather than being pushed down when they come (see headerPending).
  const perimeters = useCheckedPerimeters();
  const indicators = useCheckedIndicators();
  const contextPending = perimeters.status === 'pending' || indicators.status === 'pending';
  const search = useFilterSearch();
  const territory = territories.data?.records.find((candidate) => candidate.id === id);
  useDocumentTitle(territory?.name ?? 'Quartier');
  if (territories.data && !territory) {
    return (
      <>
        <h1>Quartier introuvable</h1>
        <p>
          Le contrat ne suit pas de quartier « {id} ». <Link to={`/${search}`}>Vue d’ensemble</Link>
        </p>
      </>
    );
  }
  return (
    <DashboardPage
      headerPending={territories.isPending || contextPending}
      restrict={{ territories: [id] }}
      fixed={['territories']}
      header={
        <>
          <Breadcrumb search={search} current={territory?.name ?? id} />
          <h1>{territory?.name ?? 'Quartier'}</h1>
          {/*
            Where it is and who lives there: public facts, shown whatever the actions and the filter. All of
            it at once, with the territory's map and statistics: a line drawn before them would be pushed
            down when they came (the loading line waits under the heading meanwhile).
          */}
          {territory && !contextPending && (
            <>
              <p className="page-intro">{describe(territory)}</p>
              <div className="territory-context">
                <TerritoryPerimeterMap territory={territory} />
                <NeighbourhoodFigures territory={territory} />
              </div>
              <h2 className="territory-actions-heading">Les actions du contrat à {territory.name}</h2>
            </>
          )}
        </>
      }
      skeleton={<KeyFiguresSkeleton count={4} />}
    >
      {(view) => (territory ? <TerritoryContent view={view} territory={territory} /> : null)}
    </DashboardPage>
  );
};
