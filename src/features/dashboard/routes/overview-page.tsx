import { useId } from 'react';
import { Link } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { useAfterFirstPaint } from '../../../components/charts/draw-queue';
import { lateRule } from '../../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import { budgetShareRule, coverageRule, progressRule } from '../../../domain/roll-up';
import { formatEurosShort, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useActionFilter } from '../../filters/use-action-filter';
import { useFilterSearch } from '../../filters/use-filter-search';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';
import { useTerritories } from '../../territories/api/get-territories';
import type { DashboardView } from '../api/use-dashboard';
import {
  coverageProgressSeries,
  domainBudgetRows,
  domainLabel,
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
import {
  budgetFigureRules,
  budgetKeyFigures,
  overviewFigureRules,
  overviewKeyFigures,
} from '../key-figures-data';
import { domainPath, territoryPath } from '../view-paths';

/**
 * The two charts of the first screen, whose texts the loading skeleton shares (a line more or less would
 * move the chart when the figures come). Each bar's label links to its pillar's or territory's page.
 */
const DOMAINS_CHART = {
  title: 'Couverture et avancement par pilier et axe',
  summary: (count: number) =>
    `Part des objectifs opérationnels couverts et avancement moyen, pour chacun des ${count} piliers et axes retenus.`,
  links: 'Pages des piliers et axes',
};
const TERRITORIES_CHART = {
  title: 'Couverture et avancement par quartier',
  summary: (count: number) =>
    `Pour chacun des ${count} quartiers retenus, la part des objectifs opérationnels qui y ont une action et l’avancement moyen de ses actions.`,
  links: 'Pages des quartiers',
};

const Overview = ({ view }: { view: DashboardView }) => {
  const { figures } = view;
  const search = useFilterSearch();
  const empty = figures.actions.length === 0;
  const state = empty ? 'empty' : 'ready';
  const budgetId = useId();
  const domainHref = (domain: ObjectiveNode) => `${domainPath(domain)}${search}`;
  const territoryHref = (id: string) => `${territoryPath(id)}${search}`;
  // What lies below the first screen (the matrix, the gaps, the funding) is rendered once the key figures
  // and the first charts are painted: a page that arrives in one piece would show nothing until all of it
  // is laid out.
  const below = useAfterFirstPaint();
  return (
    <>
      <KeyFigures
        figures={overviewKeyFigures(view)}
        label="Chiffres clés"
        className="key-figures--compact"
        rules={overviewFigureRules(view)}
      />
      <div className="chart-grid chart-grid--lead">
        <BarChartFigure
          headingLevel={2}
          title={DOMAINS_CHART.title}
          summary={DOMAINS_CHART.summary(figures.domains.length)}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={domainRows(figures.domains, figures.rollUp, domainHref)}
          categoryLinksLabel={DOMAINS_CHART.links}
          domainMax={100}
          formatValueTick={percentTick}
          valueUnit="%"
          categoryHeader="Pilier ou axe"
          state={state}
        />
        <BarChartFigure
          headingLevel={2}
          title={TERRITORIES_CHART.title}
          summary={TERRITORIES_CHART.summary(figures.territories.length)}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={territoryRows(figures, territoryHref)}
          categoryLinksLabel={TERRITORIES_CHART.links}
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
              className="key-figures--compact"
              figures={budgetKeyFigures(view)}
              rules={budgetFigureRules(view)}
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
 * there (they usually come well before the actions), the two charts with their texts, laid out for their
 * pillars and territories, whose labels already link to their pages: the room the figures will take. Until
 * then nothing stands below the boxes: blocks that grew when the tree came would move what follows them,
 * where new ones simply appear.
 */
const OverviewSkeleton = () => {
  const objectives = useObjectives();
  const territories = useTerritories();
  const { filter } = useActionFilter();
  const search = useFilterSearch();
  const allTerritories = territories.data?.records;
  const figures = <KeyFiguresSkeleton count={5} className="key-figures--compact" rules />;
  if (!objectives.data || !allTerritories) return figures;
  const domains = keptByFilter(
    objectiveIndexOf(objectives.data).domains,
    (domain) => domain.code,
    filter.domains,
  );
  const shownTerritories = keptByFilter(allTerritories, (territory) => territory.id, filter.territories);
  return (
    <>
      {figures}
      <div className="chart-grid chart-grid--lead">
        <BarChartFigure
          headingLevel={2}
          title={DOMAINS_CHART.title}
          summary={DOMAINS_CHART.summary(domains.length)}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={[]}
          loadingCategories={domains.map((domain) => ({
            key: domain.code,
            label: domainLabel(domain),
            href: `${domainPath(domain)}${search}`,
          }))}
          categoryLinksLabel={DOMAINS_CHART.links}
          state="loading"
        />
        <BarChartFigure
          headingLevel={2}
          title={TERRITORIES_CHART.title}
          summary={TERRITORIES_CHART.summary(shownTerritories.length)}
          rule={`${coverageRule} ${progressRule}`}
          series={coverageProgressSeries}
          rows={[]}
          loadingCategories={shownTerritories.map((territory) => ({
            key: territory.id,
            label: territory.name,
            href: `${territoryPath(territory.id)}${search}`,
          }))}
          categoryLinksLabel={TERRITORIES_CHART.links}
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
