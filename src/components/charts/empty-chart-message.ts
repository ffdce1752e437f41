import { createContext } from 'react';

/** What a chart with nothing to draw says, unless its page or its own props say better. */
export const DEFAULT_EMPTY_MESSAGE = 'Aucune action ne correspond à ces filtres.';

/**
 * The empty message of every chart below it. A page sets it when "nothing matches" would mislead: with no
 * action recorded at all, no filter is to blame (features/dashboard/empty-programmation.ts).
 */
export const EmptyChartMessage = createContext(DEFAULT_EMPTY_MESSAGE);
