import type { SituationInput } from '../../domain/annual-report';
import type { CheckedIndicators } from '../../domain/context-indicators';
import { neighbourhoodFigures } from '../../domain/neighbourhood-figures';
import type { Territory } from '../../domain/territory';
import { memoizeLast } from '../../lib/memoize-last';
import { type ContextState, useCheckedIndicators } from '../territories/api/use-territory-context';

/**
 * Section 2's input (« Évolution de la situation des quartiers »): the neighbourhood statistics of issue 16
 * (indicators.json, checked and joined to the territories by use-territory-context.ts), each territory's
 * shaped by `neighbourhoodFigures`, as its page shows them. The report is recomputed when this value
 * changes, so it keeps its identity while the data stay the same: the states are constants, and the
 * figures are made once per checked document (memoizeLast on the joined indicators and the territories,
 * which React Query hands over unchanged).
 */

const LOADING: SituationInput = { status: 'loading' };
const UNPUBLISHED: SituationInput = { status: 'unpublished' };

const readyInput = memoizeLast(
  (indicators: CheckedIndicators, territories: readonly Territory[]): SituationInput => ({
    status: 'ready',
    territories: territories.map((territory) => ({
      territory,
      figures: neighbourhoodFigures(territory, indicators),
    })),
  }),
);

const failedInput = memoizeLast(
  (error: unknown): SituationInput => ({
    status: 'failed',
    reason: error instanceof Error ? error.message : String(error),
  }),
);

/** The report's input from the statistics' state: pure, for a test of each state. */
export const situationInputOf = (state: ContextState<CheckedIndicators>): SituationInput => {
  switch (state.status) {
    case 'pending':
      return LOADING;
    case 'unpublished':
      return UNPUBLISHED;
    case 'error':
      return failedInput(state.error);
    case 'ready':
      return readyInput(state.data, state.territories);
  }
};

/** Section 2's input, from the statistics as the territory page reads them. */
export const useSituationInput = (): SituationInput => situationInputOf(useCheckedIndicators());
