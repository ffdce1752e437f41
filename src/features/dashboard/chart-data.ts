import type { BarRow, BarSeries } from '../../components/charts/bar-chart-model';
import { MISSING_VALUE_TEXT } from '../../components/charts/chart-figure';
import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
  funderLabels,
  funders,
} from '../../domain/action';
import type { BudgetBreakdown } from '../../domain/budget';
import type { DashboardFigures } from '../../domain/dashboard-figures';
import type { ObjectiveNode } from '../../domain/objective-tree';
import { shortLabel } from '../../domain/objective-tree-queries';
import { emptyNodeFigures, type NodeFigures, type RollUp, shareOf } from '../../domain/roll-up';
import type { CsvCell } from '../../lib/csv';
import { formatEurosShort, formatInteger, formatProgress, formatShare } from '../../lib/format';
import type { TerritoryMapFigures } from '../map/territory-map-data';

/**
 * Pure functions that shape the dashboard's figures into chart rows: one row per bar group, each value in
 * the chart's unit and the text written on the bar. Charts draw these and compute nothing.
 */

/** Ticks of a 0–100 % value axis. */
export const percentTick = (value: number) => `${value} %`;

export const coverageProgressSeries: BarSeries[] = [
  { key: 'coverage', label: 'Couverture', colorVar: '--chart-1' },
  { key: 'progress', label: 'Avancement moyen', colorVar: '--chart-2', pattern: 'hatched' },
];

export const coverageLabel = (figures: NodeFigures) => {
  const { covered, total } = figures.coverage;
  return `${formatShare(shareOf(figures.coverage))} (${formatInteger(covered)}/${formatInteger(total)})`;
};

/** A share as a percentage to a tenth: 0.4567 → 45.7; null stays null. */
export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Coverage in % with "covered/total"; progress in % or "non renseigné", never 0. */
export const coverageProgressValues = (figures: NodeFigures | undefined) => {
  const safe = figures ?? emptyNodeFigures;
  return {
    // To a tenth of a point: the bars cannot show finer, and an export should not show "96,02564102564104".
    values: {
      coverage: percentOf(shareOf(safe.coverage)),
      progress: safe.progress === null ? null : Math.round(safe.progress * 10) / 10,
    },
    valueLabels: { coverage: coverageLabel(safe), progress: formatProgress(safe.progress) },
  };
};

export const domainLabel = (domain: ObjectiveNode) => shortLabel(domain);

/** Coverage and progress per axis and pillar in scope. */
export const domainRows = (
  domains: readonly ObjectiveNode[],
  rollUp: RollUp,
  hrefFor?: (domain: ObjectiveNode) => string,
): BarRow[] =>
  domains.map((domain) => ({
    key: domain.code,
    label: domainLabel(domain),
    href: hrefFor?.(domain),
    ...coverageProgressValues(rollUp.byCode.get(domain.code)),
  }));

/** Coverage and progress per territory in scope, each over its own actions. */
export const territoryRows = (figures: DashboardFigures, hrefFor?: (id: string) => string): BarRow[] =>
  figures.territories.map(({ territory, rollUp }) => ({
    key: territory.id,
    label: territory.name,
    href: hrefFor?.(territory.id),
    ...coverageProgressValues(rollUp.contract),
  }));

/** One metric per domain, for a territory against the whole contract. */
export const comparisonRows = (
  domains: readonly ObjectiveNode[],
  local: RollUp,
  whole: RollUp,
  metric: 'coverage' | 'progress',
): BarRow[] => {
  const pick = (rollUp: RollUp, code: string) => coverageProgressValues(rollUp.byCode.get(code));
  return domains.map((domain) => {
    const here = pick(local, domain.code);
    const all = pick(whole, domain.code);
    return {
      key: domain.code,
      label: domainLabel(domain),
      values: { local: here.values[metric], whole: all.values[metric] },
      valueLabels: { local: here.valueLabels[metric], whole: all.valueLabels[metric] },
    };
  });
};

/** The operational objectives of a strategic one: progress on the bar, "aucune action" when uncovered. */
export const operationalRows = (
  strategic: ObjectiveNode,
  rollUp: RollUp,
  hrefFor?: (objective: ObjectiveNode) => string,
): BarRow[] =>
  strategic.children.map((objective) => {
    const figures = rollUp.byCode.get(objective.code) ?? emptyNodeFigures;
    const covered = figures.coverage.covered > 0;
    return {
      key: objective.code,
      label: `${objective.code} ${objective.label}`,
      href: hrefFor?.(objective),
      values: { progress: covered ? figures.progress : null },
      valueLabels: {
        progress: covered
          ? `${formatProgress(figures.progress)} · ${formatInteger(figures.countingActions)} action${figures.countingActions > 1 ? 's' : ''}`
          : 'aucune action',
      },
    };
  });

