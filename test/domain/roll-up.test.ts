import { describe, expect, it } from 'vitest';
import type { Action, ActionStatus } from '../../src/domain/action';
import { type ActionFilter, emptyFilter, filterActions } from '../../src/domain/action-filter';
import { costInTerritory } from '../../src/domain/budget';
import type { ObjectiveIndex } from '../../src/domain/objective-index';
import {
  countsForCoverage,
  type NodeFigures,
  type RollUp,
  type RollUpOptions,
  rollUp,
  shareOf,
} from '../../src/domain/roll-up';
import {
  action,
  actions,
  dashboardIndex as index,
  NORD,
  randomActions,
  SUD,
} from '../support/dashboard-fixtures';
import { roundedBudgets } from '../support/rounded-budgets';

// Operational objectives of the fixture: T1.1.1, T1.1.2 | P1.1.1, P1.1.2 (in P1.1), P1.2.1 (in P1.2) | P2.1.1, P2.1.2.

const figures = (result: ReturnType<typeof rollUp>, code: string): NodeFigures => {
  const found = code === 'contract' ? result.contract : result.byCode.get(code);
  if (!found) throw new Error(`no figures for ${code}`);
  return found;
};

describe('countsForCoverage', () => {
  it.each<[ActionStatus, boolean]>([
    ['deposee', false],
    ['programmee', true],
    ['en-cours', true],
    ['realisee', true],
    ['abandonnee', false],
  ])('%s → %s', (status, expected) => {
    expect(countsForCoverage(status)).toBe(expected);
  });
});

describe('shareOf', () => {
  it.each([
    [0, 0, null],
    [0, 7, 0],
    [3, 7, 3 / 7],
    [7, 7, 1],
  ])('%i of %i → %s', (covered, total, expected) => {
    expect(shareOf({ covered, total })).toBe(expected);
  });
});

describe('rollUp without actions', () => {
  const result = rollUp(index, []);

  it('has a figure for every node, nothing covered, no progress', () => {
    expect(result.byCode.size).toBe(16);
    expect(result.contract).toEqual({
      coverage: { covered: 0, total: 7 },
      progress: null,
      progressBasis: 0,
      actions: 0,
      countingActions: 0,
      unreportedActions: 0,
      budget: 0,
    });
    expect(figures(result, 'P1.th1').coverage).toEqual({ covered: 0, total: 3 });
  });
});

describe('rollUp: coverage', () => {
  // One action per status, each on its own objective: only programmée (T1.1.2), en cours (P1.1.1) and
  // réalisée (P1.2.1) cover; déposée (T1.1.1) and abandonnée (P2.1.1) do not; P1.1.2 and P2.1.2 have nothing.
  const result = rollUp(
    index,
    actions(
      { objectives: ['T1.1.1'], status: 'deposee' },
      { objectives: ['T1.1.2'], status: 'programmee' },
      { objectives: ['P1.1.1'], status: 'en-cours' },
      { objectives: ['P1.2.1'], status: 'realisee' },
      { objectives: ['P2.1.1'], status: 'abandonnee' },
    ),
  );

  it.each([
    // operational
    ['T1.1.1', 0, 1],
    ['T1.1.2', 1, 1],
    ['P1.1.1', 1, 1],
    ['P1.1.2', 0, 1],
    ['P1.2.1', 1, 1],
    ['P2.1.1', 0, 1],
    ['P2.1.2', 0, 1],
    // strategic: the operational objectives under it
    ['T1.1', 1, 2],
    ['P1.1', 1, 2],
    ['P1.2', 1, 1],
    ['P2.1', 0, 2],
    // theme, axis, pillar, transversal group
    ['P1.th1', 2, 3],
    ['T1', 1, 2],
    ['T', 1, 2],
    ['P1', 2, 3],
    ['P2', 0, 2],
    // the contract: 3 of the 7 operational objectives
    ['contract', 3, 7],
  ])('%s: %i covered of %i', (code, covered, total) => {
    expect(figures(result, code).coverage).toEqual({ covered, total });
  });

  it('counts every action whatever its status, and the counting ones apart', () => {
    expect(figures(result, 'T1')).toMatchObject({ actions: 2, countingActions: 1 });
    expect(figures(result, 'P2')).toMatchObject({ actions: 1, countingActions: 0 });
    expect(figures(result, 'contract')).toMatchObject({ actions: 5, countingActions: 3 });
  });
});

