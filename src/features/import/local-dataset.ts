import { del, get, set } from 'idb-keyval';
import { z } from 'zod';
import { env } from '../../config/env';
import {
  LOCAL_DATASET_DATABASE,
  LOCAL_DATASET_STORE,
  localDatasetKeyFor,
} from '../../config/local-dataset-store';
import type { Action } from '../../domain/action';
import { indexedDbStore, STORAGE_UNAVAILABLE, storageError, withTimeout } from '../../lib/browser-storage';
import { describeZodError, zodProblemLines } from '../../lib/fetch-json';

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

/** This contract's dataset (see src/config/local-dataset-store.ts). */
export const localDatasetKey = () => localDatasetKeyFor(env.dataBaseUrl);

/**
 * Beyond this, a read is given up and taken as "no dataset": a storage that never answers (seen in some
 * private windows) must not hold the dashboard back, and showing the published data is the safe side.
 */
const READ_TIMEOUT_MS = 5_000;

/** The store, or null when this browser has no IndexedDB at all. */
const store = indexedDbStore(LOCAL_DATASET_DATABASE, LOCAL_DATASET_STORE);

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
  return { status: 'invalid', message: zodProblemLines(parsed.error).join(' ; ') };
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
  if (!current) throw new Error(`${NOT_SAVED} : ${STORAGE_UNAVAILABLE}`);
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
