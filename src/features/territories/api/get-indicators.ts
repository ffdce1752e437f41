import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import { type Indicator, indicatorSchema } from '../../../domain/context-indicators';
import { type Collection, DataError, type FetchOptions, fetchCollection } from '../../../lib/fetch-json';

export const indicatorsUrl = () => dataDocumentUrl(env.dataBaseUrl, 'indicators.json');

/** The territories' public statistics, or the fact that none are published (an optional file). */
export type IndicatorsDocument = { published: false } | ({ published: true } & Collection<Indicator>);

export const getIndicators = async (options?: FetchOptions): Promise<IndicatorsDocument> => {
  try {
    return {
      published: true,
      ...(await fetchCollection(indicatorsUrl(), 'indicators', indicatorSchema, options)),
    };
  } catch (error) {
    if (error instanceof DataError && error.kind === 'http' && error.status === 404)
      return { published: false };
    throw error;
  }
};

export const indicatorsQueryOptions = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: ({ signal }) => getIndicators({ signal }),
    // Statistics are published once a year or less: no need to refetch them while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
    // A failure is retried by the user's « Réessayer », not by each component that mounts on it: the
    // territory page and the annual report mount their map, statistics and error notices only once this
    // query has settled, and a refetch on their mount would put it back to pending, unmount them, and
    // start again, forever.
    retryOnMount: false,
  });

export const useIndicators = () => useQuery(indicatorsQueryOptions());
