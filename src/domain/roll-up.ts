import { type Action, type ActionStatus, actionStatuses } from './action';
import { type ActionSelection, indexLayout, objectiveColumns, selectActions } from './action-table';
import type { ObjectiveIndex } from './objective-index';

/**
 * Coverage and progress of every node of the objective tree, from a set of actions (already filtered).
 *
 * The rules, stated once here and shown next to the figures (see `coverageRule`, `progressRule`):
 * - an action counts for coverage and progress when it is programmée, en cours or réalisée: a déposée
 *   action is not yet validated by the committee, an abandonnée one will not happen;
 * - an operational objective is covered when at least one counting action serves it;
 * - an operational objective's progress is the simple mean of the progress its counting actions last
 *   reported; actions that never reported are left out of the mean and counted apart ("non renseigné"
 *   is not 0 %); an objective none of whose actions reported has no progress (null);
 * - above, a strategic objective, theme, pillar or the contract has the simple mean of the operational
 *   objectives under it that have a progress, each weighing the same, so that anyone can redo the sum;
 * - an action's cost is shared equally between its operational objectives (between its territories too,
 *   when figures are per territory), so that the parts add up to the whole.
 */

export const countsForCoverage = (status: ActionStatus) =>
  status === 'programmee' || status === 'en-cours' || status === 'realisee';

export const coverageRule =
  'Couverture : part des objectifs opérationnels qui ont au moins une action programmée, en cours ou réalisée (les actions déposées ou abandonnées ne comptent pas).';

export const progressRule =
  'Avancement : moyenne simple des objectifs opérationnels renseignés, chacun valant la moyenne des derniers avancements déclarés par ses actions ; les actions sans avancement déclaré sont exclues du calcul et comptées à part.';

export const budgetShareRule =
  'Le coût d’une action qui sert plusieurs objectifs est réparti à parts égales entre eux ; celui d’une action menée dans plusieurs quartiers, à parts égales entre ces quartiers.';

export type Coverage = { covered: number; total: number };

export type NodeFigures = {
  coverage: Coverage;
  /** Mean progress in %, or null when no operational objective under the node has a reported progress. */
  progress: number | null;
  /** How many operational objectives the progress is the mean of. */
  progressBasis: number;
  /** Distinct actions (whatever their status) serving the node. */
  actions: number;
  /** Distinct actions counted for coverage and progress. */
  countingActions: number;
  /** Counting actions that never reported a progress. */
  unreportedActions: number;
  /** The part of the actions' cost that falls to the node, in euros. */
  budget: number;
};

/** A node no action serves, where a roll-up has no entry for it. */
export const emptyNodeFigures: NodeFigures = {
  coverage: { covered: 0, total: 0 },
  progress: null,
  progressBasis: 0,
  actions: 0,
  countingActions: 0,
  unreportedActions: 0,
  budget: 0,
};

export type RollUp = {
  /** Every node of the tree, by code. */
  byCode: Map<string, NodeFigures>;
  /** The whole contract, over the domains in scope. */
  contract: NodeFigures;
};

export type RollUpOptions = {
  /** Codes of the axes and pillars the contract's figure is over: all of them when absent, none when empty. */
  domains?: readonly string[];
  /** The part of an action's cost to count, e.g. its share in one territory; its total cost by default. */
  costOf?: (action: Action) => number;
};

export const shareOf = ({ covered, total }: Coverage): number | null =>
  total === 0 ? null : covered / total;

/** For each status code of the table (see statusCode), 1 when it counts for coverage; 0 past the last. */
export const countingByStatus = (() => {
  const counting = new Uint8Array(256);
  actionStatuses.forEach((status, code) => {
    counting[code] = countsForCoverage(status) ? 1 : 0;
  });
  return counting;
})();

export type RowsRollUpOptions = {
  /** Codes of the axes and pillars the contract's figures are over: all of them when absent, none when empty. */
  domains?: readonly string[] | undefined;
  /** The part of each selected action's cost to count in the first roll-up, by position in the selection. */
  costs?: Float64Array | undefined;
  /**
   * Roll-ups per territory on top of the first one: for each position in the table's `territoryIds`, the
   * number (1, 2…) of its own roll-up, 0 for none; two territories never share one, or an action in both
   * would count twice there. An action counts in each of its territories with its territory share of the
   * cost (see ActionTable.territoryCost).
   */
  territoryGroups?: Int32Array | undefined;
  /** How many roll-ups `territoryGroups` numbers. */
  groupCount?: number | undefined;
};

/**
 * The roll-up of the selected actions and, in the same pass, one per group of territories: [all, group 1,
 * group 2…]. Each roll-up has its own slot arrays of `nodes + 1` slots (the last one is the contract,
 * restricted to the domains in scope), laid end to end.
 */
