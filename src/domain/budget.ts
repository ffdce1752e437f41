import { type Action, type Funder, funders } from './action';
import { type ActionSelection, selectActions } from './action-table';

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

/** The breakdown of some rows of a table: each figure adds one column over the rows, in their order. */
export const budgetOfRows = ({ table, rows }: ActionSelection): BudgetBreakdown => {
  const byFunder = Object.fromEntries(funders.map((funder) => [funder, 0])) as Record<Funder, number>;
  const { totalCost: costColumn, otherFunding, yearSlot } = table;
  const stateColumn = table.funding.etat;
  const yearCost = new Float64Array(table.years.length);
  const yearState = new Float64Array(table.years.length);
  const yearUsed = new Uint8Array(table.years.length);
  let totalCost = 0;
  let leverageActions = 0;
  let leverageState = 0;
  let leverageOther = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    const cost = costColumn[row] as number;
    const state = stateColumn[row] as number;
    totalCost += cost;
    if (state > 0) {
      leverageActions += 1;
      leverageState += state;
      leverageOther += otherFunding[row] as number;
    }
    const slot = yearSlot[row] as number;
    yearUsed[slot] = 1;
    yearCost[slot] = (yearCost[slot] as number) + cost;
    yearState[slot] = (yearState[slot] as number) + state;
  }
  // Column by column: a funder the action does not name adds 0, which leaves the sum exactly as it was.
  for (const funder of funders) {
    const column = table.funding[funder];
    let sum = 0;
    for (let k = 0; k < rows.length; k += 1) sum += column[rows[k] as number] as number;
    byFunder[funder] = sum;
  }
  const declared = funders.reduce((sum, funder) => sum + byFunder[funder], 0);
  const byYear: BudgetBreakdown['byYear'] = [];
  table.years.forEach((year, slot) => {
    if (yearUsed[slot])
      byYear.push({ year, totalCost: yearCost[slot] as number, state: yearState[slot] as number });
  });
  return {
    totalCost,
    declared,
    byFunder,
    byYear,
    stateShare: totalCost > 0 ? byFunder.etat / totalCost : null,
    leverage: {
      actions: leverageActions,
      state: leverageState,
      other: leverageOther,
      ratio: leverageState > 0 ? leverageOther / leverageState : null,
    },
  };
};

/** The breakdown of a set of actions (a page's handful, or a filter's result: see selectActions). */
export const budgetBreakdown = (actions: readonly Action[]): BudgetBreakdown =>
  budgetOfRows(selectActions(actions));

/** An action's cost in one of its territories: shared equally between them, so territories add up. */
export const costInTerritory = (action: Action) => action.budget.totalCost / action.territories.length;
