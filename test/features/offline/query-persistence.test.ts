import { QueryClient } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActionsDocument, actionsQueryOptions } from '../../../src/features/actions/api/get-actions';
import { metaQueryOptions } from '../../../src/features/contract/api/get-meta';
import { saveLocalDataset } from '../../../src/features/import/local-dataset';
import { objectivesQueryOptions } from '../../../src/features/objectives/api/get-objectives';
import {
  type CacheStorage,
  cacheBuster,
  cacheKey,
  indexedDbStorage,
  MAX_CACHE_AGE_MS,
  MAX_PERSISTED_RECORDS,
  type PersistedCache,
  persistQueryCache,
  readQueryCache,
  resetPersistenceWarnings,
  restoredCacheOf,
  restoreQueryCache,
  saveQueryCache,
} from '../../../src/features/offline/query-persistence';
import { territoriesQueryOptions } from '../../../src/features/territories/api/get-territories';
import { dataUrl, mockContract, mockMeta, mockObjectives } from '../../../src/mocks/handlers';
import { cacheStorage as storage } from '../../support/cache-storage';
import { server } from '../../support/server';

const NOW = Date.parse('2026-11-24T17:05:00Z');
const DAY = 24 * 60 * 60 * 1000;

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** A client that has loaded the four documents from the mock API, as the app does on its first visit. */
const loadedClient = async () => {
  const client = newClient();
  await Promise.all([
    client.fetchQuery(metaQueryOptions()),
    client.fetchQuery(objectivesQueryOptions()),
    client.fetchQuery(territoriesQueryOptions()),
    client.fetchQuery(actionsQueryOptions()),
  ]);
  return client;
};

const stored = () => storage().get(cacheKey()) as Promise<PersistedCache | undefined>;

const actionsOf = (client: QueryClient) => {
  const document = client.getQueryData(actionsQueryOptions().queryKey);
  return document?.published ? document.records : [];
};

/** A storage that holds nothing and keeps every write, to count the saves. */
const countingStorage = () => {
  const writes: PersistedCache[] = [];
  const storage: CacheStorage = {
    get: async () => undefined,
    set: async (_key, value) => {
      writes.push(value);
    },
    del: async () => {},
  };
  return { writes, storage };
};

