import type { UseQueryResult } from '@tanstack/react-query';
import { type CheckedIndicators, type Indicator, joinIndicators } from '../../../domain/context-indicators';
import { type CheckedPerimeters, joinPerimeters, type PerimeterFeature } from '../../../domain/perimeters';
import type { Territory } from '../../../domain/territory';
import { type Collection, fileName, type RejectedRecord } from '../../../lib/fetch-json';
import { memoizeLast } from '../../../lib/memoize-last';
import { failedWithoutData } from '../../../lib/query-errors';
import { type IndicatorsDocument, indicatorsUrl, useIndicators } from './get-indicators';
import { type PerimetersDocument, perimetersUrl, usePerimeters } from './get-perimeters';
import { useTerritories } from './get-territories';

/**
 * A context document (perimeters, indicators) joined to the contract's territories: `unpublished` when the
 * file is absent (a normal state: the page says so), `error` with a retry when it cannot be read.
 */
export type ContextState<T> =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'unpublished' }
  | { status: 'ready'; data: T; territories: Territory[] };

const joinedPerimeters = memoizeLast(
  (document: Collection<PerimeterFeature>, territories: Collection<Territory>): CheckedPerimeters => {
    const joined = joinPerimeters(fileName(perimetersUrl()), document, territories.records);
    return {
      ...joined,
      rejected: [...document.rejected, ...joined.rejected].sort((a, b) => a.index - b.index),
    };
  },
);

const joinedIndicators = memoizeLast(
  (document: Collection<Indicator>, territories: Collection<Territory>): CheckedIndicators => {
    const joined = joinIndicators(fileName(indicatorsUrl()), document, territories.records);
    return {
      ...joined,
      rejected: [...document.rejected, ...joined.rejected].sort((a, b) => a.index - b.index),
    };
  },
);

const contextState = <D extends { published: boolean }, T>(
  query: UseQueryResult<D>,
  territories: UseQueryResult<Collection<Territory>>,
  join: (document: Extract<D, { published: true }>, territories: Collection<Territory>) => T,
): ContextState<T> => {
  if (query.data && !query.data.published) return { status: 'unpublished' };
  const failed = [query, territories].filter(failedWithoutData);
  if (failed.length > 0) {
    return {
      status: 'error',
      error: failed[0]?.error,
      retry: () => {
        for (const each of failed) void each.refetch();
      },
      retrying: failed.some((each) => each.isFetching),
    };
  }
  if (!query.data?.published || !territories.data) return { status: 'pending' };
  return {
    status: 'ready',
    data: join(query.data as Extract<D, { published: true }>, territories.data),
    territories: territories.data.records,
  };
};

/** The published perimeters, joined to the territories by id or QPV code; checked once per document. */
export const useCheckedPerimeters = (): ContextState<CheckedPerimeters> =>
  contextState<PerimetersDocument, CheckedPerimeters>(usePerimeters(), useTerritories(), joinedPerimeters);

/** The published indicators, joined to the territories and their reference areas. */
export const useCheckedIndicators = (): ContextState<CheckedIndicators> =>
  contextState<IndicatorsDocument, CheckedIndicators>(useIndicators(), useTerritories(), joinedIndicators);

/** Every feature and indicator left out, with its reason: for the notice on every page and the data page. */
export const useContextRejections = (): RejectedRecord[] => {
  const perimeters = useCheckedPerimeters();
  const indicators = useCheckedIndicators();
  return [
    ...(perimeters.status === 'ready' ? perimeters.data.rejected : []),
    ...(indicators.status === 'ready' ? indicators.data.rejected : []),
  ];
};
