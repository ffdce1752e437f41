import { onlineManager, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { DataError } from '../../lib/fetch-json';
import { isTransientError } from '../../lib/query-errors';
import { persistedHashes, restoredCacheOf, shouldPersist } from './query-persistence';

export type OfflineData = {
  /** No answer at all (offline, timeout), or a server that answers with an error. */
  reason: 'offline' | 'server';
  /** The data on screen come from the cache saved in this browser, or were loaded earlier in this visit. */
  source: 'saved' | 'loaded';
  /** When they were saved (or loaded), in ms; the oldest of the documents concerned. */
  at: number;
  retrying: boolean;
};

/**
 * The state of the data documents that are shown although their last request failed (or the browser says
 * it is offline): what the banner says. As one string, so that React re-renders only when it changes.
 */
const offlineSnapshot = (client: QueryClient): string => {
  const restored = restoredCacheOf(client);
  const online = onlineManager.isOnline();
  let found = null as OfflineData | null;
  for (const query of client.getQueryCache().getAll()) {
    // The published documents with data; a local import needs no network, and says so in its own banner.
    if (!shouldPersist(query)) continue;
    const { state } = query;
    // A failed attempt counts at once, before React Query's retries are over: the data are shown meanwhile.
    const failure =
      state.status === 'error' ? state.error : state.fetchFailureCount > 0 ? state.fetchFailureReason : null;
    if (online && !isTransientError(failure)) continue;
    const saved = restored?.dataUpdatedAt.get(query.queryHash) === state.dataUpdatedAt;
    const at = saved && restored ? restored.savedAt : state.dataUpdatedAt;
    const offline = !online || (failure instanceof DataError && failure.kind === 'network');
    found = {
      reason: found?.reason === 'offline' || offline ? 'offline' : 'server',
      source: found?.source === 'saved' || saved ? 'saved' : 'loaded',
      at: Math.min(found?.at ?? at, at),
      retrying: Boolean(found?.retrying) || state.fetchStatus === 'fetching',
    };
  }
  return found ? JSON.stringify(found) : '';
};

/** The data shown in spite of a failed request, or null when every document loaded normally. */
export const useOfflineData = () => {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const unsubscribeCache = client.getQueryCache().subscribe(onChange);
      const unsubscribeOnline = onlineManager.subscribe(onChange);
      return () => {
        unsubscribeCache();
        unsubscribeOnline();
      };
    },
    [client],
  );
  const snapshot = useSyncExternalStore(subscribe, () => offlineSnapshot(client));
  const retry = useCallback(() => {
    const wanted = persistedHashes();
    void client.refetchQueries({
      predicate: (query) =>
        wanted.has(query.queryHash) &&
        (query.state.status === 'error' || query.state.fetchFailureCount > 0 || !onlineManager.isOnline()),
    });
  }, [client]);
  return snapshot ? { ...(JSON.parse(snapshot) as OfflineData), retry } : null;
};

/**
 * The banner's words, which the presentation's footer repeats: why the data cannot be fetched, and which
 * data are shown meanwhile ("données enregistrées" or "chargées", then their date).
 */
export const offlineReasonText = ({ reason }: Pick<OfflineData, 'reason'>) =>
  reason === 'offline' ? 'Hors ligne' : 'Serveur de données indisponible';
export const offlineSourceText = ({ source }: Pick<OfflineData, 'source'>) =>
  source === 'saved' ? 'enregistrées' : 'chargées';
