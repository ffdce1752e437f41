import type { Action, ActionStatus } from './action';
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

export type RollUp = {
  /** Every node of the tree, by code. */
  byCode: Map<string, NodeFigures>;
  /** The whole contract, over the domains in scope. */
  contract: NodeFigures;
};

export type RollUpOptions = {
  /** Codes of the axes and pillars the contract's figure is over; all of them when absent or empty. */
  domains?: readonly string[];
  /** The part of an action's cost to count, e.g. its share in one territory; its total cost by default. */
  costOf?: (action: Action) => number;
};

export const shareOf = ({ covered, total }: Coverage): number | null =>
  total === 0 ? null : covered / total;

export const rollUp = (
  index: ObjectiveIndex,
  actions: readonly Action[],
  options: RollUpOptions = {},
): RollUp => {
  const size = index.nodes.length;
  // Slot `size` stands for the whole contract (restricted to the domains in scope).
  const root = size;
  const seen = new Int32Array(size + 1).fill(-1);
  const actionCount = new Int32Array(size + 1);
  const countingCount = new Int32Array(size + 1);
  const unreportedCount = new Int32Array(size + 1);
  const budget = new Float64Array(size + 1);
  const progressSum = new Float64Array(size);
  const progressReports = new Int32Array(size);
  const covered = new Uint8Array(size);

  const scope = options.domains && options.domains.length > 0 ? new Set(options.domains) : null;
  const inScope = new Uint8Array(size);
  for (const id of index.operationalIds) {
    const code = index.nodes[id]?.code as string;
    inScope[id] = scope === null || scope.has(index.domainOf.get(code)?.code ?? '') ? 1 : 0;
  }
  const costOf = options.costOf ?? ((action: Action) => action.budget.totalCost);

  const count = (slot: number, actionIndex: number, counting: boolean, reported: boolean) => {
    if (seen[slot] === actionIndex) return;
    seen[slot] = actionIndex;
    actionCount[slot] = (actionCount[slot] as number) + 1;
    if (counting) {
      countingCount[slot] = (countingCount[slot] as number) + 1;
      if (!reported) unreportedCount[slot] = (unreportedCount[slot] as number) + 1;
    }
  };

  actions.forEach((action, actionIndex) => {
    const counting = countsForCoverage(action.status);
    const reported = action.progress !== null;
    const costPerObjective = costOf(action) / action.objectives.length;
    for (const code of action.objectives) {
      const id = index.idByCode.get(code);
      const chain = id === undefined ? undefined : index.chainById.get(id);
      if (id === undefined || chain === undefined) continue;
      for (const slot of chain) {
        budget[slot] = (budget[slot] as number) + costPerObjective;
        count(slot, actionIndex, counting, reported);
      }
      if (inScope[id]) {
        budget[root] = (budget[root] as number) + costPerObjective;
        count(root, actionIndex, counting, reported);
      }
      if (counting) {
        covered[id] = 1;
        if (reported) {
          progressSum[id] = (progressSum[id] as number) + (action.progress as number);
          progressReports[id] = (progressReports[id] as number) + 1;
        }
      }
    }
  });

  // Up the tree: each node sums its operational objectives' coverage and progress.
  const coveredCount = new Int32Array(size + 1);
  const totalCount = new Int32Array(size + 1);
  const meanSum = new Float64Array(size + 1);
  const meanBasis = new Int32Array(size + 1);
  for (const id of index.operationalIds) {
    const chain = index.chainById.get(id) as readonly number[];
    const slots = inScope[id] ? [...chain, root] : chain;
    const reports = progressReports[id] as number;
    for (const slot of slots) {
      totalCount[slot] = (totalCount[slot] as number) + 1;
      coveredCount[slot] = (coveredCount[slot] as number) + (covered[id] as number);
      if (reports > 0) {
        meanSum[slot] = (meanSum[slot] as number) + (progressSum[id] as number) / reports;
        meanBasis[slot] = (meanBasis[slot] as number) + 1;
      }
    }
  }

  const figuresAt = (slot: number): NodeFigures => {
    const basis = meanBasis[slot] as number;
    return {
      coverage: { covered: coveredCount[slot] as number, total: totalCount[slot] as number },
      progress: basis > 0 ? (meanSum[slot] as number) / basis : null,
      progressBasis: basis,
      actions: actionCount[slot] as number,
      countingActions: countingCount[slot] as number,
      unreportedActions: unreportedCount[slot] as number,
      budget: budget[slot] as number,
    };
  };

  const byCode = new Map(index.nodes.map((node, id) => [node.code, figuresAt(id)]));
  return { byCode, contract: figuresAt(root) };
};
