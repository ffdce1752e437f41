import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { plural } from '../../../lib/format';
import { chosenEntries, initialTarget, type MappingEntry, sharesTitle, targetName } from '../column-mapping';
import {
  type ColumnReading,
  type ColumnTarget,
  columnLetter,
  type ImportField,
  importColumns,
} from '../import-columns';
import { firstValues, type SheetLayout } from '../import-programmation';

type Layout = Extract<SheetLayout, { ok: true }>;

/** Why a column shows what it shows before the user changes it: said under its select. */
const originNote = (reading: ColumnReading): string => {
  if (reading.source === 'template') return 'Titre du modèle.';
  if (reading.source === 'partner') return 'Nom d’un partenaire du contrat.';
  if (reading.source === 'mapping') return 'Choix mémorisé dans ce navigateur.';
  if (reading.skipped === 'ignored') return 'Ignorée : choix mémorisé dans ce navigateur.';
  if (reading.skipped === 'duplicate') return 'Titre d’une colonne déjà lue ailleurs : ignorée.';
  if (reading.suggestion) return `Suggestion : titre proche de « ${reading.suggestion.header} ».`;
  return 'Titre inconnu : ignorée, sauf si vous choisissez une colonne du modèle.';
};

const required = importColumns.filter((column) => column.required);
const optional = importColumns.filter((column) => !column.required);

/**
 * The mapping step of the import: each column of the file with its first values and a select of the
 * template's columns (or « Ignorer cette colonne »), the likely column already chosen for a title close to
 * one, and the required columns still missing. Plain form controls, so it is used with the keyboard as
 * with the mouse. Confirming gives the entries to remember and to import with.
 */