export const euroSeries = (label: string): BarSeries[] => [{ key: 'amount', label, colorVar: '--chart-1' }];

const euroRow = (key: string, label: string, amount: number, href?: string): BarRow => ({
  key,
  label,
  href,
  values: { amount },
  valueLabels: { amount: formatEurosShort(amount) },
});

/** Funders that gave something, largest first; the exact amounts are in the table. */
export const funderRows = (budget: BudgetBreakdown): BarRow[] =>
  funders
    .filter((funder) => budget.byFunder[funder] > 0)
    .sort((a, b) => budget.byFunder[b] - budget.byFunder[a])
    .map((funder) => euroRow(funder, funderLabels[funder], budget.byFunder[funder]));

export const yearRows = (budget: BudgetBreakdown): BarRow[] =>
  budget.byYear.map(({ year, totalCost }) => euroRow(String(year), String(year), totalCost));

export const domainBudgetRows = (domains: readonly ObjectiveNode[], rollUp: RollUp): BarRow[] =>
  domains.map((domain) =>
    euroRow(domain.code, domainLabel(domain), rollUp.byCode.get(domain.code)?.budget ?? 0),
  );

export const territoryBudgetRows = (figures: DashboardFigures): BarRow[] =>
  figures.territories.map(({ territory, rollUp }) =>
    euroRow(territory.id, territory.name, rollUp.contract.budget),
  );

export const statusRows = (byStatus: Record<ActionStatus, number>): BarRow[] =>
  actionStatuses.map((status) => ({
    key: status,
    label: actionStatusLabels[status],
    values: { count: byStatus[status] },
    valueLabels: { count: formatInteger(byStatus[status]) },
  }));

/** Strategic objectives of a domain, whatever the levels (themes, orientations) between them. */
export const strategicObjectivesOf = (domain: ObjectiveNode): ObjectiveNode[] =>
  domain.kind === 'strategic' ? [domain] : domain.children.flatMap(strategicObjectivesOf);

/** The pillar × territory matrix as CSV rows: coverage and progress in % for each territory, then the whole. */
export const matrixCsvRows = (figures: DashboardFigures): CsvCell[][] => {
  const columns = [
    ...figures.territories.map(({ territory, rollUp }) => ({ name: territory.name, rollUp })),
    { name: 'Ensemble', rollUp: figures.rollUp },
  ];
  return [
    [
      'Pilier ou axe',
      ...columns.flatMap(({ name }) => [`${name} : couverture (%)`, `${name} : avancement (%)`]),
    ],
    ...figures.domains.map((domain) => [
      domainLabel(domain),
      ...columns.flatMap(({ rollUp }) => {
        const { values } = coverageProgressValues(rollUp.byCode.get(domain.code));
        // No action there: "aucune action", as the matrix says; a progress nobody reported stays empty.
        return (rollUp.byCode.get(domain.code)?.actions ?? 0) > 0
          ? [values.coverage, values.progress ?? MISSING_VALUE_TEXT]
          : ['aucune action', 'aucune action'];
      }),
    ]),
  ];
};

/**
 * Each territory's figures for the neighbourhood map, in the same numbers and words as the charts:
 * coverage and progress as in "Couverture et avancement par quartier", cost as in "Coût des actions par
 * quartier", and the number of actions of its roll-up.
 */
export const territoryMapFigures = (figures: DashboardFigures): TerritoryMapFigures[] =>
  figures.territories.map(({ territory, rollUp }) => {
    const { values, valueLabels } = coverageProgressValues(rollUp.contract);
    const cost = euroRow(territory.id, territory.name, rollUp.contract.budget);
    return {
      id: territory.id,
      values: {
        couverture: values.coverage,
        avancement: values.progress,
        cout: cost.values.amount ?? null,
        actions: rollUp.contract.actions,
      },
      texts: {
        couverture: valueLabels.coverage,
        avancement: valueLabels.progress,
        cout: cost.valueLabels.amount ?? '',
        actions: formatInteger(rollUp.contract.actions),
      },
    };
  });