/**
 * Progress. Per operational objective, the mean of its counting actions' reported progress:
 *   T1.1.1: 0 (a reported 0 % is a figure)       T1.1.2: no action → null
 *   P1.1.1: (10 + 30) / 2 = 20 — the programmée never reported (left apart), the déposée at 100 and the
 *           abandonnée at 0 do not count
 *   P1.1.2: 40       P1.2.1: 90
 *   P2.1.1: its only action never reported → null, not 0     P2.1.2: 80
 * Above, the mean over the operational objectives with a figure:
 *   P1.1 = (20 + 40) / 2 = 30;   P1.th1 = P1 = (20 + 40 + 90) / 3 = 50 (the mean of P1.1 and P1.2 would be 60);
 *   P2 = 80 (P2.1.1 left out, not counted as 0: that would give 40);
 *   contract = (0 + 20 + 40 + 90 + 80) / 5 = 46.
 */
const progressActions = actions(
  { objectives: ['P1.1.1'], status: 'en-cours', progress: 10 },
  { objectives: ['P1.1.1'], status: 'realisee', progress: 30 },
  { objectives: ['P1.1.1'], status: 'programmee', progress: null },
  { objectives: ['P1.1.1'], status: 'deposee', progress: 100 },
  { objectives: ['P1.1.1'], status: 'abandonnee', progress: 0 },
  { objectives: ['P1.1.2'], status: 'en-cours', progress: 40 },
  { objectives: ['P1.2.1'], status: 'realisee', progress: 90 },
  { objectives: ['P2.1.1'], status: 'en-cours', progress: null },
  { objectives: ['P2.1.2'], status: 'realisee', progress: 80 },
  { objectives: ['T1.1.1'], status: 'en-cours', progress: 0 },
);

describe('rollUp: progress', () => {
  const result = rollUp(index, progressActions);

  it.each<[string, number | null, number, number, number, number]>([
    // code, progress, progressBasis, actions, countingActions, unreportedActions
    ['T1.1.1', 0, 1, 1, 1, 0],
    ['T1.1.2', null, 0, 0, 0, 0],
    ['T1.1', 0, 1, 1, 1, 0],
    ['T1', 0, 1, 1, 1, 0],
    ['T', 0, 1, 1, 1, 0],
    ['P1.1.1', 20, 1, 5, 3, 1],
    ['P1.1.2', 40, 1, 1, 1, 0],
    ['P1.1', 30, 2, 6, 4, 1],
    ['P1.2.1', 90, 1, 1, 1, 0],
    ['P1.2', 90, 1, 1, 1, 0],
    ['P1.th1', 50, 3, 7, 5, 1],
    ['P1', 50, 3, 7, 5, 1],
    ['P2.1.1', null, 0, 1, 1, 1],
    ['P2.1.2', 80, 1, 1, 1, 0],
    ['P2.1', 80, 1, 2, 2, 1],
    ['P2', 80, 1, 2, 2, 1],
    ['contract', 46, 5, 10, 8, 2],
  ])(
    '%s: progress %s over %i objectives; %i actions, %i counting, %i unreported',
    (code, progress, basis, all, counting, unreported) => {
      expect(figures(result, code)).toMatchObject({
        progress,
        progressBasis: basis,
        actions: all,
        countingActions: counting,
        unreportedActions: unreported,
      });
    },
  );

  it('covers an objective whose actions never reported, without giving it a progress', () => {
    expect(figures(result, 'P2.1.1')).toMatchObject({ coverage: { covered: 1, total: 1 }, progress: null });
    expect(figures(result, 'contract').coverage).toEqual({ covered: 6, total: 7 });
  });
});

