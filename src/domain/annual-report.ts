import type { Action, Funder } from './action';
import { funders } from './action';
import { type ActionFilter, emptyFilter } from './action-filter';
import type { BudgetBreakdown } from './budget';
import { type DashboardFigures, dashboardFor, type Gap } from './dashboard-figures';
import type { ObjectiveIndex } from './objective-index';
import type { ObjectiveNode } from './objective-tree';
import { flattenTree } from './objective-tree-queries';
import { emptyNodeFigures, type NodeFigures } from './roll-up';
import type { Territory } from './territory';

/**
 * The annual report on the contrat de ville ("rapport annuel politique de la ville", CGCT L1111-2, décret
 * n° 2015-1118 du 3 septembre 2015): the figures of its sections, built from the same data and by the same
 * functions as the dashboard. A section's figures for year N are the dashboard's for `?annee=N`: the report
 * filters the actions with the dashboard's filter (years = [N], nothing else) and reads computeDashboard,
 * so that a figure cannot differ between the report and the screen the committee saw.
 *
 * Pure: no React, no formatting of the page. The words and tables are written from these in
 * features/annual-report (report-content.ts), for the page, the print and the Word file alike.
 */

/** The sections of the décret, in its order. */
export const reportSectionIds = [
  'orientations',
  'situation',
  'actions',
  'moyens',
  'perspectives',
  'annexes',
] as const;
export type ReportSectionId = (typeof reportSectionIds)[number];

/** The sections' titles, numbered as in the report. */
export const reportSectionTitle = (id: ReportSectionId, year: number): string => {
  switch (id) {
    case 'orientations':
      return 'Rappel des orientations du contrat';
    case 'situation':
      return 'Évolution de la situation des quartiers';
    case 'actions':
      return `Actions menées en ${year}`;
    case 'moyens':
      return 'Moyens mobilisés';
    case 'perspectives':
      return 'Perspectives et pistes d’amélioration';
    case 'annexes':
      return 'Annexes';
  }
};

export const reportSectionNumber = (id: ReportSectionId) => reportSectionIds.indexOf(id) + 1;

/** The dashboard's filter for the report of year N: that programmation year, and nothing else. */
export const reportFilter = (year: number): ActionFilter => ({ ...emptyFilter, years: [year] });

/**
 * The year a report opens on when the address names none: the last programmation year that has begun by
 * the data date (a programmation voted for next year has nothing to report yet), else the last year held.
 */
export const defaultReportYear = (years: readonly number[], dataDate: string | null): number | null => {
  if (years.length === 0) return null;
  const dataYear = dataDate ? Number(dataDate.slice(0, 4)) : null;
  const begun = dataYear === null ? [] : years.filter((year) => year <= dataYear);
  return begun.at(-1) ?? (years.at(-1) as number);
};

// ---- 1. Rappel des orientations ----

export type OrientationDomain = {
  /** An axis or a pillar. */
  node: ObjectiveNode;
  /** Its strategic objectives, whatever the levels between (themes, orientations), each with its count. */
  strategic: { node: ObjectiveNode; operational: number }[];
};

export type OrientationsSection = {
  domains: OrientationDomain[];
  counts: { axes: number; pillars: number; strategic: number; operational: number };
};

export const buildOrientations = (index: ObjectiveIndex): OrientationsSection => {
  const domains = index.domains.map((node) => ({
    node,
    strategic: flattenTree(node.children)
      .filter((child) => child.kind === 'strategic')
      .map((child) => ({
        node: child,
        operational: child.children.filter((leaf) => leaf.kind === 'operational').length,
      })),
  }));
  return {
    domains,
    counts: {
      axes: index.domains.filter((domain) => domain.kind === 'axis').length,
      pillars: index.domains.filter((domain) => domain.kind === 'pillar').length,
      strategic: domains.reduce((sum, domain) => sum + domain.strategic.length, 0),
      operational: index.operationalIds.length,
    },
  };
};

// ---- 2. Évolution de la situation des quartiers ----

/**
 * The context statistics of the report's section 2, as the neighbourhood figures (issue 16,
 * domain/neighbourhood-figures.ts) write them for a territory's page: this is the part of that shape the
 * report reads, so that `neighbourhoodFigures(territory, indicators)` can be handed in as it is.
 */
