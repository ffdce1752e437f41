import type { BarRow, BarSeries } from '../../components/charts/bar-chart-model';
import {
  type Action,
  actionStatusLabels,
  type Funder,
  funderLabels,
  porteurTypeLabels,
} from '../../domain/action';
import {
  type AnnualReport,
  type ContextFigure,
  type ContextFigures,
  type ContextValue,
  type ReportSectionId,
  relativeChange,
  reportSectionIds,
  reportSectionNumber,
  reportSectionTitle,
  type SituationSection,
} from '../../domain/annual-report';
import { type BudgetBreakdown, leverageRule, stateShareRule } from '../../domain/budget';
import { lateRule } from '../../domain/dashboard-figures';
import { NOT_AVAILABLE_TEXT } from '../../domain/neighbourhood-figures';
import { nodeKindLabels } from '../../domain/objective-tree';
import { budgetShareRule, coverageRule, type NodeFigures, progressRule } from '../../domain/roll-up';
import type { Territory } from '../../domain/territory';
import { territoryKindLabels } from '../../domain/territory';
import {
  formatEuros,
  formatEurosRounded,
  formatInteger,
  formatIsoDate,
  formatList,
  formatProgress,
  formatRatio,
  formatShare,
  plural,
} from '../../lib/format';
import {
  coverageLabel,
  coverageProgressSeries,
  domainLabel,
  domainRows,
  euroSeries,
  funderRows,
  territoryMapFigures,
  territoryRows,
} from '../dashboard/chart-data';
import { overviewKeyFigures } from '../dashboard/key-figures-data';
import { type MapMetric, mapMetricLabels, mapMetricPhrases } from '../map/map-params';
import type { TerritoryMapFigures } from '../map/territory-map-data';

/**
 * The annual report as words, figures and tables: what the page shows, what prints, and what the Word file
 * holds, written once here from the domain's sections (domain/annual-report.ts). Pure, no React: the page
 * and the .docx writer each lay these blocks out in their own medium, so that they say the same thing.
 */

export type ReportKeyFigure = { key: string; label: string; value: string; detail?: string };

export type ReportTableColumn = {
  key: string;
  header: string;
  numeric?: boolean;
  /** Its values read as one and are never broken across lines (« 19 616 habitants », « non disponible »). */
  nowrap?: boolean;
};

export type ReportTableRow = {
  key: string;
  header: string;
  cells: Record<string, string>;
  /** A group's heading row (an objective over its actions), or the total row. */
  kind?: 'group' | 'total';
};

export type ReportTable = {
  key: string;
  caption: string;
  /** Header of the first column, which heads each row. */
  rowHeader: string;
  columns: ReportTableColumn[];
  rows: ReportTableRow[];
  /** Too wide for a portrait page: the Word file puts it on landscape pages. */
  wide?: boolean;
};

export type ReportChart = {
  key: string;
  title: string;
  summary: string;
  rule?: string;
  series: BarSeries[];
  rows: BarRow[];
  categoryHeader: string;
  unit: 'percent' | 'euros';
};

/** Section 2's map: the neighbourhoods coloured by a figure of the year, the dashboard's for `?annee=N`. */
export type ReportMap = {
  key: string;
  title: string;
  /** What it shows, in a sentence (the page writes its own from what it draws: which are on the map). */
  summary: string;
  rule: string;
  year: number;
  metric: MapMetric;
  territories: readonly Territory[];
  figures: readonly TerritoryMapFigures[];
  /** Each territory's value in words (« Terre-Rouge : 44 % (12/27) »), for the Word file's text. */
  values: string[];
};

export type ReportBlock =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'rule' | 'unavailable' }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'figures'; label: string; figures: ReportKeyFigure[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'map'; map: ReportMap }
  /** Something the page is waiting for (loading), or could not read (failed): the page offers a retry. */
  | { kind: 'status'; status: 'loading' | 'failed'; text: string };

/** What the team adds to a section besides its commentary. */
export type SectionInput = 'commentary' | 'contributions' | 'opinions';

/** The heading of the team's text in a section: in the page, the print and the Word file. */
export const commentaryHeading = (input: SectionInput) =>
  input === 'contributions' ? 'Analyse et perspectives de l’équipe' : 'Commentaire de l’équipe';

/** What stands in place of a commentary not written yet. */
export const COMMENTARY_PLACEHOLDER = 'Commentaire à rédiger.';

