import {
  type DehydratedState,
  dehydrate,
  hashKey,
  hydrate,
  onlineManager,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { z } from 'zod';
import { env } from '../../config/env';
import { indexedDbStore } from '../../lib/browser-storage';
import { onFirstUse } from '../../lib/on-first-use';
import { isTransientError } from '../../lib/query-errors';
import { whenIdle } from '../../lib/when-idle';
import { actionsQueryOptions } from '../actions/api/get-actions';
import { metaQueryOptions } from '../contract/api/get-meta';
import { readLocalDataset } from '../import/local-dataset';
import { objectivesQueryOptions } from '../objectives/api/get-objectives';
import { indicatorsQueryOptions } from '../territories/api/get-indicators';
import { perimetersQueryOptions } from '../territories/api/get-perimeters';
import { territoriesQueryOptions } from '../territories/api/get-territories';

/**
 * The last data the dashboard loaded, kept in this browser (IndexedDB) so that a visit without a network
 * still shows them, with their date (see offline-banner.tsx). Only the published documents are kept (the
 * four of the contract, and the territories' perimeters and statistics);
 * each page still fetches them as usual, and fresh data replace the saved ones.
 */

/**
 * Bump when the shape of the cached data changes (a schema in src/domain, a document type in an api/ file):
 * a cache written by code that read the files differently is then discarded, never misread. A release
 * discards every cache anyway, through the app's version (below); this is for changes within a version.
 */
export const CACHE_VERSION = 1;

// Injected by Vite's `define` (vite.config.ts) from package.json's version; "dev" when it is not.
declare const __APP_VERSION__: string | undefined;
const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** What a saved cache must carry to be read back: another version of the app wrote it otherwise. */
export const cacheBuster = (appVersion: string = APP_VERSION) => `${CACHE_VERSION}:${appVersion}`;

/** Older than this, a cache is discarded: figures a month old are more likely to mislead than to help. */
export const MAX_CACHE_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** At most one save a second: the four documents arrive within moments of each other. */
export const SAVE_THROTTLE_MS = 1_000;

/**
 * Unchanged data are saved again only after this long, to keep the saved date close to the last load
 * without copying a large programmation into the storage on every refetch.
 */
const RESAVE_UNCHANGED_AFTER_MS = 60 * 60 * 1000;

export type PersistedCache = { buster: string; savedAt: number; clientState: DehydratedState };

// Checked before use, like any stored value: an older or newer app, or another tab, may have written it.
// The data themselves were validated when they were fetched, by the same code (same buster).
const persistedCacheSchema = z.object({
  buster: z.string(),
  savedAt: z.number(),
  clientState: z.object({
    queries: z.array(
      z
        .object({ queryKey: z.array(z.unknown()), queryHash: z.string(), state: z.object({}).loose() })
        .loose(),
    ),
    mutations: z.array(z.unknown()),
  }),
});

/** Where the cache is kept: IndexedDB by default, anything with these three methods in tests. */
export type CacheStorage = {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: PersistedCache) => Promise<void>;
  del: (key: string) => Promise<void>;
};

const cacheStore = indexedDbStore('cap-quartiers-cache', 'queries');

/** The IndexedDB storage, or null when this browser has none (the app then runs without a cache). */
export const indexedDbStorage = (): CacheStorage | null => {
  const store = cacheStore();
  if (!store) return null;
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
};

/** One cache per contract's data address: another deployment on the same origin has its own. */
export const cacheKey = () => `queries:${env.dataBaseUrl}`;

/**
 * The hashes of the queries kept in the cache (the published documents). Made once: they are read on
 * every event of the query cache, and the keys never change.
 */
export const persistedHashes: () => ReadonlySet<string> = onFirstUse(
  () =>
    new Set(
      [
        metaQueryOptions().queryKey,
        objectivesQueryOptions().queryKey,
        territoriesQueryOptions().queryKey,
        actionsQueryOptions().queryKey,
        perimetersQueryOptions().queryKey,
        indicatorsQueryOptions().queryKey,
      ].map((key) => hashKey(key)),
    ),
);
const actionsHash = onFirstUse(() => hashKey(actionsQueryOptions().queryKey));

/**
 * A programmation imported in this browser is not saved here: it has its own store, which the actions
 * query reads first anyway (offline too), and a copy here could outlive "Revenir aux données publiées" and
 * show up later as if it were the published data.
 */
const isLocalImport = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  'origin' in data &&
  (data as { origin?: { kind?: unknown } }).origin?.kind === 'local';

/**
 * Beyond this many records a document is not saved: IndexedDB copies it on the main thread, in one piece,
 * on every visit (100 000 actions took seconds of structured clone in Chromium). A contract's programmation
 * holds hundreds of actions; tens of thousands are a stress test, which then runs without an offline cache.
 */
export const MAX_PERSISTED_RECORDS = 10_000;