describe('rollUp: domains in scope', () => {
  it.each<[string, string[] | undefined, { covered: number; total: number }, number | null, number, number]>([
    // scope, coverage, progress, progressBasis, actions (see the progress table above)
    ['no option', undefined, { covered: 6, total: 7 }, 46, 5, 10],
    // Nothing in scope (a filter naming a pillar the tree does not have): nothing, not everything.
    ['an empty list', [], { covered: 0, total: 0 }, null, 0, 0],
    // P1: P1.1.1, P1.1.2, P1.2.1 all covered; (20 + 40 + 90) / 3; the first 7 actions.
    ['P1', ['P1'], { covered: 3, total: 3 }, 50, 3, 7],
    // T1 and P2: T1.1.1, P2.1.1, P2.1.2 of 4 covered; (0 + 80) / 2; the last 3 actions.
    ['T1 and P2', ['T1', 'P2'], { covered: 3, total: 4 }, 40, 2, 3],
  ])('%s', (_, domains, coverage, progress, basis, all) => {
    const result = rollUp(index, progressActions, domains === undefined ? {} : { domains });
    expect(result.contract).toMatchObject({ coverage, progress, progressBasis: basis, actions: all });
  });

  it('restricts the contract figure only: every node keeps its own', () => {
    const result = rollUp(index, progressActions, { domains: ['P1'] });
    expect(figures(result, 'P2')).toMatchObject({ progress: 80, coverage: { covered: 2, total: 2 } });
    expect(figures(result, 'T1')).toMatchObject({ progress: 0, actions: 1 });
    expect(result.contract.unreportedActions).toBe(1);
  });
});

describe('rollUp: distinct actions', () => {
  // The first action serves P1.1.1 and P1.1.2, both under P1.1; the second T1.1.1 and P2.1.1, never reported.
  const result = rollUp(
    index,
    actions(
      {
        objectives: ['P1.1.1', 'P1.1.2'],
        status: 'en-cours',
        progress: 60,
        budget: { totalCost: 900, funding: {} },
      },
      {
        objectives: ['T1.1.1', 'P2.1.1'],
        status: 'programmee',
        progress: null,
        budget: { totalCost: 400, funding: {} },
      },
    ),
  );

  it.each<[string, number, number, number]>([
    // code, actions, countingActions, unreportedActions
    ['P1.1.1', 1, 1, 0],
    ['P1.1.2', 1, 1, 0],
    ['P1.1', 1, 1, 0],
    ['P1', 1, 1, 0],
    ['T1', 1, 1, 1],
    ['P2', 1, 1, 1],
    ['contract', 2, 2, 1],
  ])('%s counts %i action(s), %i counting, %i unreported', (code, all, counting, unreported) => {
    expect(figures(result, code)).toMatchObject({
      actions: all,
      countingActions: counting,
      unreportedActions: unreported,
    });
  });

  it('gives the progress of an action to each objective it serves', () => {
    // P1.1: both of its operational objectives at 60.
    expect(figures(result, 'P1.1')).toMatchObject({ progress: 60, progressBasis: 2 });
  });
});

/**
 * Budget: each action's cost split equally between its objectives.
 *   1 000 € on T1.1.1 and P1.1.1 → 500 each (north and south)
 *     300 € on P1.1.1, P1.1.2, P2.1.1 → 100 each (north)
 *     250 € on P1.2.1, déposée (south)
 *     120 € on P2.1.2, abandonnée (north)
 *   P1.1.1 = 600, P1.1 = 700, P1 = 950, T1 = 500, P2 = 100 + 120 = 220; contract = 1 670 = T1 + P1 + P2.
 */
const budgetActions = actions(
  { objectives: ['T1.1.1', 'P1.1.1'], territories: [NORD, SUD], budget: { totalCost: 1_000, funding: {} } },
  { objectives: ['P1.1.1', 'P1.1.2', 'P2.1.1'], budget: { totalCost: 300, funding: {} } },
  { objectives: ['P1.2.1'], territories: [SUD], status: 'deposee', budget: { totalCost: 250, funding: {} } },
  { objectives: ['P2.1.2'], status: 'abandonnee', budget: { totalCost: 120, funding: {} } },
);

