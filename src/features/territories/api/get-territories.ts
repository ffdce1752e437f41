import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import { type Territory, territorySchema } from '../../../domain/territory';
import { type Collection, type FetchOptions, fetchCollection } from '../../../lib/fetch-json';

export const territoriesUrl = () => dataDocumentUrl(env.dataBaseUrl, 'territories.json');

/** The territories the contract follows, validated one by one (a bad record is reported, not fatal). */
export const getTerritories = (options?: FetchOptions): Promise<Collection<Territory>> =>
  fetchCollection(territoriesUrl(), 'territories', territorySchema, options);

export const territoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['territories'],
    queryFn: ({ signal }) => getTerritories({ signal }),
    // The list of territories is part of the contract: it does not change while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useTerritories = () => useQuery(territoriesQueryOptions());
