import { type Action, type ActionStatus, actionStatuses } from './action';
import { type ActionFilter, filterActions } from './action-filter';
import { dayNumber, selectActions } from './action-table';
import { type BudgetBreakdown, budgetOfRows } from './budget';
import type { ObjectiveIndex } from './objective-index';
import type { ObjectiveNode } from './objective-tree';
import { type NodeFigures, type RollUp, rollUpRows } from './roll-up';
import type { Territory } from './territory';

/** The statuses an action may be late in: planned or under way, not yet done nor given up. */
const mayBeLateIn = (status: ActionStatus | undefined) => status === 'programmee' || status === 'en-cours';

/** mayBeLateIn by status code (see statusCode), for the loop over the table's columns. */
const mayBeLate = Uint8Array.from({ length: 256 }, (_, code) => (mayBeLateIn(actionStatuses[code]) ? 1 : 0));

/** Still to finish although its planned end date has passed on the reference date (the data date). */
export const isLate = (action: Action, referenceDate: string) =>
  mayBeLateIn(action.status) && action.endDate !== null && action.endDate < referenceDate;

export const lateRule =
  'Action en retard : programmée ou en cours alors que sa date de fin prévue est passée à la date des données. Sans date des données, le retard n’est pas calculé : il serait jugé au jour où l’on regarde, non au jour que décrivent les données.';

export type TerritoryFigures = {
  territory: Territory;
  /** The territory's actions (an action in two territories is in both), listed when first read. */
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
  /** Late actions on the data date (see isLate); null when the data have no date, and lateness is not judged. */
  late: number | null;
  /** Operational objectives in scope without any counting action: the gaps. */
  gaps: Gap[];
};

export type DashboardInput = {
  index: ObjectiveIndex;
  territories: readonly Territory[];
  /** Actions already filtered (see filterActions): the figures describe exactly these. */
  actions: readonly Action[];
  /**
   * Every action of the data, when `actions` were filtered otherwise than by filterActions: the figures then
   * read the table built once for these (see selectActions) instead of building one for `actions`.
   */
  allActions?: readonly Action[];
  filter: ActionFilter;
  /**
   * The data date ("données au"), ISO; lateness is judged on it. Null when the data have none: lateness is
   * then not computed at all, rather than judged on today, which the figures do not describe.
   */
  referenceDate: string | null;
};

/**
 * Every figure a dashboard page shows, computed once per data and filter change. The domain filter sets
 * which axes and pillars the contract-wide figures are over; the territory filter, which territories get a
 * column of their own.
 *
 * The actions are read from their table (see action-table.ts): one pass rolls up the contract and every
 * territory at once, the budget adds columns, so that an update over 100 000 actions takes milliseconds.
 */
export const computeDashboard = ({
  index,
  territories,
  actions,
  allActions,
  filter,
  referenceDate,
}: DashboardInput): DashboardFigures => {
  const domains =
    filter.domains.length > 0
      ? index.domains.filter((domain) => filter.domains.includes(domain.code))
      : index.domains;
  const scope = domains.map((domain) => domain.code);
  // An unknown pillar in the filter leaves nothing in scope, not everything.
  const domainOption = filter.domains.length > 0 ? scope : undefined;
  const selection = selectActions(actions, allActions);
  const { table, rows } = selection;

  const inScope =
    filter.territories.length > 0
      ? territories.filter((territory) => filter.territories.includes(territory.id))
      : territories;
  // Each territory in scope gets a roll-up of its own, numbered from 1 (0 is the whole contract's); a
  // territory listed twice shares the first one's.
  const groupOfId = new Map<string, number>();
  for (const territory of inScope) {
    if (!groupOfId.has(territory.id)) groupOfId.set(territory.id, groupOfId.size + 1);
  }
  const territoryGroups = Int32Array.from(table.territoryIds, (id) => groupOfId.get(id) ?? 0);
  const rollUps = rollUpRows(index, selection, {
    domains: domainOption,
    territoryGroups,
    groupCount: groupOfId.size,
  });
  const all = rollUps[0] as RollUp;

  const statusCounts = new Int32Array(actionStatuses.length);
  let late = 0;
  const { status, endDay, territoryOffsets, territoryRefs } = table;
  // isLate over the table's columns: a status that may be late, and an end day before the reference's.
  // No data date: no day before which an end is passed (NaN compares false), and `late` is reported null.
  const referenceDay = referenceDate === null ? Number.NaN : dayNumber(referenceDate);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    const code = status[row] as number;
    if (code < statusCounts.length) statusCounts[code] = (statusCounts[code] as number) + 1;
    if (mayBeLate[code] === 1 && (endDay[row] as number) < referenceDay) late += 1;
  }
  const byStatus = Object.fromEntries(
    actionStatuses.map((each, code) => [each, statusCounts[code] as number]),
  ) as Record<ActionStatus, number>;

  // A territory's actions are listed on first read only: pushing every action into its territories' lists
  // costs as much as their roll-ups, and most views only show the roll-ups.
  const listed: (readonly Action[] | undefined)[] = [];
  const actionsOfGroup = (group: number): readonly Action[] => {
    let list = listed[group];
    if (!list) {
      const found: Action[] = [];
      for (let k = 0; k < rows.length; k += 1) {
        const row = rows[k] as number;
        // The table lists each territory of an action once, even one it names twice.
        const last = territoryOffsets[row + 1] as number;
        for (let t = territoryOffsets[row] as number; t < last; t += 1) {
          if (territoryGroups[territoryRefs[t] as number] === group) found.push(actions[k] as Action);
        }
      }
      list = found;
      listed[group] = list;
    }
    return list;
  };

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
      const group = groupOfId.get(territory.id) as number;
      return {
        territory,
        get actions() {
          return actionsOfGroup(group);
        },
        rollUp: rollUps[group] as RollUp,
      };
    }),
    budget: budgetOfRows(selection),
    byStatus,
    late: referenceDate === null ? null : late,
    gaps,
  };
};

/**
 * The figures of the actions `filter` keeps out of every action of the data: what the dashboard shows for a
 * filter, and the annual report for its year, computed the one same way.
 */
export const dashboardFor = ({
  actions,
  filter,
  index,
  ...rest
}: Omit<DashboardInput, 'allActions'>): DashboardFigures =>
  computeDashboard({
    ...rest,
    index,
    filter,
    actions: filterActions(actions, filter, index),
    allActions: actions,
  });
