import { useCallback, useEffect, useRef, useState } from 'react';
import { type DraftEdit, type DraftKey, emptyDraft, type ReportDraft } from './report-draft';
import { deleteDraft, journalDraft, readDraft, writeDraft } from './report-draft-storage';

export type DraftState =
  | { status: 'loading' }
  | { status: 'ready'; draft: ReportDraft }
  /** What is stored cannot be read (another version of the app wrote it?): nothing is overwritten until reset. */
  | { status: 'invalid'; problems: string[] };

export type SaveState =
  /** Nothing typed since the draft was opened. */
  | { status: 'idle' }
  /** Typed; the save follows within SAVE_DELAY_MS (the journal already holds it). */
  | { status: 'pending' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; message: string }
  /** No IndexedDB at all here: nothing can be kept. */
  | { status: 'unavailable' };

/** The pause in typing after which the draft is saved; the journal keeps each keystroke meanwhile. */
export const SAVE_DELAY_MS = 500;

/**
 * The team's draft of a report, for one contract and year: read from this browser, changed by pure edits
 * (report-draft.ts), saved as the team types. Each change is journalled at once (localStorage, synchronous)
 * and saved to IndexedDB after a pause in typing, or at once when the page is hidden or left (pagehide,
 * visibilitychange) and when another year is opened: a reload, a closed tab or a crash loses nothing.
 */
export const useReportDraft = (key: DraftKey | null, { delayMs = SAVE_DELAY_MS } = {}) => {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const draftRef = useRef<ReportDraft | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Saves the draft now if it has unsaved changes; resolves once saved (or failed, which the state says). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const draft = draftRef.current;
    if (!dirty.current || !draft) return Promise.resolve();
    dirty.current = false;
    return writeDraft(draft).then(
      () => {
        if (draftRef.current === draft) setSave({ status: 'saved', at: new Date() });
      },
      (error: unknown) => {
        // Tried again with the next change or flush; the journal still holds the text meanwhile.
        if (draftRef.current === draft) dirty.current = true;
        setSave({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  const contract = key?.contract;
  const year = key?.year;
  useEffect(() => {
    if (contract === undefined || year === undefined) return;
    let cancelled = false;
    setState({ status: 'loading' });
    setSave({ status: 'idle' });
    void readDraft({ contract, year }).then((read) => {
      if (cancelled) return;
      if (read.status === 'invalid') {
        draftRef.current = null;
        setState({ status: 'invalid', problems: read.problems });
        return;
      }
      const draft = read.status === 'ready' ? read.draft : emptyDraft(contract, year);
      draftRef.current = draft;
      dirty.current = false;
      setState({ status: 'ready', draft });
      if (read.status === 'unavailable') setSave({ status: 'unavailable' });
    });
    return () => {
      cancelled = true;
      // Another year, or the page left: what was typed is saved before the draft is let go.
      void flush();
      draftRef.current = null;
    };
  }, [contract, year, flush]);

  useEffect(() => {
    const onPageHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(timer.current);
    };
  }, [flush]);

  const commit = useCallback((next: ReportDraft) => {
    draftRef.current = next;
    dirty.current = true;
    journalDraft(next);
    setState({ status: 'ready', draft: next });
    setSave((current) => (current.status === 'unavailable' ? current : { status: 'pending' }));
  }, []);

  /** Applies an edit (report-draft.ts); the save follows after a pause in typing. */
  const edit = useCallback(
    (change: DraftEdit) => {
      const draft = draftRef.current;
      if (!draft) return;
      commit(change(draft, new Date()));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [commit, flush, delayMs],
  );

  /** Puts an imported draft in place of the current one, and saves it at once. */
  const replace = useCallback(
    (draft: ReportDraft) => {
      // Dated now: it is the newest version here, whatever the date it was exported with.
      commit({ ...draft, updatedAt: new Date().toISOString() });
      return flush();
    },
    [commit, flush],
  );

  /** Deletes the draft of this contract and year, and starts an empty one. Throws when the storage refuses. */
  const reset = useCallback(async () => {
    if (contract === undefined || year === undefined) return;
    clearTimeout(timer.current);
    dirty.current = false;
    await deleteDraft({ contract, year });
    const draft = emptyDraft(contract, year);
    draftRef.current = draft;
    setState({ status: 'ready', draft });
    setSave({ status: 'idle' });
  }, [contract, year]);

  return { state, save, edit, replace, reset, flush };
};