const recordCount = (data: unknown) =>
  typeof data === 'object' && data !== null && 'records' in data && Array.isArray(data.records)
    ? data.records.length
    : 0;

/** Whether a query is one of the published documents, with data to keep (not a local import). */
export const shouldPersist = (query: Query) =>
  persistedHashes().has(query.queryHash) &&
  query.state.data !== undefined &&
  !(query.queryHash === actionsHash() && isLocalImport(query.state.data));

const shouldSave = (query: Query) =>
  shouldPersist(query) && recordCount(query.state.data) <= MAX_PERSISTED_RECORDS;

// A console message once per page, not once per save: the app carries on without a cache.
let warned = false;
const warnOnce = (what: string, error: unknown) => {
  if (warned) return;
  warned = true;
  console.warn(`Cache hors ligne indisponible (${what}) ; le tableau de bord fonctionne sans.`, error);
};

/** For tests: the next storage failure is logged again. */
export const resetPersistenceWarnings = () => {
  warned = false;
};

export type PersistOptions = {
  /** null: no storage at all (no IndexedDB). */
  storage?: CacheStorage | null;
  buster?: string;
  maxAgeMs?: number;
  throttleMs?: number;
  now?: () => number;
};

const withDefaults = (options: PersistOptions) => ({
  storage: options.storage === undefined ? indexedDbStorage() : options.storage,
  buster: options.buster ?? cacheBuster(),
  maxAgeMs: options.maxAgeMs ?? MAX_CACHE_AGE_MS,
  throttleMs: options.throttleMs ?? SAVE_THROTTLE_MS,
  now: options.now ?? Date.now,
});

/**
 * The queries to save, as they stood at their last success: a failed refetch since (status "error", its
 * error, its failure count) is this visit's business, not the next one's.
 */
export const dehydrateForCache = (client: QueryClient): DehydratedState => {
  const state = dehydrate(client, {
    shouldDehydrateQuery: shouldSave,
    shouldDehydrateMutation: () => false,
  });
  return {
    mutations: [],
    queries: state.queries.map((query) => ({
      ...query,
      state: {
        ...query.state,
        status: 'success',
        error: null,
        fetchFailureCount: 0,
        fetchFailureReason: null,
        fetchStatus: 'idle',
        isInvalidated: false,
      },
    })),
  };
};

/** Saves the data queries now. Never throws: a storage that fails (full, private mode) is logged once. */
export const saveQueryCache = async (client: QueryClient, options: PersistOptions = {}) => {
  const { storage, buster, now } = withDefaults(options);
  if (!storage) return;
  const clientState = dehydrateForCache(client);
  if (clientState.queries.length === 0) return;
  // Data restored from the last cache and not reloaded since keep its date: the banner must not make them
  // look newer than they are.
  const restored = restoredCacheOf(client);
  const holdsRestored = clientState.queries.some(
    (query) => restored?.dataUpdatedAt.get(query.queryHash) === query.state.dataUpdatedAt,
  );
  const savedAt = restored && holdsRestored ? Math.min(restored.savedAt, now()) : now();
  try {
    await storage.set(cacheKey(), { buster, savedAt, clientState });
  } catch (error) {
    warnOnce('enregistrement', error);
  }
};

/** What was restored, for the offline banner: when it was saved, and which data came from it. */
export type RestoredCache = {
  savedAt: number;
  /** The dataUpdatedAt of each restored query, by query hash: data still carrying it are the saved ones. */
  dataUpdatedAt: ReadonlyMap<string, number>;
};

const restoredCaches = new WeakMap<QueryClient, RestoredCache>();

/** The cache restored into this client, if any. */
export const restoredCacheOf = (client: QueryClient): RestoredCache | undefined => restoredCaches.get(client);

/** Reads the saved cache, or null; a cache of another version or too old is deleted on the way. */
export const readQueryCache = async (options: PersistOptions = {}): Promise<PersistedCache | null> => {
  const { storage, buster, maxAgeMs, now } = withDefaults(options);
  if (!storage) return null;
  let stored: unknown;
  try {
    stored = await storage.get(cacheKey());
  } catch (error) {
    warnOnce('lecture', error);
    return null;
  }
  if (stored === undefined) return null;
  const parsed = persistedCacheSchema.safeParse(stored);
  const age = parsed.success ? now() - parsed.data.savedAt : Number.NaN;
  if (parsed.success && parsed.data.buster === buster && age >= 0 && age <= maxAgeMs) {
    return stored as PersistedCache;
  }
  try {
    await storage.del(cacheKey());
  } catch (error) {
    warnOnce('suppression', error);
  }
  return null;
};

/**
 * Puts the saved data into the queries that have none yet: a query that has already loaded keeps its
 * fresher data. A request under way carries on and replaces the saved data when it succeeds; a request that
 * has already failed keeps its failure (so that the offline banner shows at once), now with data to show.
 * Every restored query is marked stale, so that the next page to use it fetches it again.
 */
