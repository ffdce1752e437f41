import { queryOptions, useQuery } from '@tanstack/react-query';
import { env } from '../../../config/env';
import { type Action, actionSchema } from '../../../domain/action';
import { type Collection, DataError, type FetchOptions, fetchCollection } from '../../../lib/fetch-json';

export const actionsUrl = () => `${env.dataBaseUrl}/actions.json`;

/**
 * The programmation, or the fact that none is published yet. A missing actions.json is a normal state of a
 * new contract (the tree is known before any action is), so it is not an error: the pages then say
 * "aucune action publiée" and show no figure rather than zeros.
 */
export type ActionsDocument = { published: false } | ({ published: true } & Collection<Action>);

export const getActions = async (options?: FetchOptions): Promise<ActionsDocument> => {
  try {
    const collection = await fetchCollection(actionsUrl(), 'actions', actionSchema, options);
    return { published: true, ...collection };
  } catch (error) {
    if (error instanceof DataError && error.kind === 'http' && error.status === 404)
      return { published: false };
    throw error;
  }
};

export const actionsQueryOptions = () =>
  queryOptions({
    queryKey: ['actions'],
    queryFn: ({ signal }) => getActions({ signal }),
    staleTime: 5 * 60_000,
  });

export const useActions = () => useQuery(actionsQueryOptions());
