import '../import.css';
import { useQueryClient } from '@tanstack/react-query';
import {
  type ChangeEvent,
  type DragEvent,
  type Ref,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link } from 'react-router-dom';
import { localIsoDay } from '../../../domain/data-date';
import type { Territory } from '../../../domain/territory';
import { downloadBlob } from '../../../lib/download';
import { downloadCsv } from '../../../lib/download-csv';
import { formatDateTime, formatIsoDate, plural } from '../../../lib/format';
import { useFailureStatus } from '../../../lib/use-failure-status';
import { actionsToCsvRows } from '../../actions/actions-csv';
import { useCheckedActions } from '../../actions/api/use-checked-actions';
import { metaQueryOptions, useMeta } from '../../contract/api/get-meta';
import { objectivesQueryOptions, useObjectives } from '../../objectives/api/get-objectives';
import { territoriesQueryOptions, useTerritories } from '../../territories/api/get-territories';
import { LIST_SEPARATOR_HELP } from '../cell-values';
import { type MappingEntry, mappingOf, needsMapping } from '../column-mapping';
import { type ColumnReading, importColumns } from '../import-columns';
import { checkDataDateInput, type DataDateProposal, proposedDataDate } from '../import-data-date';
import {
  acceptedActions,
  type ImportContext,
  type ImportReport,
  importProgrammation,
  readLayout,
  reportSummary,
  type SheetLayout,
} from '../import-programmation';
import { ImportFileError, readSheetFile, type Sheet } from '../read-sheet';
import { rememberedMapping, rememberMapping } from '../saved-mappings';
import {
  ACTIONS_JSON_NAME,
  actionsJsonBlob,
  exportedMeta,
  helpExamples,
  META_JSON_NAME,
  metaJsonBlob,
  TEMPLATE_CSV_NAME,
  TEMPLATE_XLSX_NAME,
  templateCsvBlob,
  templateXlsxBlob,
} from '../template-file';
import {
  useActionsOrigin,
  useClearLocalDataset,
  useDataDate,
  useSaveLocalDataset,
} from '../use-local-dataset';
import { ColumnMappingStep } from './column-mapping-step';
import { ImportReportView } from './import-report';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A file read, with what it takes to read it again with other columns: its layout with the current
 * choices, and its columns as read with none.
 */
type ReadFile = {
  sheet: Sheet;
  context: ImportContext;
  layout: Extract<SheetLayout, { ok: true }>;
  automatic: readonly ColumnReading[];
};

/** How the columns of the report were chosen, for the line above it. */
type ColumnsChoice =
  | { how: 'template' }
  | { how: 'remembered' }
  | { how: 'chosen'; saveError: string | null };

type ReadState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'mapping'; file: ReadFile; back: Extract<ReadState, { step: 'read' }> | null }
  | {
      step: 'read';
      report: ImportReport;
      territories: readonly Territory[];
      /** Null when the file has no header row: there are no columns to choose. */
      file: ReadFile | null;
      columns: ColumnsChoice;
      /** The data date proposed for the accepted actions, and why (see proposedDataDate). */
      proposal: DataDateProposal;
    }
  | { step: 'saved'; fileName: string; count: number };

/** The tree or the territories could not be loaded: a file cannot be checked against them. */
class ReferencesUnavailable extends Error {}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The bytes of a chosen or dropped file; older engines without Blob.arrayBuffer read it through a Response. */
const fileBytes = (file: File): Promise<ArrayBuffer> =>
  typeof file.arrayBuffer === 'function' ? file.arrayBuffer() : new Response(file).arrayBuffer();

/** A download's failure, with its reason: "Le modèle n’a pas pu être créé (…)." */
const failedBecause = (what: string) => (cause: unknown) => `${what} (${reasonOf(cause)}).`;

/**
 * The import of the programmation in the page "Données": the template to fill, the file to choose (or to
 * drop), the report of its reading, and the confirmation that makes the whole dashboard show the accepted
 * actions in this browser. Below, the current data can be exported as actions.json (to publish) or in the
 * template's CSV (to edit and load again).
 */
