import { createContext } from 'react';
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

/** The statistics could not be read: what the page needs to say why and to read them again. */
export type SituationFailure = { error: unknown; retry: () => void; retrying: boolean };

/**
 * The failure, handed down by the page to section 2's notice. Not read there with useCheckedIndicators: a
 * query observer mounted on an error makes React Query fetch again (retryOnMount), which empties the error
 * while it runs, unmounts the notice, and mounts it again on the next error, for ever.
 */
export const SituationFailureContext = createContext<SituationFailure | null>(null);

/** Section 2's input, and the statistics' failure with its retry when they could not be read. */
export const useSituation = (): { input: SituationInput; failure: SituationFailure | null } => {
  const state = useCheckedIndicators();
  return { input: situationInputOf(state), failure: state.status === 'error' ? state : null };
};
