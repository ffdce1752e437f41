import type { NodeFigures, RollUp } from '../../src/domain/roll-up';

const rounded = (figures: NodeFigures): NodeFigures => ({
  ...figures,
  budget: Math.round(figures.budget * 1e6) / 1e6,
});

/**
 * A roll-up with its budgets rounded to the micro-euro, to compare with one computed another way: the same
 * cost shares summed in another order differ in their last binary digits (68 449,18166666663 against
 * 68 449,1816666667), which is no difference of figure. Everything else is compared exactly.
 */
export const roundedBudgets = (rollUp: RollUp): RollUp => ({
  byCode: new Map([...rollUp.byCode].map(([code, figures]) => [code, rounded(figures)])),
  contract: rounded(rollUp.contract),
});