describe('rollUp: a code listed twice (refused by the schema, harmless here anyway)', () => {
  it("counts the action once in the objective's mean and gives it the whole cost once", () => {
    // P1.1.1 at 0 (listed twice) and at 60: (0 + 60) / 2 = 30, not (0 + 0 + 60) / 3 = 20.
    const twice = { ...action({ objectives: ['P1.1.1'], progress: 0 }), objectives: ['P1.1.1', 'P1.1.1'] };
    const other = action({ objectives: ['P1.1.1'], progress: 60 });
    const result = rollUp(index, [twice, other]);
    expect(figures(result, 'P1.1.1')).toMatchObject({ progress: 30, actions: 2 });
    expect(figures(result, 'P1.1.1').budget).toBe(twice.budget.totalCost + other.budget.totalCost);
  });
});

describe('rollUp: budget', () => {
  const result = rollUp(index, budgetActions);

  it.each([
    ['T1.1.1', 500],
    ['T1.1.2', 0],
    ['T1.1', 500],
    ['T1', 500],
    ['T', 500],
    ['P1.1.1', 600],
    ['P1.1.2', 100],
    ['P1.1', 700],
    ['P1.2.1', 250],
    ['P1.th1', 950],
    ['P1', 950],
    ['P2.1.1', 100],
    ['P2.1.2', 120],
    ['P2', 220],
    ['contract', 1_670],
  ])('%s: %i €', (code, budget) => {
    expect(figures(result, code).budget).toBe(budget);
  });

  it('adds back up to the total cost, over the domains and over the operational objectives', () => {
    const total = budgetActions.reduce((sum, each) => sum + each.budget.totalCost, 0);
    expect(total).toBe(1_670);
    const domains = ['T1', 'P1', 'P2'].map((code) => figures(result, code).budget);
    expect(domains.reduce((sum, part) => sum + part, 0)).toBe(total);
    const operational = index.operationalIds.map((id) => figures(result, index.nodes[id]?.code ?? '').budget);
    expect(operational.reduce((sum, part) => sum + part, 0)).toBe(total);
  });

  it('splits a cost in thirds that still add up', () => {
    const thirds = rollUp(
      index,
      actions({ objectives: ['T1.1.1', 'P1.1.1', 'P2.1.1'], budget: { totalCost: 1_000, funding: {} } }),
    );
    expect(figures(thirds, 'P1').budget).toBeCloseTo(1_000 / 3, 9);
    expect(thirds.contract.budget).toBeCloseTo(1_000, 9);
  });

  it.each([
    // P1 only: 950; T1 and P2: 500 + 220.
    [['P1'], 950],
    [['T1', 'P2'], 720],
  ])('counts in the contract the share of the domains in scope %j: %i €', (domains, budget) => {
    expect(rollUp(index, budgetActions, { domains }).contract.budget).toBe(budget);
  });

  it('counts the part `costOf` gives, e.g. the cost in one territory', () => {
    // The 1 000 € action is in two territories: 500 € counts, 250 € to each of its objectives.
    const shared = rollUp(index, budgetActions, { costOf: costInTerritory });
    expect(figures(shared, 'T1.1.1').budget).toBe(250);
    expect(figures(shared, 'P1.1.1').budget).toBe(350);
    expect(shared.contract.budget).toBe(1_170);
    expect(rollUp(index, budgetActions, { costOf: () => 0 }).contract.budget).toBe(0);
  });
});

describe('rollUp: objectives the tree lacks', () => {
  it('leaves them out of every figure', () => {
    const result = rollUp(
      index,
      actions({ objectives: ['P9.1.1'], budget: { totalCost: 500, funding: {} } }),
    );
    expect(result.contract).toMatchObject({ actions: 0, budget: 0, coverage: { covered: 0, total: 7 } });
  });
});