export type ReportSectionContent = {
  id: ReportSectionId;
  number: number;
  title: string;
  /** "1. Rappel des orientations du contrat" */
  heading: string;
  blocks: ReportBlock[];
  input: SectionInput;
  /**
   * Some of its figures are still loading (section 2's statistics): they are not compared with what a
   * commentary was written on, nor kept with one, until they are there.
   */
  pending?: boolean;
};

export type ReportContext = {
  contractName: string;
  contractCode: string | null;
  agglomeration: string;
  period: { start: number; end: number };
  /** The data date ("données au"), when the data give one. */
  dataDate: string | null;
  fictitious: boolean;
  territories: readonly Territory[];
};

export type ReportContent = {
  year: number;
  title: string;
  context: ReportContext;
  sections: ReportSectionContent[];
};

export const FICTITIOUS_NOTICE = 'Données fictives de démonstration';

/** What section 2 says when the statistics are not published (indicators.json absent). */
export const STATISTICS_UNPUBLISHED = 'Statistiques non publiées pour les quartiers du contrat.';
export const STATISTICS_LOADING = 'Chargement des statistiques des quartiers…';
export const STATISTICS_FAILED = 'Statistiques des quartiers indisponibles';

export const reportTitle = (year: number) => `Rapport annuel de la politique de la ville ${year}`;

const sectionHeading = (id: ReportSectionId, year: number) =>
  `${reportSectionNumber(id)}. ${reportSectionTitle(id, year)}`;

const figureText = (detail: unknown) => (typeof detail === 'string' ? detail : undefined);

// ---- 1 ----

const orientationBlocks = ({ orientations }: AnnualReport, context: ReportContext): ReportBlock[] => {
  const { counts } = orientations;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `${context.contractName} (${context.period.start}–${context.period.end}) : ${plural(counts.axes, 'axe transversal', 'axes transversaux')} et ${plural(counts.pillars, 'pilier', 'piliers')}, déclinés en ${plural(counts.strategic, 'objectif stratégique', 'objectifs stratégiques')} et ${plural(counts.operational, 'objectif opérationnel', 'objectifs opérationnels')}.`,
    },
    {
      kind: 'figures',
      label: 'Le contrat en chiffres',
      figures: [
        { key: 'axes', label: 'Axes transversaux', value: formatInteger(counts.axes) },
        { key: 'pillars', label: 'Piliers', value: formatInteger(counts.pillars) },
        { key: 'strategic', label: 'Objectifs stratégiques', value: formatInteger(counts.strategic) },
        { key: 'operational', label: 'Objectifs opérationnels', value: formatInteger(counts.operational) },
      ],
    },
  ];
  for (const domain of orientations.domains) {
    blocks.push({
      kind: 'subheading',
      text: `${nodeKindLabels[domain.node.kind].singular} : ${domainLabel(domain.node)}`,
    });
    if (domain.node.goal) blocks.push({ kind: 'paragraph', text: domain.node.goal });
    blocks.push({
      kind: 'list',
      label: `Objectifs stratégiques : ${domainLabel(domain.node)}`,
      items: domain.strategic.map(
        ({ node, operational }) =>
          `${node.code} ${node.label} (${plural(operational, 'objectif opérationnel', 'objectifs opérationnels')})`,
      ),
    });
  }
  return blocks;
};

// ---- 2 ----

/** The figure section 2's map is coloured by: the year's coverage, the dashboard's figure for `?annee=N`. */
export const SITUATION_MAP_METRIC: MapMetric = 'couverture';

const situationMap = (report: AnnualReport, context: ReportContext): ReportMap => {
  const { year } = report;
  // The dashboard's own figures for ?annee=N, as the overview's map reads them (the same roll-ups).
  const figures = territoryMapFigures(report.actions.dashboard);
  const byId = new Map(figures.map((each) => [each.id, each]));
  const metric = SITUATION_MAP_METRIC;
  const count = context.territories.length;
  return {
    key: 'situation-map',
    title: `Carte des quartiers : ${mapMetricLabels[metric].toLowerCase()} en ${year}`,
    summary: `${count > 1 ? `Les ${formatInteger(count)} quartiers` : 'Le quartier'} du contrat, colorés selon ${mapMetricPhrases[metric]} de leurs objectifs opérationnels par les actions de ${year}.`,
    rule: coverageRule,
    year,
    metric,
    territories: context.territories,
    figures,
    values: context.territories.map(
      (territory) => `${territory.name} : ${byId.get(territory.id)?.texts[metric] ?? 'aucune action'}`,
    ),
  };
};

