import { queryOptions, useQuery } from '@tanstack/react-query';
import { env } from '../../../config/env';
import { type ContractMeta, contractMetaSchema } from '../../../domain/contract-meta';
import { fetchJson } from '../../../lib/fetch-json';

export const metaUrl = () => `${env.dataBaseUrl}/meta.json`;

export const getMeta = (signal?: AbortSignal): Promise<ContractMeta> =>
  fetchJson(metaUrl(), contractMetaSchema, signal);

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getMeta(signal),
    staleTime: 5 * 60_000,
  });

export const useMeta = () => useQuery(metaQueryOptions());
