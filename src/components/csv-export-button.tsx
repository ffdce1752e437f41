import { useState } from 'react';
import type { CsvCell } from '../lib/csv';
import { downloadCsv } from '../lib/download-csv';

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
}) => {
  const [error, setError] = useState('');
  return (
    <div className="chart-actions table-actions no-print">
      <button
        type="button"
        className="button button--secondary"
        // The visible words, then what is exported (WCAG 2.5.3, label in name).
        aria-label={`${label} : exporter « ${title} »`}
        onClick={() => {
          try {
            downloadCsv(title, rows());
            setError('');
          } catch (cause) {
            console.error(cause);
            setError(EXPORT_ERROR);
          }
        }}
      >
        {label}
      </button>
      <p className="chart-actions-status" role="status">
        {error}
      </p>
    </div>
  );
};
