import { useEffect, useId, useRef, useState } from 'react';
import { downloadBlob } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import type { DraftKey } from '../report-draft';
import { draftFileJson, draftFileName, isBlankDraft, type ReportDraft, readDraftFile } from '../report-draft';
import type { SaveState } from '../use-report-draft';

const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Where the draft stands, in words: saved when, being saved, or why it is not. */
const saveText = (save: SaveState) => {
  switch (save.status) {
    case 'idle':
      return 'Brouillon enregistré dans ce navigateur.';
    case 'pending':
      return 'Enregistrement…';
    case 'saved':
      return `Brouillon enregistré dans ce navigateur à ${timeFormat.format(save.at)}.`;
    case 'error':
      return '';
    case 'unavailable':
      return '';
  }
};

type Confirmation = { kind: 'reset' } | { kind: 'import'; fileName: string; draft: ReportDraft } | null;

/**
 * What the team does with its draft as a whole: export it as a file (to share it, or keep a copy), import
 * one (a colleague's), reset it; and where its saving stands. Replacing or deleting a draft asks first.
 */
export const DraftToolbar = ({
  draft,
  draftKey,
  save,
  onImport,
  onReset,
}: {
  draft: ReportDraft;
  draftKey: DraftKey;
  save: SaveState;
  onImport: (draft: ReportDraft) => Promise<void>;
  onReset: () => Promise<void>;
}) => {
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLFieldSetElement>(null);
  const headingId = useId();
  const [confirmation, setConfirmation] = useState<Confirmation>(null);
  const [problems, setProblems] = useState<{ title: string; items: string[] } | null>(null);
  const [done, setDone] = useState('');

  useEffect(() => {
    if (confirmation) confirmRef.current?.focus();
  }, [confirmation]);

  const importDraft = async (imported: ReportDraft, fileName: string) => {
    setConfirmation(null);
    await onImport(imported);
    setDone(`Brouillon importé depuis « ${fileName} » (modifié le ${formatDateTime(imported.updatedAt)}).`);
  };

  const readFile = async (file: File) => {
    setDone('');
    const read = readDraftFile(file.name, await file.text(), draftKey);
    if (!read.ok) {
      setProblems({ title: 'Brouillon non importé :', items: read.problems });
      return;
    }
    setProblems(null);
    if (isBlankDraft(draft)) await importDraft(read.draft, file.name);
    else setConfirmation({ kind: 'import', fileName: file.name, draft: read.draft });
  };

  const reset = async () => {
    setConfirmation(null);
    setProblems(null);
    try {
      await onReset();
      setDone('Brouillon effacé : le rapport ne contient plus que les chiffres générés.');
    } catch (error) {
      setProblems({
        title: 'Brouillon non effacé :',
        items: [error instanceof Error ? error.message : String(error)],
      });
    }
  };

  return (
    <section className="report-draft-tools no-print" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Brouillon de l’équipe
      </h2>
      <p className="report-save-status">{saveText(save)}</p>
      {save.status === 'error' && (
        <p className="notice notice--warning" role="alert">
          {save.message}. Le texte reste dans cette page : exportez le brouillon pour ne pas le perdre.
        </p>
      )}
      {save.status === 'unavailable' && (
        <p className="notice notice--warning" role="alert">
          Ce navigateur ne permet pas d’enregistrer le brouillon (navigation privée ou stockage désactivé ?) :
          exportez-le avant de quitter la page.
        </p>
      )}
      <div className="report-buttons">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadBlob(new Blob([draftFileJson(draft)], { type: 'application/json' }), draftFileName(draft))
          }
        >
          Exporter le brouillon (JSON)
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileRef.current?.click()}>
          Importer un brouillon…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Fichier de brouillon à importer"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readFile(file);
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDone('');
            setConfirmation({ kind: 'reset' });
          }}
        >
          Réinitialiser le brouillon…
        </button>
      </div>
      {confirmation && (
        <fieldset ref={confirmRef} className="notice notice--warning report-confirm" tabIndex={-1}>
          <legend className="visually-hidden">
            {confirmation.kind === 'reset' ? 'Réinitialiser le brouillon' : 'Importer un brouillon'}
          </legend>
          <p>
            {confirmation.kind === 'reset'
              ? `Effacer le brouillon du rapport ${draftKey.year} ? Les commentaires, contributions et avis saisis dans ce navigateur seront perdus (exportez-le d’abord pour en garder une copie).`
              : `Remplacer le brouillon actuel par celui de « ${confirmation.fileName} » (modifié le ${formatDateTime(confirmation.draft.updatedAt)}) ? Les textes saisis ici seront remplacés.`}
          </p>
          <button
            type="button"
            className="button"
            onClick={() =>
              void (confirmation.kind === 'reset'
                ? reset()
                : importDraft(confirmation.draft, confirmation.fileName))
            }
          >
            {confirmation.kind === 'reset' ? 'Effacer le brouillon' : 'Remplacer le brouillon'}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirmation(null)}>
            Annuler
          </button>
        </fieldset>
      )}
      {problems && (
        <div className="notice notice--warning" role="alert">
          <p>{problems.title}</p>
          <ul>
            {problems.items.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="report-done">
        {done}
      </p>
    </section>
  );
};