export type ContextSource = {
  publisher: string;
  dataset?: string;
  licence?: string | null;
  vintages?: readonly number[];
};

export type ContextValue = {
  value: number | null;
  /** The value as written ("1 036 habitants", "39 %", "non disponible"). */
  text: string;
  vintage: number | null;
  source?: ContextSource | null;
};

export type ContextFigure = {
  id: string;
  label: string;
  own: ContextValue;
  /** Figures written with this one: the deciles of the median income, the women's rate… */
  details?: readonly (ContextValue & { id: string; label: string })[];
  /** The same figure for the territory's commune or agglomeration, where the source gives one. */
  comparisons: readonly (ContextValue & { area: string; kind: 'commune' | 'agglomeration' })[];
};

export type ContextFigures =
  | { status: 'none'; reason: string }
  | {
      status: 'ready';
      groups: readonly { key: string; title: string; figures: readonly ContextFigure[] }[];
      sources: readonly ContextSource[];
    };

/**
 * What section 2 is built from: the state of the neighbourhood statistics (indicators.json), and once they
 * are read, each territory's figures (a territory the file says nothing of has `none`, with the reason).
 */
export type SituationInput =
  | { status: 'loading' }
  /** The file could not be read (not a 404: an error, which the page offers to retry). */
  | { status: 'failed'; reason: string }
  /** indicators.json is not published (a 404): an optional file. */
  | { status: 'unpublished' }
  | { status: 'ready'; territories: readonly { territory: Territory; figures: ContextFigures }[] };

export type CitedContextSource = {
  publisher: string;
  dataset: string | null;
  licence: string | null;
  vintages: number[];
};

export type SituationSection =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'unpublished' }
  | {
      status: 'ready';
      /** The territories with statistics, in the contract's order, each with its figures. */
      territories: {
        territory: Territory;
        figures: Extract<ContextFigures, { status: 'ready' }>;
      }[];
      /** The territories the statistics say nothing of (« Statistiques non publiées pour … »). */
      without: { territory: Territory; reason: string }[];
      /** Every source cited, once, with its vintages. */
      sources: CitedContextSource[];
    };

/**
 * Section 2 from the statistics' state. Without any input (a caller that has no statistics to give), the
 * section is built as if they were not published: it then says so, and shows no figure, never a 0.
 */
export const buildSituation = (input: SituationInput | null | undefined): SituationSection => {
  if (!input) return { status: 'unpublished' };
  if (input.status !== 'ready') return input;
  const territories: Extract<SituationSection, { status: 'ready' }>['territories'] = [];
  const without: { territory: Territory; reason: string }[] = [];
  const sources = new Map<string, CitedContextSource>();
  for (const { territory, figures } of input.territories) {
    if (figures.status !== 'ready') {
      without.push({ territory, reason: figures.reason });
      continue;
    }
    territories.push({ territory, figures });
    for (const source of figures.sources) {
      const key = `${source.publisher}\u0000${source.dataset ?? ''}`;
      const cited = sources.get(key) ?? {
        publisher: source.publisher,
        dataset: source.dataset ?? null,
        licence: source.licence ?? null,
        vintages: [],
      };
      for (const vintage of source.vintages ?? [])
        if (!cited.vintages.includes(vintage)) cited.vintages.push(vintage);
      cited.vintages.sort((a, b) => a - b);
      sources.set(key, cited);
    }
  }
  return { status: 'ready', territories, without, sources: [...sources.values()] };
};

// ---- 3. Actions menées en N ----

export type DomainActivity = { node: ObjectiveNode; figures: NodeFigures; gaps: Gap[] };

export type TerritoryActivity = {
  territory: Territory;
  /** The territory's own roll-up over its actions of the year (the dashboard's, for a territory). */
  figures: NodeFigures;
  /** Operational objectives none of its counting actions of the year serves. */
  gaps: number;
};

export type ObjectiveActivity = { objective: ObjectiveNode; domain: ObjectiveNode; actions: Action[] };

export type ActionsSection = {
  year: number;
  /** The dashboard's figures for `?annee=N`: the report's section reads nothing else. */
  dashboard: DashboardFigures;
  domains: DomainActivity[];
  territories: TerritoryActivity[];
  /** The operational objectives the year's actions serve, in the annex's order, each with its actions. */
  byObjective: ObjectiveActivity[];
};

