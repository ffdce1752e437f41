import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import {
  featureLabel,
  type PerimeterFeature,
  perimeterFeatureSchema,
  perimetersDocumentSchema,
} from '../../../domain/perimeters';
import {
  type Collection,
  DataError,
  describeZodError,
  type FetchOptions,
  fetchJsonBody,
  fileName,
  validateRecords,
} from '../../../lib/fetch-json';

export const perimetersUrl = () => dataDocumentUrl(env.dataBaseUrl, 'perimeters.json');

/**
 * The territories' perimeters and their communes' outlines, or the fact that none are published: the file
 * is optional (a 404 is a normal state, and the map then says so), not an error.
 */
export type PerimetersDocument = { published: false } | ({ published: true } & Collection<PerimeterFeature>);

const MAX_PROBLEMS_IN_ERROR = 20;

/**
 * Reads a GeoJSON FeatureCollection and checks its features one by one: a bad one (invalid geometry,
 * coordinates that are not longitude and latitude…) is left out and reported with its territory, code or
 * name; the others are kept. A file that is not a FeatureCollection, that declares another coordinate
 * system, or in which not one feature is valid, is an error.
 */
export const parsePerimeters = (url: string, body: unknown): Collection<PerimeterFeature> => {
  const document = perimetersDocumentSchema.safeParse(body);
  if (!document.success) {
    throw new DataError(
      'schema',
      url,
      `les données de ${url} ne respectent pas le format attendu`,
      describeZodError(document.error),
    );
  }
  const { features } = document.data;
  const collection = validateRecords(fileName(url), 'features', features, perimeterFeatureSchema);
  const rejected = collection.rejected.map((record) => ({
    ...record,
    id: featureLabel(features[record.index]) ?? record.id,
  }));
  if (features.length > 0 && collection.records.length === 0) {
    throw new DataError(
      'schema',
      url,
      `aucune des ${features.length} entités de ${url} n’est valide`,
      rejected
        .flatMap((record) =>
          record.problems.map((problem) => ({
            ...problem,
            message: record.id ? `${record.id} : ${problem.message}` : problem.message,
          })),
        )
        .slice(0, MAX_PROBLEMS_IN_ERROR),
    );
  }
  return { ...collection, rejected };
};

export const getPerimeters = async (options?: FetchOptions): Promise<PerimetersDocument> => {
  const url = perimetersUrl();
  try {
    return { published: true, ...parsePerimeters(url, await fetchJsonBody(url, options)) };
  } catch (error) {
    if (error instanceof DataError && error.kind === 'http' && error.status === 404)
      return { published: false };
    throw error;
  }
};

export const perimetersQueryOptions = () =>
  queryOptions({
    queryKey: ['perimeters'],
    queryFn: ({ signal }) => getPerimeters({ signal }),
    // Perimeters change with a new geography (every ten years or so), not while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
    // A failure is retried by the user's « Réessayer », not by each component that mounts on it: the
    // territory page and the annual report mount their map, statistics and error notices only once this
    // query has settled, and a refetch on their mount would put it back to pending, unmount them, and
    // start again, forever.
    retryOnMount: false,
  });

export const usePerimeters = () => useQuery(perimetersQueryOptions());
