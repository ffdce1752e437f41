import { createStore, type UseStore } from 'idb-keyval';

/**
 * This browser's storage, as the features that keep things in it (the imported dataset, the report's draft,
 * the offline cache, the remembered column mappings) reach it: each one's own IndexedDB store, localStorage,
 * and what a refusal means in words.
 */

/**
 * The getter of one IndexedDB store, or null when this browser has no IndexedDB at all. One store per
 * IndexedDB factory: idb-keyval keeps its connection open, and a test (or a browser that resets its
 * storage) may swap the factory.
 */
export const indexedDbStore = (database: string, storeName: string) => {
  let cached: { factory: IDBFactory; store: UseStore } | null = null;
  return (): UseStore | null => {
    const factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
    if (!factory) return null;
    if (cached?.factory !== factory) cached = { factory, store: createStore(database, storeName) };
    return cached.store;
  };
};

/** localStorage, or null where the browser forbids storage (some private modes throw on the mere access). */
export const safeLocalStorage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** The promise's value, or `fallback` after `ms`: a storage that never answers (seen in some private windows). */
export const withTimeout = <T>(promise: Promise<T>, ms: number, fallback: T) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

export const STORAGE_UNAVAILABLE =
  'ce navigateur ne permet pas de conserver des données (navigation privée ou stockage désactivé ?)';

/**
 * What failed and why, in words (the browser's own messages are in English, when it gives any):
 * "Import non enregistré : l’espace de stockage du navigateur est plein".
 */
export const storageError = (what: string, error: unknown) => {
  // A DOMException is not always an Error (in some realms): read its fields, whatever its class.
  const field = (key: 'name' | 'message') =>
    typeof error === 'object' && error !== null && key in error
      ? String((error as Record<string, unknown>)[key])
      : '';
  const name = field('name');
  const detail = field('message');
  const reason =
    name === 'QuotaExceededError'
      ? 'l’espace de stockage du navigateur est plein'
      : name === 'SecurityError' || name === 'InvalidStateError'
        ? STORAGE_UNAVAILABLE
        : `le stockage du navigateur a refusé l’opération${detail ? ` (${detail})` : ''}`;
  return new Error(`${what} : ${reason}`, { cause: error });
};
