import { queryOptions, useQuery } from '@tanstack/react-query';
import { env } from '../../../config/env';
import { type ObjectiveTree, objectiveTreeSchema } from '../../../domain/objective-tree';
import { type FetchOptions, fetchJson } from '../../../lib/fetch-json';

export const objectivesUrl = () => `${env.dataBaseUrl}/objectives.json`;

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
