import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { env } from '../../config/env';
import type { Action } from '../../domain/action';
import { describeZodError } from '../../lib/fetch-json';

/**
 * A programmation imported from a spreadsheet and kept in this browser only (IndexedDB), which the whole
 * dashboard then shows instead of the published actions.json, until the user goes back to the published data.
 *
 * What is read back is a boundary like a server's answer: an older or newer version of the app, or another
 * tab, may have written it. The envelope is checked here; the records are checked one by one later, exactly
 * like the server's (see getActions).
 */

/** Bump when the stored format changes: an envelope of another version is then reported, never misread. */
export const LOCAL_DATASET_VERSION = 1;

export const localDatasetSchema = z.object(
  {
    version: z.literal(LOCAL_DATASET_VERSION, 'version de format inconnue'),
    importedAt: z.iso.datetime('date d’import invalide'),
    fileName: z.string('nom de fichier absent').min(1, 'nom de fichier vide'),
    /**
     * The day the imported figures describe, chosen on import (src/domain/data-date.ts). Absent from the
     * datasets stored before it existed, which keep the day of their import (see localActionsDocument).
     */
    dataDate: z.iso.date('date des données invalide').optional(),
    actions: z.array(z.unknown(), 'liste d’actions absente'),
  },
  'enregistrement illisible',
);

export type LocalDataset = z.infer<typeof localDatasetSchema>;

export type LocalDatasetRead =
  | { status: 'none' }
  | { status: 'ready'; dataset: LocalDataset }
  | { status: 'invalid'; message: string };

const DATABASE = 'cap-quartiers';
const STORE = 'imports';

/** A dataset belongs to one contract's data address: another deployment on the same origin has its own. */
export const localDatasetKey = () => `actions:${env.dataBaseUrl}`;

/**
 * Beyond this, a read is given up and taken as "no dataset": a storage that never answers (seen in some
 * private windows) must not hold the dashboard back, and showing the published data is the safe side.
 */
const READ_TIMEOUT_MS = 5_000;

// One store per IndexedDB factory: idb-keyval keeps its connection open, and a test (or a browser that
// resets its storage) may swap the factory.
let cached: { factory: IDBFactory; store: UseStore } | null = null;

/** The store, or null when this browser has no IndexedDB at all. */
const store = (): UseStore | null => {
  const factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
  if (!factory) return null;
  if (cached?.factory !== factory) cached = { factory, store: createStore(DATABASE, STORE) };
  return cached.store;
};

const withTimeout = <T>(promise: Promise<T>, ms: number, fallback: T) =>
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

/** Reads the dataset of this contract. Never throws: no storage, or a storage that fails, means none. */
export const readLocalDataset = async (): Promise<LocalDatasetRead> => {
  let stored: unknown;
  try {
    const current = store();
    if (!current) return { status: 'none' };
    const missing = Symbol('timeout');
    stored = await withTimeout<unknown>(get(localDatasetKey(), current), READ_TIMEOUT_MS, missing);
    if (stored === missing) return { status: 'none' };
  } catch {
    return { status: 'none' };
  }
  if (stored === undefined) return { status: 'none' };
  const parsed = localDatasetSchema.safeParse(stored);
  if (parsed.success) return { status: 'ready', dataset: parsed.data };
  const problems = describeZodError(parsed.error)
    .map((problem) =>
      problem.path === '(racine)' ? problem.message : `${problem.path} : ${problem.message}`,
    )
    .join(' ; ');
  return { status: 'invalid', message: problems };
};

const UNAVAILABLE =
  'ce navigateur ne permet pas de conserver des données (navigation privée ou stockage désactivé ?)';

/**
 * What failed and why, in words (the browser's own messages are in English, when it gives any):
 * "Import non enregistré : l’espace de stockage du navigateur est plein".
 */
const storageError = (what: string, error: unknown) => {
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
        ? UNAVAILABLE
        : `le stockage du navigateur a refusé l’opération${detail ? ` (${detail})` : ''}`;
  return new Error(`${what} : ${reason}`, { cause: error });
};

const NOT_SAVED = 'Import non enregistré';
const NOT_DELETED = 'Import local non supprimé';

/**
 * Stores a programmation as this contract's local dataset, replacing any earlier one, and returns what was
 * stored. Throws an Error whose message says why ("Import non enregistré : …"), for the import page.
 */
export const saveLocalDataset = async (
  input: { fileName: string; actions: readonly Action[]; dataDate: string },
  now: Date = new Date(),
): Promise<LocalDataset> => {
  const candidate = {
    version: LOCAL_DATASET_VERSION,
    importedAt: now.toISOString(),
    fileName: input.fileName.trim(),
    dataDate: input.dataDate,
    actions: [...input.actions],
  };
  const parsed = localDatasetSchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = describeZodError(parsed.error)
      .map((problem) => problem.message)
      .join(' ; ');
    throw new Error(`${NOT_SAVED} : ${detail}`);
  }
  const current = store();
  if (!current) throw new Error(`${NOT_SAVED} : ${UNAVAILABLE}`);
  try {
    await set(localDatasetKey(), parsed.data, current);
  } catch (error) {
    throw storageError(NOT_SAVED, error);
  }
  return parsed.data;
};

/**
 * Deletes this contract's local dataset; nothing to do when there is none, or no storage at all. Throws an
 * Error whose message says why ("Import local non supprimé : …").
 */
export const clearLocalDataset = async (): Promise<void> => {
  const current = store();
  if (!current) return;
  try {
    await del(localDatasetKey(), current);
  } catch (error) {
    throw storageError(NOT_DELETED, error);
  }
};