/** A comparison's value, with its vintage when it is not the territory's own (« 19 616 habitants (2016) »). */
const comparisonText = (comparison: ContextValue | undefined, ownVintage: number | null) => {
  if (!comparison) return NOT_AVAILABLE_TEXT;
  return comparison.vintage !== null && comparison.vintage !== ownVintage && comparison.value !== null
    ? `${comparison.text} (${comparison.vintage})`
    : comparison.text;
};

/** A territory's statistics as one table: by theme, each figure with its vintage, source and commune's. */
const contextTable = (
  territory: Territory,
  figures: Extract<ContextFigures, { status: 'ready' }>,
): ReportTable => {
  const all: ContextFigure[] = figures.groups.flatMap((group) => [...group.figures]);
  const areas = [...new Set(all.flatMap((figure) => figure.comparisons.map((each) => each.area)))];
  const origin = (value: ContextValue) => ({
    vintage: value.vintage === null ? '—' : String(value.vintage),
    source: value.source?.publisher ?? '—',
  });
  const rows: ReportTableRow[] = [];
  for (const group of figures.groups) {
    rows.push({ key: `group:${group.key}`, header: group.title, kind: 'group', cells: {} });
    for (const figure of group.figures) {
      rows.push({
        key: figure.id,
        header: figure.label,
        cells: {
          own: figure.own.text,
          ...Object.fromEntries(
            areas.map((area) => [
              `area:${area}`,
              comparisonText(
                figure.comparisons.find((each) => each.area === area),
                figure.own.vintage,
              ),
            ]),
          ),
          ...origin(figure.own),
        },
      });
      for (const detail of figure.details ?? []) {
        rows.push({
          key: `${figure.id}:${detail.id}`,
          header: `${figure.label} : ${detail.label}`,
          cells: {
            own: detail.text,
            // The sources give no commune's figure for what is written beside another one.
            ...Object.fromEntries(areas.map((area) => [`area:${area}`, NOT_AVAILABLE_TEXT])),
            ...origin(detail),
          },
        });
      }
    }
  }
  return {
    key: `situation-${territory.id}`,
    caption: `Indicateurs de contexte : ${territory.name}`,
    rowHeader: 'Indicateur',
    columns: [
      { key: 'own', header: territory.name, numeric: true, nowrap: true },
      ...areas.map((area) => ({ key: `area:${area}`, header: area, numeric: true, nowrap: true })),
      { key: 'vintage', header: 'Millésime', numeric: true },
      { key: 'source', header: 'Source' },
    ],
    rows,
  };
};

/** « Statistiques non publiées pour … », by the reason: not a QPV, or a QPV the file says nothing of. */
const withoutStatisticsTexts = (without: readonly { territory: Territory }[]): string[] => {
  const others = without.filter(({ territory }) => territory.kind !== 'qpv').map((each) => each.territory);
  const qpv = without.filter(({ territory }) => territory.kind === 'qpv').map((each) => each.territory);
  const names = (list: readonly Territory[]) => formatList(list.map((territory) => territory.name));
  const texts: string[] = [];
  if (others.length > 0) {
    texts.push(
      `Statistiques non publiées pour ${names(others)} : ${others.length > 1 ? 'ce ne sont pas des quartiers prioritaires (QPV)' : 'ce n’est pas un quartier prioritaire (QPV)'}, et les statistiques infracommunales publiées par l’INSEE ne portent que sur les QPV.`,
    );
  }
  if (qpv.length > 0) {
    texts.push(
      `Statistiques non publiées pour ${names(qpv)} : ${qpv.length > 1 ? 'ces quartiers prioritaires n’ont' : 'ce quartier prioritaire n’a'} aucune statistique dans les données du tableau de bord (indicators.json).`,
    );
  }
  return texts;
};

const sourcesText = (sources: Extract<SituationSection, { status: 'ready' }>['sources']) =>
  `Sources des statistiques (données réelles) : ${sources
    .map(
      (source) =>
        `${source.publisher}${source.dataset ? `, ${source.dataset}` : ''}${source.licence ? ` (${source.licence})` : ''}${source.vintages.length > 0 ? `, ${source.vintages.length > 1 ? 'millésimes' : 'millésime'} ${formatList(source.vintages.map(String))}` : ''}`,
    )
    .join(' ; ')}.`;

const STATISTICS_HEADING = 'Les quartiers en chiffres';

