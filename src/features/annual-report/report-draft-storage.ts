import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { type DraftKey, parseDraft, type ReportDraft } from './report-draft';

/**
 * Where the team's draft of an annual report is kept: this browser's IndexedDB, one record per contract and
 * year, apart from the data (a re-publication of actions.json touches nothing here).
 *
 * Saves to IndexedDB are asynchronous and debounced (use-report-draft.ts); so that a crash of the tab between
 * a keystroke and the next save loses nothing, every change is first written synchronously to a journal in
 * localStorage, which a save then clears. Reading takes whichever of the two is the more recent.
 */

const DATABASE = 'cap-quartiers-rapports';
const STORE = 'brouillons';

export const draftStorageKey = ({ contract, year }: DraftKey) => `rapport:${contract}:${year}`;
const journalKey = (key: DraftKey) => `cap-quartiers:journal:${draftStorageKey(key)}`;

// One store per IndexedDB factory, as in features/import/local-dataset.ts (a test may swap the factory).
let cached: { factory: IDBFactory; store: UseStore } | null = null;

const store = (): UseStore | null => {
  const factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
  if (!factory) return null;
  if (cached?.factory !== factory) cached = { factory, store: createStore(DATABASE, STORE) };
  return cached.store;
};

/** A storage that never answers (seen in some private windows) must not keep the page waiting. */
const READ_TIMEOUT_MS = 5_000;

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

const localStore = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that forbids storage throws on the mere access.
    return null;
  }
};

export type DraftRead =
  | { status: 'none' }
  | { status: 'ready'; draft: ReportDraft }
  | { status: 'invalid'; problems: string[] }
  | { status: 'unavailable' };

const UNAVAILABLE =
  'ce navigateur ne permet pas de conserver des données (navigation privée ou stockage désactivé ?)';

/** The failure of a save or a deletion, in words: "Brouillon non enregistré : l’espace de stockage est plein". */
const storageError = (what: string, error: unknown) => {
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

const readJournal = (key: DraftKey): ReportDraft | null => {
  const raw = localStore()?.getItem(journalKey(key));
  if (!raw) return null;
  try {
    const read = parseDraft(JSON.parse(raw));
    return read.ok && read.draft.contract === key.contract && read.draft.year === key.year
      ? read.draft
      : null;
  } catch {
    return null;
  }
};

/**
 * Reads the draft of a contract and year: the stored one, or the journal's when it is more recent (the tab
 * closed or crashed before its last save). Never throws.
 */
export const readDraft = async (key: DraftKey): Promise<DraftRead> => {
  const journal = readJournal(key);
  const current = store();
  let stored: unknown;
  if (current) {
    try {
      const missing = Symbol('timeout');
      stored = await withTimeout<unknown>(get(draftStorageKey(key), current), READ_TIMEOUT_MS, missing);
      if (stored === missing) stored = undefined;
    } catch {
      stored = undefined;
    }
  }
  if (stored === undefined) {
    if (journal) return { status: 'ready', draft: journal };
    return current ? { status: 'none' } : { status: 'unavailable' };
  }
  const read = parseDraft(stored);
  if (!read.ok)
    return journal ? { status: 'ready', draft: journal } : { status: 'invalid', problems: read.problems };
  if (journal && Date.parse(journal.updatedAt) > Date.parse(read.draft.updatedAt))
    return { status: 'ready', draft: journal };
  return { status: 'ready', draft: read.draft };
};

/**
 * Writes a change to the journal at once (synchronously), before its debounced save. Returns false when
 * localStorage refuses it (full, or forbidden): the save to IndexedDB still follows.
 */
export const journalDraft = (draft: ReportDraft): boolean => {
  const local = localStore();
  if (!local) return false;
  try {
    local.setItem(journalKey(draft), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
};

/** The journal has been saved: it is cleared, unless a later change has been written to it since. */
const clearJournalUpTo = (draft: ReportDraft) => {
  const local = localStore();
  const journal = readJournal(draft);
  if (local && journal && Date.parse(journal.updatedAt) <= Date.parse(draft.updatedAt)) {
    try {
      local.removeItem(journalKey(draft));
    } catch {
      // Nothing to do: a journal left behind is read as an older copy.
    }
  }
};

/** Saves a draft. Throws an Error whose message says why ("Brouillon non enregistré : …"). */
export const writeDraft = async (draft: ReportDraft): Promise<void> => {
  const current = store();
  if (!current) throw new Error(`Brouillon non enregistré : ${UNAVAILABLE}`);
  try {
    await set(draftStorageKey(draft), draft, current);
  } catch (error) {
    throw storageError('Brouillon non enregistré', error);
  }
  clearJournalUpTo(draft);
};

/** Deletes the draft of a contract and year, and its journal. Throws an Error that says why. */
export const deleteDraft = async (key: DraftKey): Promise<void> => {
  try {
    localStore()?.removeItem(journalKey(key));
  } catch {
    // Cleared below or read as older than nothing: the stored draft is what matters.
  }
  const current = store();
  if (!current) return;
  try {
    await del(draftStorageKey(key), current);
  } catch (error) {
    throw storageError('Brouillon non effacé', error);
  }
};
