import { del, get, set } from 'idb-keyval';
import {
  indexedDbStore,
  STORAGE_UNAVAILABLE,
  safeLocalStorage,
  storageError,
  withTimeout,
} from '../../lib/browser-storage';
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

const store = indexedDbStore(DATABASE, STORE);

/** A storage that never answers (seen in some private windows) must not keep the page waiting. */
const READ_TIMEOUT_MS = 5_000;

export type DraftRead =
  | { status: 'none' }
  | { status: 'ready'; draft: ReportDraft }
  | { status: 'invalid'; problems: string[] }
  | { status: 'unavailable' };

const readJournal = (key: DraftKey): ReportDraft | null => {
  const raw = safeLocalStorage()?.getItem(journalKey(key));
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
  const local = safeLocalStorage();
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
  const local = safeLocalStorage();
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
  if (!current) throw new Error(`Brouillon non enregistré : ${STORAGE_UNAVAILABLE}`);
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
    safeLocalStorage()?.removeItem(journalKey(key));
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