/** « Quartier prioritaire (QPV) » → « quartier prioritaire (QPV) », after a comma. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const statisticsBlocks = (situation: SituationSection): ReportBlock[] => {
  switch (situation.status) {
    case 'loading':
      return [
        { kind: 'subheading', text: STATISTICS_HEADING },
        { kind: 'status', status: 'loading', text: STATISTICS_LOADING },
      ];
    case 'failed':
      return [
        { kind: 'subheading', text: STATISTICS_HEADING },
        {
          kind: 'status',
          status: 'failed',
          text: `${STATISTICS_FAILED} : le fichier des statistiques des quartiers (indicators.json) n’a pas pu être lu (${situation.reason}).`,
        },
      ];
    case 'unpublished':
      return [
        { kind: 'subheading', text: STATISTICS_HEADING },
        { kind: 'paragraph', tone: 'unavailable', text: STATISTICS_UNPUBLISHED },
        {
          kind: 'paragraph',
          text: 'Le fichier des statistiques publiques des quartiers (indicators.json) n’est pas publié dans les données du tableau de bord : cette partie ne présente aucun chiffre de contexte.',
        },
      ];
    case 'ready':
      break;
  }
  const blocks: ReportBlock[] = [];
  for (const { territory, figures } of situation.territories) {
    blocks.push({
      kind: 'subheading',
      text: `${territory.name}, ${lowerFirst(territoryKindLabels[territory.kind])}`,
    });
    blocks.push({ kind: 'table', table: contextTable(territory, figures) });
  }
  if (situation.territories.length > 0) {
    blocks.splice(0, 0, {
      kind: 'paragraph',
      text: 'Les statistiques publiques de chaque quartier (population, revenus, emploi) : des données réelles, et non des chiffres du contrat. Chaque valeur a son millésime, l’année qu’elle décrit, souvent antérieure à celle du rapport : ce sont les dernières publiées. Quand la source le donne, le même chiffre est donné pour la commune ; sinon la case dit « non disponible », jamais 0.',
    });
    if (situation.sources.length > 0)
      blocks.push({ kind: 'paragraph', tone: 'rule', text: sourcesText(situation.sources) });
  }
  if (situation.without.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Territoires sans statistiques publiées' });
    for (const text of withoutStatisticsTexts(situation.without)) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
};

const situationBlocks = (report: AnnualReport, context: ReportContext): ReportBlock[] => [
  {
    kind: 'paragraph',
    text: `Les quartiers du contrat sur la carte, colorés selon les actions de ${report.year}, puis ce que disent d’eux les statistiques publiques.`,
  },
  { kind: 'subheading', text: 'Les quartiers du contrat' },
  { kind: 'map', map: situationMap(report, context) },
  ...statisticsBlocks(report.situation),
];

// ---- 3 ----

const activityColumns: ReportTableColumn[] = [
  { key: 'actions', header: 'Actions', numeric: true },
  { key: 'counting', header: 'dont comptées', numeric: true },
  { key: 'cost', header: 'Coût', numeric: true },
  { key: 'coverage', header: 'Couverture', numeric: true },
  { key: 'progress', header: 'Avancement moyen', numeric: true },
  { key: 'unreported', header: 'Sans avancement déclaré', numeric: true },
  { key: 'gaps', header: 'Objectifs sans action', numeric: true },
];

const activityCells = (figures: NodeFigures, gaps: number): Record<string, string> => ({
  actions: formatInteger(figures.actions),
  counting: formatInteger(figures.countingActions),
  cost: formatEurosRounded(figures.budget),
  coverage: coverageLabel(figures),
  progress: formatProgress(figures.progress),
  unreported: formatInteger(figures.unreportedActions),
  gaps: formatInteger(gaps),
});

const territoryNames = (territories: readonly Territory[]) =>
  new Map(territories.map((territory) => [territory.id, territory.name]));

const actionsBlocks = (report: AnnualReport, context: ReportContext): ReportBlock[] => {
  const { actions: section, year } = report;
  const { dashboard } = section;
  const names = territoryNames(context.territories);
  const empty = dashboard.actions.length === 0;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `Les chiffres de cette partie sont ceux du tableau de bord filtré sur l’année ${year} (programmation ${year}), à la date des données${context.dataDate ? ` du ${formatIsoDate(context.dataDate)}` : ''}.`,
    },
    {
      kind: 'figures',
      label: `Chiffres clés ${year}`,
      figures: overviewKeyFigures({ figures: dashboard, dataDate: context.dataDate })
        .filter((figure) => figure.key !== 'date')
        .map((figure) => ({
          key: figure.key,
          label: figure.label,
          value: figure.value,
          detail: figureText(figure.detail),
        })),
    },
    {
      kind: 'paragraph',
      tone: 'rule',
      text: `Actions comptées : programmées, en cours ou réalisées. ${coverageRule} ${progressRule} ${lateRule}`,
    },
  ];
  if (empty) {
    blocks.push({
      kind: 'paragraph',
      tone: 'unavailable',
      text: `Aucune action n’est programmée en ${year} dans les données : il n’y a pas d’action à présenter pour cette année.`,
    });
    return blocks;
  }

  blocks.push({ kind: 'subheading', text: 'Par pilier et axe transversal' });
  blocks.push({
    kind: 'chart',
    chart: {
      key: 'actions-domains',
      title: `Couverture et avancement par pilier et axe en ${year}`,
      summary: `Part des objectifs opérationnels couverts et avancement moyen, pour chacun des ${dashboard.domains.length} piliers et axes, en ${year}.`,
      rule: `${coverageRule} ${progressRule}`,
      series: coverageProgressSeries,
      rows: domainRows(dashboard.domains, dashboard.rollUp),
      categoryHeader: 'Pilier ou axe',
      unit: 'percent',
    },
  });
  blocks.push({
    kind: 'table',
    table: {
      key: 'actions-domains',
      caption: `Actions ${year} par pilier et axe transversal`,
      rowHeader: 'Pilier ou axe',
      columns: activityColumns,
      rows: [
        ...section.domains.map(({ node, figures, gaps }) => ({
          key: node.code,
          header: `${node.code} ${domainLabel(node)}`,
          cells: activityCells(figures, gaps.length),
        })),
        {
          key: 'contract',
          header: 'Ensemble du contrat',
          kind: 'total' as const,
          cells: activityCells(dashboard.contract, dashboard.gaps.length),
        },
      ],
    },
  });
  blocks.push({ kind: 'paragraph', tone: 'rule', text: budgetShareRule });

  blocks.push({ kind: 'subheading', text: 'Par quartier' });
  blocks.push({
    kind: 'chart',
    chart: {
      key: 'actions-territories',
      title: `Couverture et avancement par quartier en ${year}`,
      summary: `Pour chacun des ${dashboard.territories.length} quartiers, la part des objectifs opérationnels qui y ont une action en ${year} et l’avancement moyen de ses actions.`,
      rule: `${coverageRule} ${progressRule}`,
      series: coverageProgressSeries,
      rows: territoryRows(dashboard),
      categoryHeader: 'Quartier',
      unit: 'percent',
    },
  });
  blocks.push({
    kind: 'table',
    table: {
      key: 'actions-territories',
      caption: `Actions ${year} par quartier`,
      rowHeader: 'Quartier',
      columns: activityColumns,
      rows: section.territories.map(({ territory, figures, gaps }) => ({
        key: territory.id,
        header: territory.name,
        cells: activityCells(figures, gaps),
      })),
    },
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'rule',
    text: 'Chaque quartier est compté sur ses propres actions : une action menée dans plusieurs quartiers compte dans chacun, pour sa part du coût. Ses objectifs sans action sont ceux qu’aucune de ses actions de l’année ne sert.',
  });

  blocks.push({ kind: 'subheading', text: `Objectifs opérationnels sans action en ${year}` });
  if (dashboard.gaps.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Chaque objectif opérationnel a au moins une action programmée, en cours ou réalisée en ${year}.`,
    });
  } else {
    blocks.push({
      kind: 'table',
      table: {
        key: 'actions-gaps',
        caption: `Objectifs opérationnels sans action en ${year} (${formatInteger(dashboard.gaps.length)})`,
        rowHeader: 'Objectif opérationnel',
        columns: [{ key: 'domain', header: 'Pilier ou axe' }],
        rows: dashboard.gaps.map(({ objective, domain }) => ({
          key: objective.code,
          header: `${objective.code} ${objective.label}`,
          cells: { domain: domainLabel(domain) },
        })),
      },
    });
  }

  blocks.push({ kind: 'subheading', text: `Les actions ${year} par objectif opérationnel` });
  blocks.push({
    kind: 'paragraph',
    tone: 'rule',
    text: 'Une action qui sert plusieurs objectifs figure sous chacun d’eux ; son coût est celui de l’action entière.',
  });
  const rows: ReportTableRow[] = [];
  for (const { objective, actions } of section.byObjective) {
    rows.push({
      key: `objective:${objective.code}`,
      header: `${objective.code} ${objective.label} (${plural(actions.length, 'action', 'actions')})`,
      kind: 'group',
      cells: {},
    });
    for (const action of actions) {
      rows.push({
        key: `${objective.code}:${action.id}`,
        header: `${action.id} — ${action.title}`,
        cells: {
          porteur: action.porteur.name,
          territories: action.territories.map((id) => names.get(id) ?? id).join(', '),
          status: actionStatusLabels[action.status],
          progress: formatProgress(action.progress),
          cost: formatEuros(action.budget.totalCost),
        },
      });
    }
  }
  blocks.push({
    kind: 'table',
    table: {
      key: 'actions-by-objective',
      caption: `Actions ${year} par objectif opérationnel`,
      rowHeader: 'Objectif, puis action',
      columns: [
        { key: 'porteur', header: 'Porteur' },
        { key: 'territories', header: 'Quartiers' },
        { key: 'status', header: 'Statut' },
        { key: 'progress', header: 'Avancement', numeric: true },
        { key: 'cost', header: 'Coût total', numeric: true },
      ],
      rows,
    },
  });
  return blocks;
};

// ---- 4 ----

const signedEuros = (value: number) =>
  value === 0 ? '0 €' : `${value > 0 ? '+' : '−'}${formatEurosRounded(Math.abs(value))}`;

const signedShare = (share: number | null) =>
  share === null ? '—' : `${share > 0 ? '+' : share < 0 ? '−' : ''}${formatShare(Math.abs(share))}`;

const leverageText = (budget: BudgetBreakdown) =>
  budget.leverage.ratio === null ? 'sans objet' : `${formatRatio(budget.leverage.ratio)} €`;

const meansBlocks = ({ means }: AnnualReport): ReportBlock[] => {
  const { year, previousYear, current, previous } = means;
  const columns: ReportTableColumn[] = [
    { key: 'previous', header: String(previousYear), numeric: true },
    { key: 'current', header: String(year), numeric: true },
    { key: 'change', header: 'Évolution', numeric: true },
    { key: 'relative', header: 'Évolution (%)', numeric: true },
  ];
  const missing = 'aucune action';
  const compare = (key: string, header: string, now: number, then: number | null, kind?: 'total') => ({
    key,
    header,
    kind,
    cells: {
      previous: then === null ? missing : formatEuros(then),
      current: formatEuros(now),
      change: then === null ? '—' : signedEuros(now - then),
      relative: signedShare(relativeChange(then, now)),
    },
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `Les montants sont ceux de la programmation ${year}, tels que chaque action les déclare (coût total et financement par financeur), comparés à la programmation ${previousYear}.`,
    },
    {
      kind: 'figures',
      label: `Moyens ${year}`,
      figures: [
        {
          key: 'cost',
          label: 'Coût total des actions',
          value: formatEurosRounded(current.totalCost),
          detail: `${plural(means.currentActions, 'action', 'actions')} programmées en ${year}`,
        },
        {
          key: 'state',
          label: 'Crédits de l’État (BOP 147)',
          value: formatEurosRounded(current.byFunder.etat),
          detail: `${formatShare(current.stateShare)} du coût total`,
        },
        {
          key: 'leverage',
          label: 'Effet levier',
          value: leverageText(current),
          detail:
            current.leverage.ratio === null
              ? 'aucune action n’est financée par l’État'
              : `d’autres financements pour 1 € de l’État, sur ${plural(current.leverage.actions, 'action', 'actions')} cofinancées`,
        },
        {
          key: 'previous',
          label: `Coût total en ${previousYear}`,
          value: previous ? formatEurosRounded(previous.totalCost) : 'aucune action',
          detail: previous
            ? `évolution : ${signedShare(relativeChange(previous.totalCost, current.totalCost))}`
            : `les données ne contiennent pas de programmation ${previousYear}`,
        },
      ],
    },
    {
      kind: 'chart',
      chart: {
        key: 'means-funders',
        title: `Financements par financeur en ${year}`,
        summary: `Montants engagés par chaque financeur sur les actions de ${year}, du plus important au plus petit.`,
        rule: 'Montants programmés, tels que déclarés dans le budget de chaque action.',
        series: euroSeries('Montant'),
        rows: funderRows(current),
        categoryHeader: 'Financeur',
        unit: 'euros',
      },
    },
    {
      kind: 'table',
      table: {
        key: 'means-funders',
        caption: `Financements par financeur, ${previousYear} et ${year}`,
        rowHeader: 'Financeur',
        columns,
        rows: [
          ...means.funders.map(({ funder, current: now, previous: then }) =>
            compare(funder, funderLabels[funder as Funder], now, then),
          ),
          compare(
            'declared',
            'Total des financements déclarés',
            current.declared,
            previous?.declared ?? null,
            'total',
          ),
          compare('total', 'Coût total des actions', current.totalCost, previous?.totalCost ?? null, 'total'),
        ],
      },
    },
    {
      kind: 'table',
      table: {
        key: 'means-state',
        caption: `Crédits de l’État et effet levier, ${previousYear} et ${year}`,
        rowHeader: 'Mesure',
        columns: columns.slice(0, 2),
        rows: [
          {
            key: 'actions',
            header: 'Actions programmées',
            cells: {
              previous: formatInteger(means.previousActions),
              current: formatInteger(means.currentActions),
            },
          },
          {
            key: 'state-share',
            header: 'Part de l’État dans le coût total',
            cells: {
              previous: previous ? formatShare(previous.stateShare) : missing,
              current: formatShare(current.stateShare),
            },
          },
          {
            key: 'state-actions',
            header: 'Actions financées par l’État',
            cells: {
              previous: previous ? formatInteger(previous.leverage.actions) : missing,
              current: formatInteger(current.leverage.actions),
            },
          },
          {
            key: 'state-amount',
            header: 'Crédits de l’État sur ces actions',
            cells: {
              previous: previous ? formatEuros(previous.leverage.state) : missing,
              current: formatEuros(current.leverage.state),
            },
          },
          {
            key: 'other-amount',
            header: 'Autres financements sur ces actions',
            cells: {
              previous: previous ? formatEuros(previous.leverage.other) : missing,
              current: formatEuros(current.leverage.other),
            },
          },
          {
            key: 'leverage',
            header: 'Effet levier (autres financements pour 1 € de l’État)',
            cells: { previous: previous ? leverageText(previous) : missing, current: leverageText(current) },
          },
        ],
      },
    },
    { kind: 'paragraph', tone: 'rule', text: `${stateShareRule} ${leverageRule}` },
  ];
  return blocks;
};

// ---- 5 ----

const perspectivesBlocks = (year: number): ReportBlock[] => [
  {
    kind: 'paragraph',
    text: `Cette partie est rédigée par l’équipe du contrat : les enseignements de l’année ${year}, les pistes d’amélioration et les priorités de l’année suivante, ainsi que les contributions reçues (conseils citoyens, partenaires).`,
  },
];

// ---- 6 ----

const annexesBlocks = (report: AnnualReport, context: ReportContext): ReportBlock[] => {
  const { year } = report;
  const names = territoryNames(context.territories);
  const actions: readonly Action[] = report.annexes.actions;
  return [
    { kind: 'subheading', text: `Annexe 1 : liste des actions ${year}` },
    actions.length === 0
      ? { kind: 'paragraph', text: `Aucune action n’est programmée en ${year} dans les données.` }
      : {
          kind: 'table',
          table: {
            key: 'annex-actions',
            wide: true,
            caption: `Liste des ${plural(actions.length, 'action', 'actions')} de la programmation ${year}`,
            rowHeader: 'Action',
            columns: [
              { key: 'porteur', header: 'Porteur' },
              { key: 'objectives', header: 'Objectifs' },
              { key: 'territories', header: 'Quartiers' },
              { key: 'status', header: 'Statut' },
              { key: 'cost', header: 'Coût total', numeric: true },
              { key: 'state', header: 'dont État (BOP 147)', numeric: true },
              { key: 'progress', header: 'Avancement', numeric: true },
            ],
            rows: actions.map((action) => ({
              key: action.id,
              header: `${action.id} — ${action.title}`,
              cells: {
                porteur: `${action.porteur.name} (${porteurTypeLabels[action.porteur.type]})`,
                objectives: action.objectives.join(', '),
                territories: action.territories.map((id) => names.get(id) ?? id).join(', '),
                status: actionStatusLabels[action.status],
                cost: formatEuros(action.budget.totalCost),
                state: formatEuros(action.budget.funding.etat ?? 0),
                progress: formatProgress(action.progress),
              },
            })),
          },
        },
    { kind: 'subheading', text: 'Annexe 2 : avis reçus' },
    {
      kind: 'paragraph',
      tone: 'rule',
      text: 'Les conseils municipaux des communes concernées et les conseils citoyens donnent leur avis sur le projet de rapport (décret n° 2015-1118) ; faute de réponse dans le délai fixé, d’un mois au moins, leur avis est réputé favorable. Leurs avis sont annexés au rapport, et le conseil communautaire indique, en l’approuvant, les suites données à leurs observations.',
    },
  ];
};

const sectionInput: Record<ReportSectionId, SectionInput> = {
  orientations: 'commentary',
  situation: 'commentary',
  actions: 'commentary',
  moyens: 'commentary',
  perspectives: 'contributions',
  annexes: 'opinions',
};

/**
 * Each section's blocks, once per the figures they are written from and the context: a report rebuilt
 * because one part changed (section 2's statistics arrive after the rest) keeps the other parts' blocks,
 * so that the page does not lay their tables and charts out again.
 */