export const ColumnMappingStep = ({
  fileName,
  layout,
  automatic,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  /** The file as read with the current choices (none at first, the remembered ones when changing them). */
  layout: Layout;
  /** Its columns as the import reads them with no choice at all: what a choice is measured against. */
  automatic: readonly ColumnReading[];
  onConfirm: (entries: MappingEntry[]) => void;
  onCancel: () => void;
}) => {
  const titleId = useId();
  const columnHeadId = useId();
  const rowId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titled = layout.headers.readings.filter((reading) => reading.header !== '');
  const untitled = layout.headers.readings.filter(
    (reading) => reading.header === '' && firstValues(layout, reading.index, 1).length > 0,
  );
  const [targets, setTargets] = useState<ReadonlyMap<number, ColumnTarget>>(
    () => new Map(titled.map((reading) => [reading.index, initialTarget(reading)])),
  );

  // The step replaces what the user was looking at: the focus comes to its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const chosen = new Map<ImportField, number[]>();
  for (const [index, target] of targets) {
    if (target !== 'ignore') chosen.set(target, [...(chosen.get(target) ?? []), index]);
  }
  const missing = required.filter((column) => !chosen.has(column.field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(chosenEntries(automatic, targets));
  };

  const option = (field: ImportField, isRequired: boolean) => (
    <option key={field} value={field}>
      {targetName(field)}
      {isRequired ? ' (obligatoire)' : ''}
    </option>
  );

  return (
    <section className="import-mapping" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        Correspondance des colonnes
      </h3>
      <p>
        Les titres de « <strong>{fileName}</strong> » ne sont pas tous ceux du modèle. Indiquez ce que
        contient chaque colonne (ligne d’en-têtes : ligne {layout.headerIndex + 1}). Votre choix est mémorisé
        dans ce navigateur pour les prochains fichiers qui ont les mêmes titres, et reste modifiable.
      </p>

      <div
        className={missing.length > 0 ? 'notice import-mapping-missing' : 'notice import-notice--success'}
        role="status"
      >
        {missing.length > 0 ? (
          <>
            <p>
              <strong>
                {missing.length > 1
                  ? `${plural(missing.length, 'colonne obligatoire', 'colonnes obligatoires')} sans colonne du fichier :`
                  : '1 colonne obligatoire sans colonne du fichier :'}
              </strong>
            </p>
            <ul>
              {missing.map((column) => (
                <li key={column.field}>
                  <span aria-hidden="true">⚠ </span>
                  {column.header}
                </li>
              ))}
            </ul>
            <p>
              {missing.length > 1
                ? 'Choisissez chacune ci-dessous pour la colonne du fichier qui la contient ; sans elles, le fichier sera refusé.'
                : 'Choisissez-la ci-dessous pour la colonne du fichier qui la contient ; sans elle, le fichier sera refusé.'}
            </p>
          </>
        ) : (
          <p>
            <strong>Toutes les colonnes obligatoires sont trouvées.</strong>
          </p>
        )}
      </div>

      <form onSubmit={submit}>
        <div className="table-scroll">
          <table className="data-table import-mapping-table">
            <caption>Colonnes du fichier ({titled.length}) et colonne du modèle lue pour chacune</caption>
            <thead>
              <tr>
                <th scope="col">Colonne du fichier</th>
                <th scope="col">Premières valeurs</th>
                <th scope="col" id={columnHeadId}>
                  Lue comme
                </th>
              </tr>
            </thead>
            <tbody>
              {titled.map((reading) => {
                const target = targets.get(reading.index) ?? 'ignore';
                const values = firstValues(layout, reading.index);
                const others =
                  target === 'ignore'
                    ? []
                    : (chosen.get(target) ?? []).filter((index) => index !== reading.index);
                const changed = target !== initialTarget(reading);
                const headId = `${rowId}-${reading.index}`;
                const noteId = `${rowId}-${reading.index}-note`;
                return (
                  <tr
                    key={reading.index}
                    className={
                      others.length > 0
                        ? 'import-mapping-conflict'
                        : reading.source === null
                          ? 'import-mapping-attention'
                          : undefined
                    }
                  >
                    <th scope="row" id={headId}>
                      <span className="import-mapping-letter">{columnLetter(reading.index)}</span>{' '}
                      {reading.header}
                    </th>
                    <td>
                      {values.length > 0 ? (
                        <ul className="import-mapping-values">
                          {values.map((value, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: the same value may come twice
                            <li key={index}>{value}</li>
                          ))}
                        </ul>
                      ) : (
                        <span className="import-empty">(vide)</span>
                      )}
                    </td>
                    <td>
                      {sharesTitle(automatic, reading) ? (
                        <p className="import-mapping-note">
                          {reading.column ? `« ${reading.column.header} »` : 'Ignorée'} : une autre colonne a
                          ce titre. Renommez l’une d’elles dans le fichier pour choisir ce qu’elle contient.
                        </p>
                      ) : (
                        <>
                          <select
                            value={target}
                            aria-labelledby={`${headId} ${columnHeadId}`}
                            aria-describedby={noteId}
                            onChange={(event) => {
                              const value = event.currentTarget.value as ColumnTarget;
                              setTargets((current) => new Map(current).set(reading.index, value));
                            }}
                          >
                            <option value="ignore">Ignorer cette colonne</option>
                            <optgroup label="Colonnes obligatoires">
                              {required.map((column) => option(column.field, true))}
                            </optgroup>
                            <optgroup label="Colonnes facultatives">
                              {optional.map((column) => option(column.field, false))}
                            </optgroup>
                          </select>
                          <p id={noteId} className="import-mapping-note">
                            {others.length > 0 ? (
                              <strong className="text-error">
                                Attention : « {targetName(target)} » est aussi choisie pour la colonne{' '}
                                {others.map((index) => columnLetter(index)).join(', ')} ; seule la première
                                sera lue.
                              </strong>
                            ) : changed ? (
                              'Modifié.'
                            ) : (
                              originNote(reading)
                            )}
                          </p>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {untitled.length > 0 && (
          <p>
            {untitled.length > 1 ? 'Colonnes' : 'Colonne'} sans titre, non lue
            {untitled.length > 1 ? 's' : ''} :{' '}
            {untitled.map((reading) => columnLetter(reading.index)).join(', ')}. Donnez-leur un titre dans le
            fichier pour les lire.
          </p>
        )}
        <p className="import-buttons">
          <button type="submit" className="button">
            Lire le fichier avec ces colonnes
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Annuler
          </button>
        </p>
      </form>
    </section>
  );
};