export const ImportPanel = () => {
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const queryClient = useQueryClient();
  const save = useSaveLocalDataset();
  const origin = useActionsOrigin();
  const [state, setState] = useState<ReadState>({ step: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  // The data date as typed in the confirmation step: the proposal until the user changes it.
  const [dataDateText, setDataDateText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  const focusColumns = useRef(false);
  // Only the last file chosen counts: a slower earlier reading must not replace its report.
  const readingRun = useRef(0);

  const references = async (): Promise<ImportContext> => {
    try {
      const [tree, territories, meta] = await Promise.all([
        queryClient.ensureQueryData(objectivesQueryOptions()),
        queryClient.ensureQueryData(territoriesQueryOptions()),
        // Without meta.json, partner-named columns are only suggested in the mapping step, not read at once.
        queryClient.ensureQueryData(metaQueryOptions()).catch(() => null),
      ]);
      return { tree, territories: territories.records, funderNames: meta?.funderNames ?? {} };
    } catch (error) {
      throw new ReferencesUnavailable(
        `Les objectifs du contrat ou la liste des quartiers n’ont pas pu être chargés (${reasonOf(error)}) : le fichier ne peut pas être vérifié. Rechargez la page ; si le problème persiste, voyez l’état des fichiers ci-dessus.`,
      );
    }
  };

  /** The report of a file read with these columns, on screen and announced. */
  const showReport = (file: ReadFile, entries: readonly MappingEntry[], columns: ColumnsChoice) => {
    const mapping = mappingOf(entries);
    const layout = readLayout(file.sheet, file.context, { mapping });
    const report = importProgrammation(file.sheet, file.context, { mapping, layout });
    const proposal = proposedDataDate(acceptedActions(report), localIsoDay(new Date()));
    setDataDateText(proposal.date);
    setState({
      step: 'read',
      report,
      territories: file.context.territories,
      file: layout.ok ? { ...file, layout } : file,
      columns,
      proposal,
    });
    setAnnouncement(
      report.fatal
        ? `Fichier « ${report.fileName} » refusé : ${report.fatal}`
        : `Fichier « ${report.fileName} » lu : ${reportSummary(report)}.`,
    );
  };

  const readFile = async (file: File) => {
    readingRun.current += 1;
    const run = readingRun.current;
    save.reset();
    setState({ step: 'reading', fileName: file.name });
    setAnnouncement(`Lecture de « ${file.name} »…`);
    try {
      const [context, bytes] = await Promise.all([references(), fileBytes(file)]);
      const sheet = await readSheetFile(file.name, bytes);
      const layout = readLayout(sheet, context);
      if (run !== readingRun.current) return;
      if (!layout.ok) {
        const report = importProgrammation(sheet, context, { layout });
        const proposal = proposedDataDate(acceptedActions(report), localIsoDay(new Date()));
        setDataDateText(proposal.date);
        setState({
          step: 'read',
          report,
          territories: context.territories,
          file: null,
          columns: { how: 'template' },
          proposal,
        });
        setAnnouncement(`Fichier « ${file.name} » refusé : ${report.fatal}`);
        return;
      }
      const read = { sheet, context, layout, automatic: layout.headers.readings };
      const remembered = rememberedMapping(layout.signature);
      if (remembered && remembered.length > 0) showReport(read, remembered, { how: 'remembered' });
      else if (needsMapping(layout.headers)) {
        setState({ step: 'mapping', file: read, back: null });
        setAnnouncement(
          `Fichier « ${file.name} » : ses colonnes ne sont pas toutes celles du modèle ; indiquez ce que contient chacune.`,
        );
      } else showReport(read, [], { how: 'template' });
    } catch (error) {
      if (run !== readingRun.current) return;
      const message =
        error instanceof ImportFileError || error instanceof ReferencesUnavailable
          ? error.message
          : `Le fichier « ${file.name} » n’a pas pu être lu : ${reasonOf(error)}.`;
      setState({ step: 'failed', fileName: file.name, message });
      setAnnouncement(message);
    }
  };

  /** The columns chosen in the mapping step: remembered for the next file with these titles, then read. */
  const confirmColumns = (file: ReadFile, entries: MappingEntry[]) => {
    let saveError: string | null = null;
    try {
      rememberMapping(file.layout.signature, entries);
    } catch (error) {
      saveError = reasonOf(error);
    }
    focusColumns.current = true;
    showReport(file, entries, { how: 'chosen', saveError });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Emptied, so that the same file, once corrected, can be chosen again and read again.
    event.currentTarget.value = '';
    if (file) void readFile(file);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const confirm = (report: ImportReport, dataDate: string) => {
    const actions = acceptedActions(report);
    save.mutate(
      { fileName: report.fileName, actions, dataDate },
      { onSuccess: () => setState({ step: 'saved', fileName: report.fileName, count: actions.length }) },
    );
  };

  const cancel = () => {
    readingRun.current += 1;
    save.reset();
    setState({ step: 'idle' });
    setAnnouncement('Import annulé : rien n’a été enregistré.');
    inputRef.current?.focus();
  };

  // The confirm button is gone once the data are stored: the focus goes to what replaced it. So is the
  // mapping step's once the columns are chosen: the focus goes to the line that says how they were read.
  useEffect(() => {
    if (state.step === 'saved') savedRef.current?.focus();
    if (state.step === 'read' && focusColumns.current) {
      focusColumns.current = false;
      columnsRef.current?.focus();
    }
  }, [state.step]);

  const report = state.step === 'read' ? state.report : null;
  const accepted = report && !report.fatal ? report.accepted.length : 0;
  const rejected = report && !report.fatal ? report.rejectedLines.length : 0;
  // Once per report, not per keystroke in the date field: a programmation may hold many thousand rows.
  const acceptedRows = useMemo(() => (report && !report.fatal ? acceptedActions(report) : []), [report]);
  const dataDate =
    acceptedRows.length > 0 ? checkDataDateInput(dataDateText, acceptedRows, localIsoDay(new Date())) : null;

  return (
    <section className="import-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Importer la programmation</h2>
      <p className="lead">
        Chargez la programmation de l’année depuis votre tableur : le tableau de bord affiche alors ces
        actions, dans ce navigateur seulement, à la place des données publiées. Rien n’est envoyé : le fichier
        est lu sur cet ordinateur.
      </p>

      <TemplateHelp />

      <h3>Charger le fichier</h3>
      {/* Dropping a file is a shortcut for the mouse; the input inside is the way for everyone, keyboard included. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: drag and drop only, the file input is the accessible control */}
      <div
        className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="import-drop-label">
          Choisir un fichier (.xlsx ou .csv)
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          onChange={onChange}
        />
        <p id={hintId} className="import-drop-hint">
          Ou faites glisser le fichier dans ce cadre. Classeur Excel (.xlsx) ou CSV (séparateur point-virgule
          ou virgule) ; le fichier n’est pas modifié.
        </p>
      </div>
      {origin?.kind === 'local' && state.step !== 'saved' && (
        <p>
          Un import est déjà affiché (« {origin.fileName} », du {formatDateTime(origin.importedAt)}) : en
          confirmer un nouveau le remplace.
        </p>
      )}

      {/* Read out when a reading starts and ends; the report below is shown, not read out as a whole. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {state.step === 'reading' && <p className="import-progress">Lecture de « {state.fileName} »…</p>}

      {state.step === 'failed' && (
        <div className="notice import-notice--error">
          <p>
            <strong>Fichier non lu :</strong> {state.message}
          </p>
        </div>
      )}

      {state.step === 'mapping' && (
        <ColumnMappingStep
          fileName={state.file.sheet.source.fileName}
          layout={state.file.layout}
          automatic={state.file.automatic}
          onConfirm={(entries) => confirmColumns(state.file, entries)}
          onCancel={() => {
            if (state.back) {
              focusColumns.current = true;
              setState(state.back);
            } else cancel();
          }}
        />
      )}

      {state.step === 'read' && (
        <>
          {state.file && (
            <ColumnsLine
              ref={columnsRef}
              choice={state.columns}
              onChange={() => {
                if (state.file) setState({ step: 'mapping', file: state.file, back: state });
              }}
            />
          )}
          <ImportReportView report={state.report} territories={state.territories} />
          <div className="import-confirm">
            {accepted > 0 && rejected > 0 && (
              <p>
                {rejected > 1
                  ? `Les ${plural(rejected, 'ligne refusée', 'lignes refusées')} seront laissées de côté.`
                  : 'La ligne refusée sera laissée de côté.'}
              </p>
            )}
            {accepted === 0 && !state.report.fatal && (
              <p>Aucune ligne n’est acceptée : il n’y a rien à importer.</p>
            )}
            {dataDate && (
              <DataDateField
                value={dataDateText}
                note={state.proposal.note}
                error={dataDate.ok ? null : dataDate.message}
                onChange={setDataDateText}
              />
            )}
            <p className="import-buttons">
              {!state.report.fatal && (
                <button
                  type="button"
                  className="button"
                  disabled={accepted === 0 || !dataDate?.ok || save.isPending}
                  onClick={() => {
                    if (dataDate?.ok) confirm(state.report, dataDate.date);
                  }}
                >
                  {save.isPending
                    ? 'Enregistrement…'
                    : accepted > 1
                      ? `Utiliser ces ${plural(accepted, 'action', 'actions')} dans ce navigateur`
                      : accepted === 1
                        ? 'Utiliser cette action dans ce navigateur'
                        : 'Aucune action à utiliser'}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                disabled={save.isPending}
                onClick={cancel}
              >
                Annuler
              </button>
            </p>
            {save.isError && (
              <div className="notice import-notice--error" role="alert">
                <p>
                  <strong>Les actions n’ont pas été enregistrées.</strong> {save.error.message}
                </p>
                <p>Les données affichées n’ont pas changé. Vous pouvez réessayer.</p>
              </div>
            )}
          </div>
        </>
      )}

      {state.step === 'saved' && origin?.kind === 'local' && (
        <div ref={savedRef} tabIndex={-1} className="notice import-notice--success">
          <p>
            <strong>
              Données importées : le tableau de bord affiche maintenant{' '}
              {state.count > 1 ? `ces ${plural(state.count, 'action', 'actions')}` : 'cette action'}.
            </strong>{' '}
            {state.count > 1
              ? 'Elles restent dans ce navigateur : personne d’autre ne les voit, et elles ne sont pas publiées.'
              : 'Elle reste dans ce navigateur : personne d’autre ne la voit, et elle n’est pas publiée.'}
          </p>
          <p>
            <Link to="/">Voir la vue d’ensemble</Link>
          </p>
        </div>
      )}

      <CurrentDataExports />
    </section>
  );
};

/**
 * Above the report: how the file's columns were read, and the way to change it (the mapping step again,
 * with the choices made).
 */
const ColumnsLine = ({
  ref,
  choice,
  onChange,
}: {
  ref: Ref<HTMLDivElement>;
  choice: ColumnsChoice;
  onChange: () => void;
}) => (
  <div ref={ref} tabIndex={-1} className="notice notice--info import-columns-line">
    <p>
      {choice.how === 'template'
        ? 'Colonnes lues d’après leurs titres.'
        : choice.how === 'remembered'
          ? 'Colonnes lues selon la correspondance mémorisée dans ce navigateur pour les fichiers qui ont ces titres.'
          : choice.saveError
            ? `Colonnes lues selon la correspondance choisie. Elle n’a pas pu être mémorisée (${choice.saveError}) : il faudra la choisir de nouveau pour le prochain fichier.`
            : 'Colonnes lues selon la correspondance choisie, mémorisée dans ce navigateur pour les prochains fichiers qui ont ces titres.'}
    </p>
    <p className="import-buttons">
      <button type="button" className="button button--secondary" onClick={onChange}>
        Modifier la correspondance des colonnes
      </button>
    </p>
  </div>
);

/**
 * The data date of the import, proposed from the file and confirmed by the user: lateness and "since the
 * last committee" are judged on it, and the exported meta.json carries it.
 */
const DataDateField = ({
  value,
  note,
  error,
  onChange,
}: {
  value: string;
  note: string;
  error: string | null;
  onChange: (value: string) => void;
}) => {
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  return (
    <div className="field import-data-date">
      <label htmlFor={inputId}>Date des données</label>
      <input
        id={inputId}
        type="date"
        value={value}
        aria-describedby={error ? `${helpId} ${errorId}` : helpId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={helpId} className="field-help">
        {note} Le retard des actions et « Depuis le dernier comité » sont jugés à cette date.
      </p>
      {error && (
        <p id={errorId} className="text-error">
          {error}
        </p>
      )}
    </div>
  );
};

/** How to fill the file, and the two templates. */
const TemplateHelp = () => {
  const queryClient = useQueryClient();
  const examples = helpExamples(useObjectives().data, useTerritories().data?.records);
  const { message: error, run } = useFailureStatus();
  const failed = failedBecause('Le modèle n’a pas pu être créé');
  const required = importColumns.filter((column) => column.required).map((column) => column.header);
  const optional = importColumns.filter((column) => !column.required).map((column) => column.header);

  const downloadXlsx = () =>
    run(async () => {
      const [objectives, places] = await Promise.all([
        queryClient.ensureQueryData(objectivesQueryOptions()),
        queryClient.ensureQueryData(territoriesQueryOptions()),
      ]);
      downloadBlob(await templateXlsxBlob(objectives, places.records), TEMPLATE_XLSX_NAME);
    }, failed);

  return (
    <>
      <h3>Préparer le fichier</h3>
      <ul className="import-rules">
        <li>
          Une action par ligne, sous une ligne de titres. Colonnes obligatoires : {required.join(', ')}.
          Colonnes facultatives : {optional.join(', ')}.
        </li>
        <li>Plusieurs quartiers ou objectifs dans une cellule : séparés par {LIST_SEPARATOR_HELP}.</li>
        <li>
          Objectifs opérationnels par leur code ({examples.objective}) ou leur intitulé ; quartiers par leur
          nom ({examples.territory}) ou leur code QPV ({examples.territoryCode}).
        </li>
        <li>
          Montants en euros : « 12 500,50 € » ; pourcentages : « 75 % » ou 0,75 ; dates : JJ/MM/AAAA
          (15/03/2024).
        </li>
      </ul>
      <p>
        Le modèle Excel contient aussi la liste des objectifs, celle des quartiers, et une aide pour chaque
        colonne.
      </p>
      <p className="import-buttons">
        <button type="button" className="button button--secondary" onClick={() => void downloadXlsx()}>
          Télécharger le modèle Excel (.xlsx)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void run(() => downloadBlob(templateCsvBlob(), TEMPLATE_CSV_NAME), failed)}
        >
          Télécharger le modèle CSV
        </button>
      </p>
      <p role="status" className="import-error-line">
        {error}
      </p>
    </>
  );
};

/** The data on screen, published or imported, as files: to publish them, or to edit them and load them again. */
const CurrentDataExports = () => {
  const titleId = useId();
  const checked = useCheckedActions();
  const origin = useActionsOrigin();
  const meta = useMeta();
  const dataDate = useDataDate();
  const clear = useClearLocalDataset();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [restored, setRestored] = useState(false);
  const { message: error, run } = useFailureStatus();
  const failed = failedBecause('Le fichier n’a pas pu être créé');

  const restore = () =>
    clear.mutate(undefined, {
      onSuccess: () => {
        setRestored(true);
        headingRef.current?.focus();
      },
    });

  return (
    <section aria-labelledby={titleId} className="import-exports">
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        Exporter les données actuelles
      </h3>
      {checked.status !== 'ready' ? (
        <p>
          {checked.status === 'unpublished'
            ? 'Aucune action n’est publiée : rien à exporter.'
            : checked.status === 'pending'
              ? 'Chargement des actions…'
              : 'Les actions n’ont pas pu être chargées : rien à exporter.'}
        </p>
      ) : (
        <>
          <p>
            Données affichées :{' '}
            {origin?.kind === 'local'
              ? `import local « ${origin.fileName} » du ${formatDateTime(origin.importedAt)}`
              : 'données publiées'}{' '}
            ({plural(checked.actions.length, 'action valide', 'actions valides')}).
          </p>
          <p>
            Les fichiers <code>{ACTIONS_JSON_NAME}</code> et <code>{META_JSON_NAME}</code> se publient
            ensemble, tels quels, à la place de ceux du site, dans le dossier <code>public/data</code> (voir «
            Publier les données » plus bas) : <code>{META_JSON_NAME}</code> porte la date des données,{' '}
            {dataDate ? (
              <>
                le <time dateTime={dataDate}>{formatIsoDate(dataDate)}</time>
              </>
            ) : (
              'qui manque ici (voir « Date des données et comités » plus bas)'
            )}
            . Le CSV reprend les colonnes du modèle, pour modifier les actions dans un tableur puis les
            charger de nouveau.
          </p>
          <p className="import-buttons">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void run(() => downloadBlob(actionsJsonBlob(checked.actions), ACTIONS_JSON_NAME), failed)
              }
            >
              Exporter actions.json
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!meta.data}
              onClick={() => {
                const contract = meta.data;
                if (!contract) return;
                const document = exportedMeta(contract, { dataDate, imported: origin?.kind === 'local' });
                void run(() => downloadBlob(metaJsonBlob(document), META_JSON_NAME), failed);
              }}
            >
              Exporter meta.json
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void run(
                  () => downloadCsv('Programmation', actionsToCsvRows(checked.actions, checked.territories)),
                  failed,
                )
              }
            >
              Exporter en CSV (modèle)
            </button>
          </p>
          <p role="status" className="import-error-line">
            {error}
          </p>
        </>
      )}
      {origin?.kind === 'local' && (
        <p className="import-buttons">
          <button type="button" className="button" disabled={clear.isPending} onClick={restore}>
            {clear.isPending ? 'Retour aux données publiées…' : 'Revenir aux données publiées'}
          </button>
        </p>
      )}
      {restored && origin?.kind === 'published' && (
        <p>Les données publiées sont de nouveau affichées ; l’import local est supprimé de ce navigateur.</p>
      )}
      {clear.isError && (
        <p role="alert" className="text-error">
          <strong>L’import local n’a pas pu être supprimé.</strong> {clear.error.message}
        </p>
      )}
    </section>
  );
};
