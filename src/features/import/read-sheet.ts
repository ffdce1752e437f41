import { type CsvSeparator, detectSeparator, parseCsv } from '../../lib/csv';
import { decodeText, type TextEncodingName } from '../../lib/decode-text';
import type { SheetCell } from './cell-values';
import { countKnownHeaders } from './import-columns';

export type SheetSource = {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** CSV only: the encoding and separator found in the file. */
  encoding?: TextEncodingName;
  separator?: CsvSeparator;
  /** .xlsx only: the sheet read. */
  sheetName?: string;
};

/** A spreadsheet as rows of cells, whatever file it came from. */
export type Sheet = { source: SheetSource; rows: SheetCell[][] };

/** A file that cannot be read as a spreadsheet at all; its message is for the user. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const extensionOf = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

// Our CSV export puts a quote before text that a spreadsheet would run as a formula (src/lib/csv.ts):
// reading it back removes that quote, so that an exported file imports as it was.
const NEUTRALISED = /^'(?=[=+\-@\t\r\n])/;

const readCsv = (fileName: string, bytes: Uint8Array): Sheet => {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const rows = parseCsv(text, { separator }).map((row) =>
    row.map((cell): SheetCell => (cell.trim() === '' ? null : cell.replace(NEUTRALISED, ''))),
  );
  return { source: { fileName, format: 'csv', encoding, separator }, rows };
};

const readXlsx = async (fileName: string, bytes: Uint8Array): Promise<Sheet> => {
  // Loaded only when a workbook is given: the dashboard's first screen does not carry the reader.
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: SheetCell[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: SheetCell[][] }[];
  } catch (error) {
    throw new ImportFileError(
      `Le fichier « ${fileName} » n’est pas un classeur Excel lisible (${error instanceof Error ? error.message : String(error)}). Enregistrez-le de nouveau au format .xlsx ou CSV.`,
    );
  }
  // The programmation is the first sheet with the template's headers; a workbook often starts with a
  // cover sheet or a notice.
  const chosen =
    sheets.find((sheet) => sheet.data.slice(0, 10).some((row) => countKnownHeaders(row) >= 3)) ?? sheets[0];
  if (!chosen) throw new ImportFileError(`Le classeur « ${fileName} » ne contient aucune feuille.`);
  return { source: { fileName, format: 'xlsx', sheetName: chosen.sheet }, rows: chosen.data };
};

/**
 * Reads a programmation file: a CSV (separator and encoding detected) or an Excel workbook (.xlsx). Older
 * or other formats are refused with what to do, rather than read as garbage.
 */
export const readSheetFile = async (fileName: string, data: ArrayBuffer | Uint8Array): Promise<Sheet> => {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const extension = extensionOf(fileName);
  if (startsWith(bytes, OLE) || extension === 'xls') {
    throw new ImportFileError(
      `Le fichier « ${fileName} » est au format Excel 97-2003 (.xls), qui n’est pas lu : dans Excel, « Enregistrer sous » au format « Classeur Excel (.xlsx) » ou « CSV (séparateur : point-virgule) ».`,
    );
  }
  if (extension === 'ods') {
    throw new ImportFileError(
      `Le fichier « ${fileName} » est au format OpenDocument (.ods), qui n’est pas lu : dans LibreOffice, « Enregistrer sous » au format .xlsx ou CSV.`,
    );
  }
  if (startsWith(bytes, ZIP) || extension === 'xlsx') return readXlsx(fileName, bytes);
  if (bytes.length === 0) throw new ImportFileError(`Le fichier « ${fileName} » est vide.`);
  return readCsv(fileName, bytes);
};