const blockCache = new WeakMap<object, unknown>();
const blocksOnce = (keys: readonly object[], build: () => ReportBlock[]): ReportBlock[] => {
  let level = blockCache;
  for (const key of keys.slice(0, -1)) {
    let next = level.get(key) as WeakMap<object, unknown> | undefined;
    if (!next) {
      next = new WeakMap();
      level.set(key, next);
    }
    level = next;
  }
  const last = keys.at(-1) as object;
  let blocks = level.get(last) as ReportBlock[] | undefined;
  if (!blocks) {
    blocks = build();
    level.set(last, blocks);
  }
  return blocks;
};

/** The whole report in words, tables and charts, section by section, in the décret's order. */
export const reportContent = (report: AnnualReport, context: ReportContext): ReportContent => {
  const { year } = report;
  // Keyed by the builder first: two sections written from the same figures keep apart.
  const blocksOf: Record<ReportSectionId, () => ReportBlock[]> = {
    orientations: () =>
      blocksOnce([orientationBlocks, context, report.orientations], () => orientationBlocks(report, context)),
    situation: () =>
      blocksOnce([situationBlocks, context, report.actions, report.situation], () =>
        situationBlocks(report, context),
      ),
    actions: () => blocksOnce([actionsBlocks, context, report.actions], () => actionsBlocks(report, context)),
    moyens: () => blocksOnce([meansBlocks, context, report.means], () => meansBlocks(report)),
    perspectives: () =>
      blocksOnce([perspectivesBlocks, context, report.actions], () => perspectivesBlocks(year)),
    annexes: () => blocksOnce([annexesBlocks, context, report.annexes], () => annexesBlocks(report, context)),
  };
  return {
    year,
    title: reportTitle(year),
    context,
    sections: reportSectionIds.map((id) => ({
      id,
      number: reportSectionNumber(id),
      title: reportSectionTitle(id, year),
      heading: sectionHeading(id, year),
      blocks: blocksOf[id](),
      input: sectionInput[id],
      ...(id === 'situation' && report.situation.status === 'loading' ? { pending: true } : {}),
    })),
  };
};

