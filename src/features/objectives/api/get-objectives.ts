import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import { buildObjectiveIndex } from '../../../domain/objective-index';
import { type ObjectiveTree, objectiveTreeSchema } from '../../../domain/objective-tree';
import { type FetchOptions, fetchJson } from '../../../lib/fetch-json';
import { memoizeLast } from '../../../lib/memoize-last';

export const objectivesUrl = () => dataDocumentUrl(env.dataBaseUrl, 'objectives.json');

export const getObjectives = (options?: FetchOptions): Promise<ObjectiveTree> =>
  fetchJson(objectivesUrl(), objectiveTreeSchema, options);

export const objectivesQueryOptions = () =>
  queryOptions({
    queryKey: ['objectives'],
    queryFn: ({ signal }) => getObjectives({ signal }),
    // The tree changes only when a new annex is published: no need to refetch it while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useObjectives = () => useQuery(objectivesQueryOptions());

/** The tree laid out for counting, built once per tree however many pages and hooks ask for it. */
export const objectiveIndexOf = memoizeLast((tree: ObjectiveTree) => buildObjectiveIndex(tree));