export const rollUpRows = (
  index: ObjectiveIndex,
  { table, rows }: ActionSelection,
  options: RowsRollUpOptions = {},
): RollUp[] => {
  const size = index.nodes.length;
  const slots = size + 1;
  // Slot `size` of each roll-up stands for the whole contract (restricted to the domains in scope).
  const root = size;
  const groups = 1 + (options.territoryGroups ? (options.groupCount ?? 0) : 0);
  const { chainOffsets, chainIds, operationalIds } = indexLayout(index);
  const {
    offsets: objectiveOffsets,
    ids: objectiveIds,
    nodeOffsets,
    nodes,
    times: timesUnder,
    combo,
    comboRows,
  } = objectiveColumns(table, index);

  const scope = options.domains ? new Set(options.domains) : null;
  const inScope = new Uint8Array(size);
  for (const id of operationalIds) {
    const code = index.nodes[id]?.code as string;
    inScope[id] = scope === null || scope.has(index.domainOf.get(code)?.code ?? '') ? 1 : 0;
  }

  // Per slot, the actions counted there by kind: not counting, counting and reported, counting and never
  // reported (slot × 3 + kind): one increment per action and slot gives the three counts a node shows.
  const actionKinds = new Int32Array(groups * slots * 3);
  const budget = new Float64Array(groups * slots);
  const progressSum = new Float64Array(groups * size);
  const progressReports = new Int32Array(groups * size);
  const covered = new Uint8Array(groups * size);

  const {
    status,
    progress: progressColumn,
    totalCost,
    territoryCost,
    territoryOffsets,
    territoryRefs,
  } = table;
  const { costs, territoryGroups } = options;

  // First pass, per action: its sums go to the bucket of its set of objectives (see ObjectiveColumns.combo)
  // in each roll-up it counts in. Every action of a bucket serves the same objectives and nodes, so the
  // second pass adds each bucket to them once: the same sums as adding each action, in another order.
  const sets = comboRows.length;
  const bucketKinds = new Int32Array(groups * sets * 3);
  // Σ of each action's cost share per objective (its cost in the roll-up ÷ its number of objectives).
  const bucketCost = new Float64Array(groups * sets);
  const bucketProgress = new Float64Array(groups * sets);
  const bucketReports = new Int32Array(groups * sets);
  const bucketCounting = new Int32Array(groups * sets);
  const add = (
    bucket: number,
    kind: number,
    costPerObjective: number,
    counting: boolean,
    progress: number,
  ) => {
    bucketKinds[bucket * 3 + kind] = (bucketKinds[bucket * 3 + kind] as number) + 1;
    bucketCost[bucket] = (bucketCost[bucket] as number) + costPerObjective;
    if (counting) {
      bucketCounting[bucket] = (bucketCounting[bucket] as number) + 1;
      if (!Number.isNaN(progress)) {
        bucketProgress[bucket] = (bucketProgress[bucket] as number) + progress;
        bucketReports[bucket] = (bucketReports[bucket] as number) + 1;
      }
    }
  };

  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    const set = combo[row] as number;
    if (set < 0) continue;
    const objectives = (objectiveOffsets[row + 1] as number) - (objectiveOffsets[row] as number);
    const counting = countingByStatus[status[row] as number] === 1;
    const progress = progressColumn[row] as number;
    const kind = counting ? (Number.isNaN(progress) ? 2 : 1) : 0;
    const cost = costs ? (costs[k] as number) : (totalCost[row] as number);
    add(set, kind, cost / objectives, counting, progress);
    if (territoryGroups) {
      const share = (territoryCost[row] as number) / objectives;
      const last = territoryOffsets[row + 1] as number;
      for (let t = territoryOffsets[row] as number; t < last; t += 1) {
        const group = territoryGroups[territoryRefs[t] as number] as number;
        if (group > 0) add(group * sets + set, kind, share, counting, progress);
      }
    }
  }

  // The objectives in scope of each set, for the contract slot (which counts those, as a node counts the
  // objectives under it).
  const inScopeOfSet = new Int32Array(sets);
  for (let set = 0; set < sets; set += 1) {
    const row = comboRows[set] as number;
    const end = objectiveOffsets[row + 1] as number;
    for (let i = objectiveOffsets[row] as number; i < end; i += 1) {
      inScopeOfSet[set] = (inScopeOfSet[set] as number) + (inScope[objectiveIds[i] as number] as number);
    }
  }

  // Second pass, per bucket: its sums to the nodes of its set.
  for (let group = 0; group < groups; group += 1) {
    const base = group * slots;
    const nodeBase = group * size;
    for (let set = 0; set < sets; set += 1) {
      const bucket = group * sets + set;
      const notCounting = bucketKinds[bucket * 3] as number;
      const reporting = bucketKinds[bucket * 3 + 1] as number;
      const unreported = bucketKinds[bucket * 3 + 2] as number;
      if (notCounting + reporting + unreported === 0) continue;
      const cost = bucketCost[bucket] as number;
      const row = comboRows[set] as number;
      const nodeEnd = nodeOffsets[row + 1] as number;
      for (let n = nodeOffsets[row] as number; n < nodeEnd; n += 1) {
        const slot = base + (nodes[n] as number);
        budget[slot] = (budget[slot] as number) + cost * (timesUnder[n] as number);
        actionKinds[slot * 3] = (actionKinds[slot * 3] as number) + notCounting;
        actionKinds[slot * 3 + 1] = (actionKinds[slot * 3 + 1] as number) + reporting;
        actionKinds[slot * 3 + 2] = (actionKinds[slot * 3 + 2] as number) + unreported;
      }
      const inScopeObjectives = inScopeOfSet[set] as number;
      if (inScopeObjectives > 0) {
        const slot = base + root;
        budget[slot] = (budget[slot] as number) + cost * inScopeObjectives;
        actionKinds[slot * 3] = (actionKinds[slot * 3] as number) + notCounting;
        actionKinds[slot * 3 + 1] = (actionKinds[slot * 3 + 1] as number) + reporting;
        actionKinds[slot * 3 + 2] = (actionKinds[slot * 3 + 2] as number) + unreported;
      }
      if ((bucketCounting[bucket] as number) > 0) {
        const sum = bucketProgress[bucket] as number;
        const reports = bucketReports[bucket] as number;
        const end = objectiveOffsets[row + 1] as number;
        for (let i = objectiveOffsets[row] as number; i < end; i += 1) {
          const at = nodeBase + (objectiveIds[i] as number);
          covered[at] = 1;
          progressSum[at] = (progressSum[at] as number) + sum;
          progressReports[at] = (progressReports[at] as number) + reports;
        }
      }
    }
  }

  // Up the tree: each node sums its operational objectives' coverage and progress. The totals do not
  // depend on the actions, so every roll-up shares them.
  const totalCount = new Int32Array(slots);
  const coveredCount = new Int32Array(groups * slots);
  const meanSum = new Float64Array(groups * slots);
  const meanBasis = new Int32Array(groups * slots);
  for (const id of operationalIds) {
    const chainEnd = chainOffsets[id + 1] as number;
    const last = inScope[id] ? chainEnd + 1 : chainEnd;
    for (let step = chainOffsets[id] as number; step < last; step += 1) {
      const slot = step < chainEnd ? (chainIds[step] as number) : root;
      totalCount[slot] = (totalCount[slot] as number) + 1;
    }
    for (let group = 0; group < groups; group += 1) {
      const base = group * slots;
      const reports = progressReports[group * size + id] as number;
      const isCovered = covered[group * size + id] as number;
      const mean = reports > 0 ? (progressSum[group * size + id] as number) / reports : 0;
      for (let step = chainOffsets[id] as number; step < last; step += 1) {
        const slot = base + (step < chainEnd ? (chainIds[step] as number) : root);
        coveredCount[slot] = (coveredCount[slot] as number) + isCovered;
        if (reports > 0) {
          meanSum[slot] = (meanSum[slot] as number) + mean;
          meanBasis[slot] = (meanBasis[slot] as number) + 1;
        }
      }
    }
  }

  const figuresAt = (group: number, node: number): NodeFigures => {
    const slot = group * slots + node;
    const basis = meanBasis[slot] as number;
    const notCounting = actionKinds[slot * 3] as number;
    const reporting = actionKinds[slot * 3 + 1] as number;
    const unreported = actionKinds[slot * 3 + 2] as number;
    return {
      coverage: { covered: coveredCount[slot] as number, total: totalCount[node] as number },
      progress: basis > 0 ? (meanSum[slot] as number) / basis : null,
      progressBasis: basis,
      actions: notCounting + reporting + unreported,
      countingActions: reporting + unreported,
      unreportedActions: unreported,
      budget: budget[slot] as number,
    };
  };

  return Array.from({ length: groups }, (_, group) => ({
    byCode: new Map(index.nodes.map((node, id) => [node.code, figuresAt(group, id)])),
    contract: figuresAt(group, root),
  }));
};

/** The roll-up of one set of actions (a page's handful, or a filter's result: see selectActions). */
export const rollUp = (
  index: ObjectiveIndex,
  actions: readonly Action[],
  options: RollUpOptions = {},
): RollUp => {
  const { costOf } = options;
  const costs = costOf ? Float64Array.from(actions, (action) => costOf(action)) : undefined;
  return rollUpRows(index, selectActions(actions), { domains: options.domains, costs })[0] as RollUp;
};
