import { type Action, type ActionStatus, actionStatuses } from './action';
import type { ActionFilter } from './action-filter';
import { type BudgetBreakdown, budgetBreakdown, costInTerritory } from './budget';
import type { ObjectiveIndex } from './objective-index';
import type { ObjectiveNode } from './objective-tree';
import { type NodeFigures, type RollUp, rollUp } from './roll-up';
import type { Territory } from './territory';

/** Still to finish although its planned end date has passed on the reference date (the data date). */
export const isLate = (action: Action, referenceDate: string) =>
  (action.status === 'programmee' || action.status === 'en-cours') &&
  action.endDate !== null &&
  action.endDate < referenceDate;

export const lateRule =
  'Action en retard : programmée ou en cours alors que sa date de fin prévue est passée à la date des données.';

export type TerritoryFigures = {
  territory: Territory;
  /** The territory's actions (an action in two territories is in both). */
  actions: readonly Action[];
  rollUp: RollUp;
};

export type Gap = { objective: ObjectiveNode; domain: ObjectiveNode };

export type DashboardFigures = {
  /** The actions the filter keeps. */
  actions: readonly Action[];
  /** The axes and pillars in scope, in the annex's order. */
  domains: ObjectiveNode[];
  rollUp: RollUp;
  contract: NodeFigures;
  /** The territories in scope, in the order of territories.json, each with its own roll-up. */
  territories: TerritoryFigures[];
  budget: BudgetBreakdown;
  byStatus: Record<ActionStatus, number>;
  late: number;
  /** Operational objectives in scope without any counting action: the gaps. */
  gaps: Gap[];
};

export type DashboardInput = {
  index: ObjectiveIndex;
  territories: readonly Territory[];
  /** Actions already filtered (see filterActions): the figures describe exactly these. */
  actions: readonly Action[];
  filter: ActionFilter;
  /** The data date ("données au"), ISO; lateness is judged on it. */
  referenceDate: string;
};

/**
 * Every figure a dashboard page shows, computed once per data and filter change. The domain filter sets
 * which axes and pillars the contract-wide figures are over; the territory filter, which territories get a
 * column of their own.
 */
export const computeDashboard = ({
  index,
  territories,
  actions,
  filter,
  referenceDate,
}: DashboardInput): DashboardFigures => {
  const domains =
    filter.domains.length > 0
      ? index.domains.filter((domain) => filter.domains.includes(domain.code))
      : index.domains;
  const scope = domains.map((domain) => domain.code);
  const all = rollUp(index, actions, { domains: scope });

  const inScope =
    filter.territories.length > 0
      ? territories.filter((territory) => filter.territories.includes(territory.id))
      : territories;
  const byTerritory = new Map<string, Action[]>(inScope.map((territory) => [territory.id, []]));
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as Record<
    ActionStatus,
    number
  >;
  let late = 0;
  for (const action of actions) {
    byStatus[action.status] += 1;
    if (isLate(action, referenceDate)) late += 1;
    for (const id of action.territories) byTerritory.get(id)?.push(action);
  }

  const gaps: Gap[] = [];
  for (const id of index.operationalIds) {
    const objective = index.nodes[id] as ObjectiveNode;
    const domain = index.domainOf.get(objective.code);
    if (!domain || !scope.includes(domain.code)) continue;
    if (all.byCode.get(objective.code)?.coverage.covered === 0) gaps.push({ objective, domain });
  }

  return {
    actions,
    domains,
    rollUp: all,
    contract: all.contract,
    territories: inScope.map((territory) => {
      const territoryActions = byTerritory.get(territory.id) ?? [];
      return {
        territory,
        actions: territoryActions,
        rollUp: rollUp(index, territoryActions, { domains: scope, costOf: costInTerritory }),
      };
    }),
    budget: budgetBreakdown(actions),
    byStatus,
    late,
    gaps,
  };
};
