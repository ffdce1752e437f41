import { useId } from 'react';
import { actionStatusLabels } from '../../../domain/action';
import type { Territory } from '../../../domain/territory';
import type { CsvCell } from '../../../lib/csv';
import { downloadCsv } from '../../../lib/download-csv';
import { formatEuros, formatInteger, plural } from '../../../lib/format';
import { useFailureStatus } from '../../../lib/use-failure-status';
import {
  type ImportProblem,
  type ImportReport,
  reportSummary,
  suggestionSentence,
} from '../import-programmation';

/** Beyond this, the table would be a wall: the first problems show the pattern, the CSV report has them all. */
export const MAX_PROBLEM_ROWS = 200;
/** The preview shows that the columns were read right; the dashboard shows the rest. */
export const PREVIEW_ROWS = 10;

/** "Objectif(s) opérationnel(s) (F)": the header as written in the file and its letter. */
const columnName = (problem: ImportProblem) => {
  if (!problem.column) return problem.letter ? `Colonne ${problem.letter}` : null;
  return problem.letter ? `${problem.column} (${problem.letter})` : problem.column;
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The problems as the CSV report gives them, one row each, a header row first. */
export const reportCsvRows = (report: ImportReport): CsvCell[][] => [
  ['Ligne', 'Colonne', 'Valeur', 'Problème', 'Suggestion'],
  ...report.problems.map((problem) => [
    problem.line,
    columnName(problem),
    problem.value,
    sentence(problem.message),
    suggestionSentence(problem),
  ]),
];

/** "programmation 2024.xlsx" → "programmation 2024": the report's file is named after it. */
const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/**
 * What the reading of a file gave: how it was read, the counts, the file-level notices, every problem of
 * the refused rows (line, column, value, reason, likely fix) and a preview of the accepted actions.
 */
export const ImportReportView = ({
  report,
  territories,
}: {
  report: ImportReport;
  territories: readonly Territory[];
}) => {
  const titleId = useId();
  return (
    <section className="import-report" aria-labelledby={titleId}>
      <h3 id={titleId}>Résultat de la lecture</h3>
      <p>
        Fichier « <strong>{report.fileName}</strong> » : {report.format}.
      </p>
      {report.fatal ? (
        <div className="notice import-notice--error">
          <p>
            <strong>Fichier refusé :</strong> {report.fatal}
          </p>
          <p>Aucune action n’est importée. Corrigez le fichier puis chargez-le de nouveau.</p>
        </div>
      ) : (
        <p className="import-counts">
          <strong>{reportSummary(report)}.</strong>
        </p>
      )}
      {report.notices.length > 0 && (
        <div className="notice notice--info">
          <p>
            <strong>Remarques sur le fichier :</strong>
          </p>
          <ul>
            {report.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      {report.rejectedLines.length > 0 && <ProblemsTable report={report} />}
      {report.accepted.length > 0 && <AcceptedPreview report={report} territories={territories} />}
    </section>
  );
};

const ProblemsTable = ({ report }: { report: ImportReport }) => {
  const titleId = useId();
  const { message: error, run } = useFailureStatus();
  const shown = report.problems.slice(0, MAX_PROBLEM_ROWS);
  const rejected = report.rejectedLines;
  const downloadReport = () =>
    void run(
      () => downloadCsv(`Rapport d’import ${baseName(report.fileName)}`, reportCsvRows(report)),
      () => 'Le rapport n’a pas pu être enregistré : réessayez, ou copiez le tableau ci-dessus.',
    );
  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId}>{rejected.length > 1 ? 'Lignes refusées' : 'Ligne refusée'}</h4>
      <p>
        Les lignes refusées ne sont pas importées ; corrigez-les dans votre fichier puis chargez-le de
        nouveau. Les autres lignes sont gardées.
      </p>
      <p>
        {rejected.length > 1 ? 'Lignes' : 'Ligne'} du fichier :{' '}
        {rejected
          .slice(0, 50)
          .map((line) => formatInteger(line))
          .join(', ')}
        {rejected.length > 50 ? '…' : '.'} Le numéro est celui qu’affiche le tableur, ligne des titres
        comprise.
      </p>
      <div className="table-scroll">
        <table className="data-table import-problems">
          <caption>
            Problèmes des lignes refusées
            {report.problems.length > shown.length
              ? ` (les ${formatInteger(shown.length)} premiers sur ${formatInteger(report.problems.length)})`
              : ` (${formatInteger(report.problems.length)})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Colonne</th>
              <th scope="col">Valeur</th>
              <th scope="col">Problème</th>
              <th scope="col">Suggestion</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a report's problems are fixed once read
              <tr key={index}>
                <th scope="row" className="numeric">
                  {formatInteger(problem.line)}
                </th>
                <td>{columnName(problem) ?? '—'}</td>
                <td>{problem.value ?? <span className="import-empty">(vide)</span>}</td>
                <td>{sentence(problem.message)}</td>
                <td>{suggestionSentence(problem) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.problems.length > shown.length && (
        <p>
          … et {plural(report.problems.length - shown.length, 'autre problème', 'autres problèmes')}, non
          listés ici : le rapport CSV les contient tous.
        </p>
      )}
      <p className="import-buttons">
        <button type="button" className="button button--secondary" onClick={downloadReport}>
          Télécharger le rapport (CSV)
        </button>
      </p>
      <p role="status" className="import-error-line">
        {error}
      </p>
    </section>
  );
};

const AcceptedPreview = ({
  report,
  territories,
}: {
  report: ImportReport;
  territories: readonly Territory[];
}) => {
  const titleId = useId();
  const names = new Map(territories.map((territory) => [territory.id, territory.name]));
  const shown = report.accepted.slice(0, PREVIEW_ROWS);
  const total = report.accepted.length;
  return (
    <section aria-labelledby={titleId}>
      <h4 id={titleId}>Aperçu des actions acceptées</h4>
      <p>
        {total > shown.length
          ? `Les ${formatInteger(shown.length)} premières des ${plural(total, 'action acceptée', 'actions acceptées')}, pour vérifier que les colonnes ont été bien lues.`
          : `${total > 1 ? `Les ${plural(total, 'action acceptée', 'actions acceptées')}` : 'L’action acceptée'}, pour vérifier que les colonnes ont été bien lues.`}
      </p>
      <div className="table-scroll">
        <table className="data-table import-preview">
          <caption>
            Aperçu : {formatInteger(shown.length)} sur {plural(total, 'action acceptée', 'actions acceptées')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Année</th>
              <th scope="col">Intitulé</th>
              <th scope="col">Porteur</th>
              <th scope="col">Quartiers</th>
              <th scope="col">Objectifs</th>
              <th scope="col">Statut</th>
              <th scope="col">Coût total</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ line, action }) => (
              <tr key={line}>
                <td className="numeric">{formatInteger(line)}</td>
                <td className="numeric">{action.year}</td>
                <th scope="row">{action.title}</th>
                <td>{action.porteur.name}</td>
                <td>{action.territories.map((id) => names.get(id) ?? id).join(', ')}</td>
                <td>{action.objectives.join(', ')}</td>
                <td>{actionStatusLabels[action.status]}</td>
                <td className="numeric">{formatEuros(action.budget.totalCost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
