import { useId } from 'react';
import { Link } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { useAfterFirstPaint } from '../../../components/charts/draw-queue';
import { funderLabels } from '../../../domain/action';
import { leverageRule, stateShareRule } from '../../../domain/budget';
import { lateRule } from '../../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import { budgetShareRule, coverageRule, progressRule } from '../../../domain/roll-up';
import { formatEuros, formatEurosShort, formatRatio, formatShare, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useActionFilter } from '../../filters/use-action-filter';
import { useFilterSearch } from '../../filters/use-filter-search';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';
import { useTerritories } from '../../territories/api/get-territories';
import type { DashboardView } from '../api/use-dashboard';
import {
  coverageProgressSeries,
  domainBudgetRows,
  domainRows,
  euroSeries,
  funderRows,
  percentTick,
  statusRows,
  territoryBudgetRows,
  territoryRows,
  yearRows,
} from '../chart-data';
import { CoverageMatrix } from '../components/coverage-matrix';
import { DashboardPage } from '../components/dashboard-page';
import { GapList } from '../components/gap-list';
import { KeyFigures, KeyFiguresSkeleton } from '../components/key-figures';
import { TerritoryMapSection } from '../components/territory-map-section';
import { domainPath, ViewLinks } from '../components/view-links';
import { overviewKeyFigures } from '../key-figures-data';

const Overview = ({ view }: { view: DashboardView }) => {
  const { figures } = view;
  const search = useFilterSearch();
  const empty = figures.actions.length === 0;
  const state = empty ? 'empty' : 'ready';
  const budgetId = useId();
  const domainHref = (domain: ObjectiveNode) => `${domainPath(domain)}${search}`;
  const territoryHref = (id: string) => `/quartiers/${id}${search}`;
  const { leverage } = figures.budget;
  // What lies below the first screen (the matrix, the gaps, the funding) is rendered once the key figures
  // and the first charts are painted: a page that arrives in one piece would show nothing until all of it
  // is laid out.
  const below = useAfterFirstPaint();
  return (
    <>
      <KeyFigures figures={overviewKeyFigures(view)} label="Chiffres clés" />
      <ViewLinks domains={figures.domains} territories={view.territories} search={search} />
      <div className="chart-grid">
        <BarChartFigure
          headingLevel={2}
          title="Couverture et avancement par pilier et axe"
          summary={`Part des objectifs opérationnels couverts et avancement moyen, pour chacun des ${figures.domains.length} piliers et axes retenus.`}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={domainRows(figures.domains, figures.rollUp, domainHref)}
          domainMax={100}
          formatValueTick={percentTick}
          valueUnit="%"
          categoryHeader="Pilier ou axe"
          state={state}
        />
        <BarChartFigure
          headingLevel={2}
          title="Couverture et avancement par quartier"
          summary={`Pour chacun des ${figures.territories.length} quartiers retenus, la part des objectifs opérationnels qui y ont une action et l’avancement moyen de ses actions.`}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={territoryRows(figures, territoryHref)}
          domainMax={100}
          formatValueTick={percentTick}
          valueUnit="%"
          categoryHeader="Quartier"
          state={state}
        />
      </div>
      {below && (
        <>
          <TerritoryMapSection figures={figures} />
          {!empty && <CoverageMatrix figures={figures} territoryHref={territoryHref} />}
          <GapList gaps={figures.gaps} search={search} />
          <section className="dashboard-section" aria-labelledby={budgetId}>
            <h2 id={budgetId}>Financements</h2>
            <KeyFigures
              label="Chiffres clés des financements"
              figures={[
                {
                  key: 'state',
                  label: 'Part de l’État',
                  value: formatShare(figures.budget.stateShare),
                  detail: `${formatEuros(figures.budget.byFunder.etat)} de crédits ${funderLabels.etat}. ${stateShareRule}`,
                },
                {
                  key: 'leverage',
                  label: 'Effet levier',
                  value: leverage.ratio === null ? 'sans objet' : `${formatRatio(leverage.ratio)} €`,
                  detail:
                    leverage.ratio === null
                      ? 'aucune action retenue n’est financée par l’État'
                      : `d’autres financements pour 1 € de l’État, sur ${plural(leverage.actions, 'action', 'actions')} cofinancées. ${leverageRule}`,
                },
              ]}
            />
            <div className="chart-grid">
              <BarChartFigure
                title="Financements par financeur"
                summary="Montants engagés par chaque financeur sur les actions retenues, du plus important au plus petit."
                rule="Montants programmés, tels que déclarés dans le budget de chaque action."
                series={euroSeries('Montant')}
                valueUnit="€"
                rows={funderRows(figures.budget)}
                categoryHeader="Financeur"
                formatValueTick={formatEurosShort}
                state={state}
              />
              <BarChartFigure
                title="Coût des actions par année"
                summary="Coût total des actions retenues, année de programmation par année."
                series={euroSeries('Coût total')}
                valueUnit="€"
                rows={yearRows(figures.budget)}
                categoryHeader="Année"
                formatValueTick={formatEurosShort}
                state={state}
              />
              <BarChartFigure
                title="Coût des actions par pilier et axe"
                summary="Part du coût des actions retenues qui revient à chaque pilier ou axe."
                rule={budgetShareRule}
                series={euroSeries('Coût')}
                valueUnit="€"
                rows={domainBudgetRows(figures.domains, figures.rollUp)}
                categoryHeader="Pilier ou axe"
                formatValueTick={formatEurosShort}
                state={state}
              />
              <BarChartFigure
                title="Coût des actions par quartier"
                summary="Part du coût des actions retenues qui revient à chaque quartier."
                rule={budgetShareRule}
                series={euroSeries('Coût')}
                valueUnit="€"
                rows={territoryBudgetRows(figures)}
                categoryHeader="Quartier"
                formatValueTick={formatEurosShort}
                state={state}
              />
            </div>
          </section>
          <BarChartFigure
            headingLevel={2}
            title="Actions par statut"
            summary="Nombre d’actions retenues à chaque étape : déposées, programmées, en cours, réalisées, abandonnées."
            rule={lateRule}
            series={[{ key: 'count', label: 'Actions', colorVar: '--chart-3' }]}
            rows={statusRows(figures.byStatus)}
            categoryHeader="Statut"
            state={state}
          />
          <p>
            <Link to={`/actions${search}`}>
              Voir la liste des {plural(figures.actions.length, 'action', 'actions')}
            </Link>
          </p>
        </>
      )}
    </>
  );
};