export type ReportDataInput = {
  index: ObjectiveIndex;
  territories: readonly Territory[];
  /** Every action of the data (all years): the report filters them as the dashboard does. */
  actions: readonly Action[];
  /** The data date, on which lateness is judged (see computeDashboard); null: lateness is not computed. */
  referenceDate: string | null;
};

/** The dashboard's figures for `?annee=N`, computed exactly as the dashboard computes them. */
export const dashboardForYear = (
  { index, territories, actions, referenceDate }: ReportDataInput,
  year: number,
): DashboardFigures =>
  dashboardFor({ index, territories, actions, filter: reportFilter(year), referenceDate });

export const buildActionsSection = (
  input: ReportDataInput,
  year: number,
  dashboard: DashboardFigures = dashboardForYear(input, year),
): ActionsSection => {
  const { index } = input;
  const domains = dashboard.domains.map((node) => ({
    node,
    figures: dashboard.rollUp.byCode.get(node.code) ?? emptyNodeFigures,
    gaps: dashboard.gaps.filter((gap) => gap.domain.code === node.code),
  }));
  const territories = dashboard.territories.map(({ territory, rollUp }) => ({
    territory,
    figures: rollUp.contract,
    gaps: rollUp.contract.coverage.total - rollUp.contract.coverage.covered,
  }));
  const served = new Map<string, Action[]>();
  for (const action of dashboard.actions) {
    for (const code of new Set(action.objectives)) {
      const list = served.get(code) ?? [];
      list.push(action);
      served.set(code, list);
    }
  }
  const byObjective: ObjectiveActivity[] = [];
  for (const id of index.operationalIds) {
    const objective = index.nodes[id] as ObjectiveNode;
    const list = served.get(objective.code);
    const domain = index.domainOf.get(objective.code);
    if (list && domain) byObjective.push({ objective, domain, actions: list });
  }
  return { year, dashboard, domains, territories, byObjective };
};

// ---- 4. Moyens mobilisés ----

export type FunderComparison = {
  funder: Funder;
  current: number;
  /** null when the year before has no programmation in the data. */
  previous: number | null;
  /** current − previous; null without a year before. */
  change: number | null;
};

export type MeansSection = {
  year: number;
  previousYear: number;
  current: BudgetBreakdown;
  currentActions: number;
  /** The year before's budget, read the same way; null when the data hold no action that year. */
  previous: BudgetBreakdown | null;
  previousActions: number;
  /** Every funder, in the committees' order, with its amount both years. */
  funders: FunderComparison[];
};

export const buildMeansSection = (
  input: ReportDataInput,
  year: number,
  current: DashboardFigures = dashboardForYear(input, year),
): MeansSection => {
  const before = dashboardForYear(input, year - 1);
  const previous = before.actions.length > 0 ? before.budget : null;
  return {
    year,
    previousYear: year - 1,
    current: current.budget,
    currentActions: current.actions.length,
    previous,
    previousActions: before.actions.length,
    funders: funders.map((funder) => {
      const now = current.budget.byFunder[funder];
      const then = previous ? previous.byFunder[funder] : null;
      return { funder, current: now, previous: then, change: then === null ? null : now - then };
    }),
  };
};

/** A change between two amounts, as a share of the first: null when there is no first, or it is 0. */
export const relativeChange = (previous: number | null, current: number): number | null =>
  previous === null || previous === 0 ? null : (current - previous) / previous;

// ---- 6. Annexes ----

export type AnnexesSection = {
  /** Every action of the year's programmation, whatever its status, in the data's order. */
  actions: readonly Action[];
};

// ---- The whole report ----

export type AnnualReport = {
  year: number;
  orientations: OrientationsSection;
  situation: SituationSection;
  actions: ActionsSection;
  means: MeansSection;
  annexes: AnnexesSection;
};

/** Every section's figures for year N, from the data (and, for section 2, the context statistics). */
export const buildAnnualReport = (
  input: ReportDataInput,
  year: number,
  situation?: SituationInput | null,
): AnnualReport => {
  const dashboard = dashboardForYear(input, year);
  return {
    year,
    orientations: buildOrientations(input.index),
    situation: buildSituation(situation),
    actions: buildActionsSection(input, year, dashboard),
    means: buildMeansSection(input, year, dashboard),
    annexes: { actions: dashboard.actions },
  };
};
