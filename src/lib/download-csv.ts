import { type CsvCell, exportFileName, toCsv } from './csv';
import { downloadBlob } from './download';

/** Saves rows as a CSV file for French Excel (see toCsv), named after its title. */
export const downloadCsv = (title: string, rows: readonly (readonly CsvCell[])[]) =>
  downloadBlob(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), exportFileName(title, 'csv'));
