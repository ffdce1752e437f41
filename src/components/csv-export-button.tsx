import type { CsvCell } from '../lib/csv';
import { downloadCsv } from '../lib/download-csv';
import { ExportActions } from './export-actions';

const EXPORT_ERROR = 'L’export n’a pas pu être préparé. Réessayez, ou signalez-le à l’équipe du contrat.';

/**
 * "Tableau CSV" for a table of the page: the rows are built on click (an actions table may hold 100 000),
 * and the file opens in French Excel as it is (see toCsv).
 */
export const CsvExportButton = ({
  title,
  rows,
  label = 'Tableau CSV',
}: {
  /** Names the file and the button's accessible name. */
  title: string;
  rows: () => readonly (readonly CsvCell[])[];
  label?: string;
}) => (
  <ExportActions
    className="table-actions"
    errorMessage={EXPORT_ERROR}
    actions={[
      { key: 'csv', label, name: `${label} : exporter « ${title} »`, run: () => downloadCsv(title, rows()) },
    ]}
  />
);