beforeEach(async () => {
  await storage().del(cacheKey());
  resetPersistenceWarnings();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the offline cache of the data queries', () => {
  it('restores the four documents saved by an earlier visit, and marks them stale', async () => {
    await saveQueryCache(await loadedClient(), { now: () => NOW });
    const saved = await stored();
    expect(saved?.buster).toBe(cacheBuster());
    expect(saved?.savedAt).toBe(NOW);

    const client = newClient();
    const restored = await restoreQueryCache(client, { now: () => NOW + DAY });
    expect(restored?.savedAt).toBe(NOW);
    expect(restoredCacheOf(client)).toBe(restored);
    expect(client.getQueryData(metaQueryOptions().queryKey)).toEqual(mockMeta);
    expect(client.getQueryData(objectivesQueryOptions().queryKey)).toEqual(mockObjectives);
    expect(client.getQueryData(territoriesQueryOptions().queryKey)?.records).toHaveLength(6);
    expect(actionsOf(client)).toEqual(mockContract().actions);
    // Even the tree, never stale once loaded, is fetched again by the next page that uses it.
    const objectives = client.getQueryCache().find({ queryKey: objectivesQueryOptions().queryKey });
    expect(objectives?.isStale()).toBe(true);
  });

  it('does not replace data that a request has already brought', async () => {
    await saveQueryCache(await loadedClient(), { now: () => NOW });
    const client = newClient();
    const fresh = { ...mockMeta, contractName: 'Contrat de ville 2025' };
    client.setQueryData(metaQueryOptions().queryKey, fresh);
    await restoreQueryCache(client, { now: () => NOW });
    expect(client.getQueryData(metaQueryOptions().queryKey)).toBe(fresh);
    expect(actionsOf(client)).toHaveLength(mockContract().actions.length);
  });

  it('discards and deletes a cache written by another version of the app', async () => {
    await saveQueryCache(await loadedClient(), { now: () => NOW, buster: cacheBuster('0.0.9') });
    expect(await stored()).toBeDefined();
    const client = newClient();
    expect(await restoreQueryCache(client, { now: () => NOW })).toBeNull();
    expect(client.getQueryData(metaQueryOptions().queryKey)).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  it('discards and deletes a cache older than its maximum age, or unreadable', async () => {
    await saveQueryCache(await loadedClient(), { now: () => NOW });
    expect(await readQueryCache({ now: () => NOW + MAX_CACHE_AGE_MS })).not.toBeNull();
    expect(await readQueryCache({ now: () => NOW + MAX_CACHE_AGE_MS + 1 })).toBeNull();
    expect(await stored()).toBeUndefined();

    await storage().set(cacheKey(), { buster: cacheBuster(), savedAt: 'hier' } as unknown as PersistedCache);
    expect(await readQueryCache({ now: () => NOW })).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('keeps a programmation imported in this browser out of the cache', async () => {
    const client = await loadedClient();
    await saveLocalDataset({
      fileName: 'programmation.xlsx',
      actions: mockContract().actions.slice(0, 2),
      dataDate: '2023-11-30',
    });
    await client.refetchQueries({ queryKey: actionsQueryOptions().queryKey });
    expect(client.getQueryData(actionsQueryOptions().queryKey)).toMatchObject({ origin: { kind: 'local' } });
    await saveQueryCache(client, { now: () => NOW });
    expect((await stored())?.clientState.queries.map((query) => query.queryKey)).toEqual([
      ['meta'],
      ['objectives'],
      ['territories'],
    ]);
  });

  it('carries on, with one warning, when the storage fails or does not exist', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = () => Promise.reject(new DOMException('plein', 'QuotaExceededError'));
    const failing: CacheStorage = { get: refused, set: refused, del: refused };
    const client = await loadedClient();
    await expect(saveQueryCache(client, { storage: failing })).resolves.toBeUndefined();
    await expect(saveQueryCache(client, { storage: failing })).resolves.toBeUndefined();
    await expect(restoreQueryCache(newClient(), { storage: failing })).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);

    // A storage that throws on every call, as IndexedDB does in some private windows.
    const throwing: CacheStorage = {
      get: () => {
        throw new DOMException('refusé', 'SecurityError');
      },
      set: () => {
        throw new DOMException('refusé', 'SecurityError');
      },
      del: () => {
        throw new DOMException('refusé', 'SecurityError');
      },
    };
    const stop = persistQueryCache(newClient(), { storage: throwing, throttleMs: 0 });
    await expect(restoreQueryCache(newClient(), { storage: throwing })).resolves.toBeNull();
    stop();

    vi.stubGlobal('indexedDB', undefined);
    expect(indexedDbStorage()).toBeNull();
    const none = persistQueryCache(client);
    none();
    vi.unstubAllGlobals();
  });

  it('saves once per second at most, after data load, and not on other events', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { writes, storage: counting } = countingStorage();
    const client = newClient();
    const stop = persistQueryCache(client, { storage: counting, now: () => NOW });
    await Promise.all([
      client.fetchQuery(metaQueryOptions()),
      client.fetchQuery(objectivesQueryOptions()),
      client.fetchQuery(territoriesQueryOptions()),
      client.fetchQuery(actionsQueryOptions()),
    ]);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.clientState.queries).toHaveLength(4);

    // Same data again (a refetch that finds nothing new), then a failure: nothing to save.
    await client.refetchQueries({ queryKey: metaQueryOptions().queryKey });
    client
      .getQueryCache()
      .find({ queryKey: ['meta'] })
      ?.setState({ fetchFailureCount: 1 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toHaveLength(1);

    // New data: saved, once, a second later.
    client.setQueryData(metaQueryOptions().queryKey, { ...mockMeta, dataDate: '2023-12-31' });
    client.setQueryData(metaQueryOptions().queryKey, { ...mockMeta, dataDate: '2024-01-31' });
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toHaveLength(2);
    const meta = writes[1]?.clientState.queries.find((query) => query.queryHash === '["meta"]');
    expect(meta?.state.data).toMatchObject({ dataDate: '2024-01-31' });
    stop();
  });

  it('reads the saved data only once a request fails for want of a network, and keeps its failure', async () => {
    await saveQueryCache(await loadedClient(), { now: () => NOW });
    const reads: string[] = [];
    const watched: CacheStorage = {
      ...storage(),
      get: (key) => {
        reads.push(key);
        return storage().get(key);
      },
    };
    // Online: the requests succeed, the storage is never read.
    const online = newClient();
    const stopOnline = persistQueryCache(online, { storage: watched, now: () => NOW });
    await online.fetchQuery(metaQueryOptions());
    await online.fetchQuery(actionsQueryOptions());
    expect(reads).toEqual([]);
    stopOnline();

    // Offline: the first failed request brings the saved data in, failure and all (for the banner).
    server.use(http.get(dataUrl('actions.json'), () => HttpResponse.error()));
    const offline = newClient();
    const stop = persistQueryCache(offline, { storage: watched, now: () => NOW + DAY, throttleMs: 10 });
    await offline.prefetchQuery(actionsQueryOptions());
    await vi.waitFor(() => expect(actionsOf(offline)).toHaveLength(mockContract().actions.length));
    expect(reads).toEqual([cacheKey()]);
    const state = offline.getQueryState(actionsQueryOptions().queryKey);
    expect(state?.status).toBe('error');
    expect(state?.error?.message).toMatch(/le serveur ne répond pas/);
    expect(restoredCacheOf(offline)?.savedAt).toBe(NOW);

    // A document that loads meanwhile is saved, under the old date: the actions saved with it are that old.
    const renamed = { ...mockMeta, contractName: 'Contrat de ville renouvelé' };
    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json(renamed)));
    await offline.fetchQuery(metaQueryOptions());
    const savedMeta = async () =>
      (await stored())?.clientState.queries.find((query) => query.queryHash === '["meta"]')?.state.data;
    await vi.waitFor(async () => expect(await savedMeta()).toEqual(renamed));
    expect((await stored())?.clientState.queries).toHaveLength(4);
    expect((await stored())?.savedAt).toBe(NOW);
    stop();
  });

  it('saves, and restores, for requests that ended before it started (the app waits for its data before rendering)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { writes, storage: counting } = countingStorage();
    // Loaded before the cache was set up: saved all the same, a second later.
    const loaded = await loadedClient();
    const stopLoaded = persistQueryCache(loaded, { storage: counting, now: () => NOW });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.clientState.queries).toHaveLength(4);
    stopLoaded();

    // Failed for want of a network before the cache was set up: the saved data come in at once.
    await saveQueryCache(await loadedClient(), { now: () => NOW });
    server.use(http.get(dataUrl('actions.json'), () => HttpResponse.error()));
    const offline = newClient();
    await offline.prefetchQuery(actionsQueryOptions());
    expect(actionsOf(offline)).toEqual([]);
    const stop = persistQueryCache(offline, { storage: storage(), now: () => NOW + DAY });
    await vi.waitFor(() => expect(actionsOf(offline)).toHaveLength(mockContract().actions.length));
    expect(restoredCacheOf(offline)?.savedAt).toBe(NOW);
    stop();
  });

  it('does not save a programmation too large to copy without holding the page up', async () => {
    const client = await loadedClient();
    const action = mockContract().actions[0];
    if (!action) throw new Error('expected an action');
    const records = Array.from({ length: MAX_PERSISTED_RECORDS + 1 }, () => action);
    const large: ActionsDocument = {
      published: true,
      origin: { kind: 'published' },
      records,
      positions: records.map((_, index) => index),
      rejected: [],
      total: records.length,
    };
    client.setQueryData(actionsQueryOptions().queryKey, large);
    await saveQueryCache(client, { now: () => NOW });
    expect((await stored())?.clientState.queries.map((query) => query.queryKey)).toEqual([
      ['meta'],
      ['objectives'],
      ['territories'],
    ]);
  });
});