/**
 * The elements of `all` the filter keeps, as the figures will: the URL's values that the data know, or
 * every one when it names none of them (unknown values are dropped once the data are there).
 */
const keptByFilter = <T,>(all: readonly T[], keyOf: (item: T) => string, selected: readonly string[]) => {
  const kept = all.filter((item) => selected.includes(keyOf(item)));
  return kept.length > 0 ? kept : all;
};

/**
 * The overview while the actions load: the key figures' boxes; then, once the tree and the territories are
 * there (they usually come well before the actions), the links to their pages and the two charts with
 * their texts and one row per pillar and per territory, the room the figures will take. Until then nothing
 * stands below the boxes: blocks that grew when the tree came would move what follows them, where new ones
 * simply appear. The texts are the Overview's (a test holds them to it): a line more or less would move the
 * chart when the figures come.
 */
const OverviewSkeleton = () => {
  const objectives = useObjectives();
  const territories = useTerritories();
  const { filter } = useActionFilter();
  const search = useFilterSearch();
  const allTerritories = territories.data?.records;
  if (!objectives.data || !allTerritories) return <KeyFiguresSkeleton count={6} />;
  const domains = keptByFilter(
    objectiveIndexOf(objectives.data).domains,
    (domain) => domain.code,
    filter.domains,
  );
  const shownTerritories = keptByFilter(allTerritories, (territory) => territory.id, filter.territories);
  return (
    <>
      <KeyFiguresSkeleton count={6} />
      <ViewLinks domains={domains} territories={allTerritories} search={search} />
      <div className="chart-grid">
        <BarChartFigure
          headingLevel={2}
          title="Couverture et avancement par pilier et axe"
          summary={`Part des objectifs opérationnels couverts et avancement moyen, pour chacun des ${domains.length} piliers et axes retenus.`}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={[]}
          loadingRowCount={domains.length}
          state="loading"
        />
        <BarChartFigure
          headingLevel={2}
          title="Couverture et avancement par quartier"
          summary={`Pour chacun des ${shownTerritories.length} quartiers retenus, la part des objectifs opérationnels qui y ont une action et l’avancement moyen de ses actions.`}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={[]}
          loadingRowCount={shownTerritories.length}
          state="loading"
        />
      </div>
    </>
  );
};

export const OverviewPage = () => {
  useDocumentTitle('Vue d’ensemble');
  return (
    <DashboardPage
      header={<h1>Vue d’ensemble</h1>}
      skeleton={<OverviewSkeleton />}
      withoutActions={<TerritoryMapSection figures={null} />}
    >
      {(view) => <Overview view={view} />}
    </DashboardPage>
  );
};
