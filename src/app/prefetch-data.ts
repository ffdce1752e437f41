import type { QueryClient } from '@tanstack/react-query';
import { actionsQueryOptions } from '../features/actions/api/get-actions';
import { metaQueryOptions } from '../features/contract/api/get-meta';
import { objectivesQueryOptions } from '../features/objectives/api/get-objectives';
import { territoriesQueryOptions } from '../features/territories/api/get-territories';

/**
 * Requests the contract's four documents as the app starts, beside its first render rather than after it:
 * the pages ask for them only once rendered, which would put the download after the JavaScript's start-up,
 * in series. The same queries the pages use, so they find the documents in flight or already there.
 */
export const prefetchData = (client: QueryClient) => {
  void client.prefetchQuery(objectivesQueryOptions());
  void client.prefetchQuery(territoriesQueryOptions());
  void client.prefetchQuery(metaQueryOptions());
  void client.prefetchQuery(actionsQueryOptions());
};