/**
 * The figures a section shows, each named in words ("Actions 2023 par quartier — Terre-Rouge — Coût"), with
 * its value as written. Kept with a commentary when it is written, and compared later: a figure whose value
 * is no longer the same is flagged beside the commentary, so that the text is checked again.
 */
export const sectionFigureValues = (section: ReportSectionContent): Record<string, string> => {
  const values: Record<string, string> = {};
  const put = (key: string, value: string) => {
    let unique = key;
    for (let n = 2; unique in values; n += 1) unique = `${key} (${n})`;
    values[unique] = value;
  };
  for (const block of section.blocks) {
    if (block.kind === 'figures') {
      for (const figure of block.figures) put(`${block.label} — ${figure.label}`, figure.value);
    } else if (block.kind === 'table') {
      const { table } = block;
      let group = '';
      for (const row of table.rows) {
        if (row.kind === 'group') {
          group = `${row.header} — `;
          continue;
        }
        for (const column of table.columns) {
          const cell = row.cells[column.key];
          if (cell !== undefined) put(`${table.caption} — ${group}${row.header} — ${column.header}`, cell);
        }
      }
    } else if (
      (block.kind === 'paragraph' && block.tone === 'unavailable') ||
      (block.kind === 'status' && block.status === 'failed')
    ) {
      put(block.text, block.text);
    }
  }
  return values;
};

export type FigureChange = { key: string; before: string | null; after: string | null };

/** The figures whose value differs between two readings; a figure gone or new counts as changed. */
export const figureChanges = (
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): FigureChange[] => {
  const changes: FigureChange[] = [];
  for (const [key, value] of Object.entries(before)) {
    const now = Object.hasOwn(after, key) ? (after[key] as string) : null;
    if (now !== value) changes.push({ key, before: value, after: now });
  }
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) changes.push({ key, before: null, after: value });
  }
  return changes;
};