/**
 * The rules read plainly, node by node and action by action, with none of the columns, slots and shared
 * passes that make rollUp fast: on random actions, both must give the very same figures (sums are made in
 * the same order, so not even the last bit differs).
 */
const referenceRollUp = (
  tree: ObjectiveIndex,
  list: readonly Action[],
  options: RollUpOptions = {},
): RollUp => {
  const objectivesOf = (each: Action) => [
    ...new Set(
      each.objectives
        .map((code) => tree.idByCode.get(code))
        .filter((id): id is number => id !== undefined && tree.chainById.has(id)),
    ),
  ];
  const figuresOver = (operational: readonly number[]): NodeFigures => {
    const means: number[] = [];
    let covered = 0;
    for (const id of operational) {
      const reports = list
        .filter((each) => countsForCoverage(each.status) && objectivesOf(each).includes(id))
        .map((each) => each.progress);
      if (reports.length > 0) covered += 1;
      const reported = reports.filter((progress): progress is number => progress !== null);
      if (reported.length > 0)
        means.push(reported.reduce((sum, progress) => sum + progress, 0) / reported.length);
    }
    const serving = list.filter((each) => objectivesOf(each).some((id) => operational.includes(id)));
    const counting = serving.filter((each) => countsForCoverage(each.status));
    let budget = 0;
    for (const each of list) {
      const ids = objectivesOf(each);
      const cost = options.costOf ? options.costOf(each) : each.budget.totalCost;
      for (const id of ids) if (operational.includes(id)) budget += cost / ids.length;
    }
    return {
      coverage: { covered, total: operational.length },
      progress: means.length > 0 ? means.reduce((sum, mean) => sum + mean, 0) / means.length : null,
      progressBasis: means.length,
      actions: serving.length,
      countingActions: counting.length,
      unreportedActions: counting.filter((each) => each.progress === null).length,
      budget,
    };
  };
  const under = (nodeId: number) =>
    tree.operationalIds.filter((id) => tree.chainById.get(id)?.includes(nodeId));
  const inScope = tree.operationalIds.filter(
    (id) =>
      options.domains === undefined ||
      options.domains.includes(tree.domainOf.get(tree.nodes[id]?.code ?? '')?.code ?? ''),
  );
  return {
    byCode: new Map(tree.nodes.map((node, id) => [node.code, figuresOver(under(id))])),
    contract: figuresOver(inScope),
  };
};

describe('rollUp against the rules read plainly', () => {
  const drawn = randomActions(300, 46, true);

  it.each<[string, RollUpOptions]>([
    ['every domain', {}],
    ['no domain', { domains: [] }],
    ['P1', { domains: ['P1'] }],
    ['T1 and P2', { domains: ['T1', 'P2'] }],
    ['P1, the cost in one territory', { domains: ['P1'], costOf: costInTerritory }],
  ])('%s', (_, options) => {
    expect(roundedBudgets(rollUp(index, drawn, options))).toEqual(
      roundedBudgets(referenceRollUp(index, drawn, options)),
    );
  });

  it.each<[string, Partial<ActionFilter>]>([
    ['2023', { years: [2023] }],
    ['the south, en cours or réalisée', { territories: [SUD], statuses: ['en-cours', 'realisee'] }],
    ['P2, funded by the State', { domains: ['P2'], funders: ['etat'] }],
  ])('gives the same figures over a filter’s result (%s) as over a copy of it', (_, filter) => {
    const kept = filterActions(drawn, { ...emptyFilter, ...filter }, index);
    expect(kept.length).toBeGreaterThan(0);
    expect(roundedBudgets(rollUp(index, kept))).toEqual(roundedBudgets(referenceRollUp(index, [...kept])));
    expect(roundedBudgets(rollUp(index, kept, { domains: ['P1'] }))).toEqual(
      roundedBudgets(rollUp(index, [...kept], { domains: ['P1'] })),
    );
  });
});