export const restoreQueryCache = async (
  client: QueryClient,
  options: PersistOptions = {},
  isCancelled: () => boolean = () => false,
): Promise<RestoredCache | null> => {
  const [cache, local] = await Promise.all([readQueryCache(options), readLocalDataset()]);
  if (!cache || isCancelled()) return null;
  const queryCache = client.getQueryCache();
  const wanted = persistedHashes();
  const queries = cache.clientState.queries.filter((saved) => {
    if (!wanted.has(saved.queryHash)) return false;
    // The imported programmation is what this browser shows: saved published actions must not flash first.
    if (saved.queryHash === actionsHash() && local.status === 'ready') return false;
    return queryCache.get(saved.queryHash)?.state.data === undefined;
  });
  if (queries.length === 0) return null;
  const restored: RestoredCache = {
    savedAt: cache.savedAt,
    dataUpdatedAt: new Map(queries.map((saved) => [saved.queryHash, saved.state.dataUpdatedAt])),
  };
  restoredCaches.set(client, restored);
  hydrate(client, {
    mutations: [],
    queries: queries.map((saved) => {
      const current = queryCache.get(saved.queryHash)?.state;
      return {
        ...saved,
        state: {
          ...saved.state,
          status: current?.status === 'error' ? 'error' : 'success',
          error: current?.error ?? null,
          fetchFailureCount: current?.fetchFailureCount ?? 0,
          fetchFailureReason: current?.fetchFailureReason ?? null,
          isInvalidated: true,
        },
      };
    }),
  });
  return restored;
};

/**
 * Saves the data queries of `client` whenever one of them loads (at most once per `throttleMs`, when the
 * browser is idle), and restores the saved ones when a request fails (see below). Returns a function that
 * stops both (an effect's cleanup). Nothing here holds the app's rendering back, and no storage failure
 * reaches it.
 */
export const persistQueryCache = (client: QueryClient, options: PersistOptions = {}) => {
  const settings = withDefaults(options);
  if (!settings.storage) return () => {};
  let stopped = false;
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSave = { at: 0, data: new Map<string, unknown>() };

  const save = () => {
    if (!scheduled || stopped) return;
    scheduled = false;
    clearTimeout(timer);
    const data = new Map(
      client
        .getQueryCache()
        .getAll()
        .filter(shouldSave)
        .map((query) => [query.queryHash, query.state.data] as const),
    );
    lastSave = { at: settings.now(), data };
    void saveQueryCache(client, settings);
  };
  // The copy into IndexedDB is done on the main thread: out of the way of a render when the browser allows.
  const saveWhenIdle = () => whenIdle(save, 2_000);

  const changed = (query: Query) =>
    lastSave.data.get(query.queryHash) !== query.state.data ||
    settings.now() - lastSave.at > RESAVE_UNCHANGED_AFTER_MS;

  // The saved data are read only when they are needed: when a request fails for want of a network (or of
  // a server), or the browser says it is offline. An online start reads nothing, however large the cache;
  // and saved figures never show, even for a moment, in place of the server's without the banner.
  let restoring = false;
  const restore = () => {
    if (restoring || stopped) return;
    const missing = client
      .getQueryCache()
      .getAll()
      .some((query) => persistedHashes().has(query.queryHash) && query.state.data === undefined);
    if (!missing) return;
    restoring = true;
    void restoreQueryCache(client, settings, () => stopped);
  };

  const scheduleSave = (query: Query) => {
    if (scheduled || !shouldSave(query) || !changed(query)) return;
    scheduled = true;
    timer = setTimeout(saveWhenIdle, settings.throttleMs);
  };

  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || !persistedHashes().has(event.query.queryHash)) return;
    const { action } = event;
    // A first attempt that failed (React Query's retries may follow), or the last one.
    if ((action.type === 'failed' || action.type === 'error') && isTransientError(action.error)) restore();
    // A successful load (or data set by hand, e.g. an import): not the many other events of a query.
    if (action.type === 'success') scheduleSave(event.query);
  });
  // What happened before this call counts too: the app starts its requests before its first render, and
  // waits for them a little (main.tsx), so the documents may already have loaded, or failed, by now.
  for (const query of client.getQueryCache().getAll()) {
    if (!persistedHashes().has(query.queryHash)) continue;
    const { status, fetchFailureCount, fetchFailureReason } = query.state;
    if (fetchFailureCount > 0 && isTransientError(fetchFailureReason)) restore();
    if (status === 'success') scheduleSave(query);
  }
  const unsubscribeOnline = onlineManager.subscribe((online) => {
    if (!online) restore();
  });
  if (!onlineManager.isOnline()) restore();

  // A tab closed within the throttle's second would lose the save: do it now.
  const flush = () => {
    if (document.visibilityState === 'hidden') save();
  };
  document.addEventListener('visibilitychange', flush);

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    unsubscribeOnline();
    document.removeEventListener('visibilitychange', flush);
  };
};
