import { describe, expect, it } from 'vitest';
import { type Action, type Funder, funders } from '../../src/domain/action';
import { emptyFilter, filterActions } from '../../src/domain/action-filter';
import { type BudgetBreakdown, budgetBreakdown, costInTerritory } from '../../src/domain/budget';
import { action, actions, dashboardIndex, NORD, randomActions, SUD } from '../support/dashboard-fixtures';

/**
 *          year  total   etat  ville  caf  region  porteur   declared
 *   A-001  2023  1 000    400    300    –       –      300      1 000
 *   A-002  2022  2 000      –  1 000  500       –        –      1 500  (no State money)
 *   A-003  2023    500    100      –    –     100      300        500
 *   sum          3 500    500  1 300  500     100      600      3 000
 *
 * State share: 500 / 3 500 = 1/7. Leverage over only: (300 + 300 + 100 + 300) / 500 = 2
 * (over every action it would be (3 000 − 500) / 500 = 5).
 */
const three = actions(
  { year: 2023, budget: { totalCost: 1_000, funding: { etat: 400, ville: 300, porteur: 300 } } },
  { year: 2022, budget: { totalCost: 2_000, funding: { ville: 1_000, caf: 500 } } },
  { year: 2023, budget: { totalCost: 500, funding: { etat: 100, region: 100, porteur: 300 } } },
);

describe('budgetBreakdown', () => {
  const breakdown = budgetBreakdown(three);

  it('adds the total costs and the declared amounts', () => {
    expect(breakdown.totalCost).toBe(3_500);
    expect(breakdown.declared).toBe(3_000);
  });

  it('adds each funder, every funder listed', () => {
    expect(breakdown.byFunder).toEqual({
      etat: 500,
      ville: 1_300,
      agglomeration: 0,
      caf: 500,
      departement: 0,
      region: 100,
      bailleurs: 0,
      autres: 0,
      porteur: 600,
    });
  });

  it('adds by year, years in ascending order whatever the order of the actions', () => {
    expect(breakdown.byYear).toEqual([
      { year: 2022, totalCost: 2_000, state: 0 },
      { year: 2023, totalCost: 1_500, state: 500 },
    ]);
  });

  it('gives the State share of the total cost', () => {
    expect(breakdown.stateShare).toBeCloseTo(1 / 7, 12);
  });

  it('computes the leverage over the State-funded actions only', () => {
    expect(breakdown.leverage).toEqual({ actions: 2, state: 500, other: 1_000, ratio: 2 });
  });

  it.each([
    ['no action', []],
    ['actions that cost nothing', actions({ budget: { totalCost: 0, funding: {} } })],
  ])('has no State share and no leverage for %s', (_, list) => {
    const empty = budgetBreakdown(list);
    expect(empty.stateShare).toBeNull();
    expect(empty.leverage).toEqual({ actions: 0, state: 0, other: 0, ratio: null });
  });

  it('gives a State share of 0, and no leverage, when the State funds nothing', () => {
    // A-002 alone: 2 000 € of cost, no State money; a State amount of 0 does not make a State-funded action.
    const noState = budgetBreakdown([
      action({ budget: { totalCost: 2_000, funding: { etat: 0, ville: 1_000, caf: 500 } } }),
    ]);
    expect(noState.stateShare).toBe(0);
    expect(noState.leverage).toEqual({ actions: 0, state: 0, other: 0, ratio: null });
  });

  it('has nothing by year for no action', () => {
    expect(budgetBreakdown([]).byYear).toEqual([]);
    expect(budgetBreakdown([]).totalCost).toBe(0);
  });
});

describe('costInTerritory', () => {
  it.each([
    // total cost / number of territories
    [900, [NORD], 900],
    [900, [NORD, SUD], 450],
    [0, [NORD, SUD], 0],
  ])('%i € over %j → %i €', (totalCost, territories, expected) => {
    expect(costInTerritory(action({ territories, budget: { totalCost, funding: {} } }))).toBe(expected);
  });

  it('adds back up to the total over the action’s territories', () => {
    const each = action({ territories: [NORD, SUD, 'centre'], budget: { totalCost: 1_000, funding: {} } });
    expect(costInTerritory(each) * 3).toBeCloseTo(1_000, 9);
  });
});

/** The rules read plainly, action by action, reading each funding object as written. */
const referenceBreakdown = (list: readonly Action[]): BudgetBreakdown => {
  const byFunder = Object.fromEntries(funders.map((funder) => [funder, 0])) as Record<Funder, number>;
  const years = new Map<number, { totalCost: number; state: number }>();
  let totalCost = 0;
  const leverage = { actions: 0, state: 0, other: 0 };
  for (const each of list) {
    totalCost += each.budget.totalCost;
    let other = 0;
    for (const [funder, amount] of Object.entries(each.budget.funding)) {
      byFunder[funder as Funder] += amount ?? 0;
      if (funder !== 'etat') other += amount ?? 0;
    }
    const state = each.budget.funding.etat ?? 0;
    if (state > 0) {
      leverage.actions += 1;
      leverage.state += state;
      leverage.other += other;
    }
    const year = years.get(each.year) ?? { totalCost: 0, state: 0 };
    year.totalCost += each.budget.totalCost;
    year.state += state;
    years.set(each.year, year);
  }
  return {
    totalCost,
    declared: funders.reduce((sum, funder) => sum + byFunder[funder], 0),
    byFunder,
    byYear: [...years].sort(([a], [b]) => a - b).map(([year, amounts]) => ({ year, ...amounts })),
    stateShare: totalCost > 0 ? byFunder.etat / totalCost : null,
    leverage: { ...leverage, ratio: leverage.state > 0 ? leverage.other / leverage.state : null },
  };
};

describe('budgetBreakdown against the rules read plainly', () => {
  // Funders in varying order and amounts with cents: the columns must add in the same order, to the last bit.
  const drawn = randomActions(300, 147);

  it('over every action', () => {
    expect(budgetBreakdown(drawn)).toEqual(referenceBreakdown(drawn));
  });

  it('over a filter’s result, read from the table of every action', () => {
    const kept = filterActions(drawn, { ...emptyFilter, years: [2022, 2024] }, dashboardIndex);
    expect(budgetBreakdown(kept)).toEqual(referenceBreakdown(kept));
  });
});
