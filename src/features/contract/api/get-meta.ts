import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import { type ContractMeta, contractMetaSchema } from '../../../domain/contract-meta';
import { type FetchOptions, fetchJson } from '../../../lib/fetch-json';

export const metaUrl = () => dataDocumentUrl(env.dataBaseUrl, 'meta.json');

export const getMeta = (options?: FetchOptions): Promise<ContractMeta> =>
  fetchJson(metaUrl(), contractMetaSchema, options);

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getMeta({ signal }),
    staleTime: 5 * 60_000,
  });

export const useMeta = () => useQuery(metaQueryOptions());
