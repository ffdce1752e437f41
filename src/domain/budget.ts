import { type Action, type Funder, funders } from './action';

/**
 * Money, as committees read it: by funder, by year and by territory; the State's share; the leverage.
 *
 * - Amounts are the actions' budgets as programmed (total cost and the amounts each funder commits).
 * - The State's share is the State's (BOP 147) amount over the actions' total cost.
 * - The leverage is computed over the actions the State funds only: what the other funders (the holder's
 *   own funds included) put in for each euro of State money. Actions without State money would inflate it.
 */
export const stateShareRule =
  'Part de l’État : crédits de l’État (BOP 147) rapportés au coût total des actions retenues.';
export const leverageRule =
  'Effet levier : pour les seules actions financées par l’État, somme des autres financements (fonds propres des porteurs compris) pour 1 € de crédits de l’État.';

export type BudgetBreakdown = {
  /** Sum of the actions' total costs. */
  totalCost: number;
  /** Sum of the amounts the funders declared (may be less than the total cost). */
  declared: number;
  byFunder: Record<Funder, number>;
  /** Total cost by programmation year, years in ascending order. */
  byYear: { year: number; totalCost: number; state: number }[];
  /** State money over total cost, or null when there is no cost at all. */
  stateShare: number | null;
  leverage: {
    /** How many actions the State funds. */
    actions: number;
    state: number;
    other: number;
    /** Other funding per euro of State money, or null when the State funds nothing. */
    ratio: number | null;
  };
};

export const budgetBreakdown = (actions: readonly Action[]): BudgetBreakdown => {
  const byFunder = Object.fromEntries(funders.map((funder) => [funder, 0])) as Record<Funder, number>;
  const byYear = new Map<number, { totalCost: number; state: number }>();
  let totalCost = 0;
  let leverageActions = 0;
  let leverageState = 0;
  let leverageOther = 0;
  for (const action of actions) {
    const { funding } = action.budget;
    totalCost += action.budget.totalCost;
    let other = 0;
    for (const funder of funders) {
      const amount = funding[funder] ?? 0;
      byFunder[funder] += amount;
      if (funder !== 'etat') other += amount;
    }
    const state = funding.etat ?? 0;
    if (state > 0) {
      leverageActions += 1;
      leverageState += state;
      leverageOther += other;
    }
    const year = byYear.get(action.year) ?? { totalCost: 0, state: 0 };
    year.totalCost += action.budget.totalCost;
    year.state += state;
    byYear.set(action.year, year);
  }
  const declared = funders.reduce((sum, funder) => sum + byFunder[funder], 0);
  return {
    totalCost,
    declared,
    byFunder,
    byYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, amounts]) => ({ year, ...amounts })),
    stateShare: totalCost > 0 ? byFunder.etat / totalCost : null,
    leverage: {
      actions: leverageActions,
      state: leverageState,
      other: leverageOther,
      ratio: leverageState > 0 ? leverageOther / leverageState : null,
    },
  };
};

/** An action's cost in one of its territories: shared equally between them, so territories add up. */
export const costInTerritory = (action: Action) => action.budget.totalCost / action.territories.length;
