import { indexedDbStorage } from '../../src/features/offline/query-persistence';

/** The offline cache's IndexedDB storage, as the app uses it, on fake-indexeddb (loaded by setup.ts). */
export const cacheStorage = () => {
  const store = indexedDbStorage();
  if (!store) throw new Error('fake-indexeddb is not loaded');
  return store;
};
