import writeXlsxFile from 'write-excel-file/node';
import type { SheetCell } from '../../src/features/import/cell-values';

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it puts typography (€, ’, œ…). Written out here rather
// than taken from a TextDecoder: Node 20 decodes "windows-1252" as Latin-1 (nodejs/node#60888).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte) => [
    byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte),
    byte,
  ]),
);

/** Text as Excel for Windows saves "CSV (séparateur : point-virgule)": one byte per character, cp1252. */
export const encodeWindows1252 = (text: string): Uint8Array =>
  new Uint8Array(
    [...text].map((char) => {
      const byte = windows1252.get(char);
      if (byte === undefined) throw new Error(`« ${char} » has no Windows-1252 byte`);
      return byte;
    }),
  );

export const encodeUtf8 = (text: string, { bom = false } = {}): Uint8Array => {
  const bytes = new TextEncoder().encode(text);
  if (!bom) return bytes;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
};

/** A cell as SheetCell, or with what Excel stores beside the value: its number format, wrap, bold, a merge. */
export type XlsxCell =
  | SheetCell
  | {
      value: number | Date | string;
      format?: string;
      wrap?: boolean;
      fontWeight?: 'bold';
      columnSpan?: number;
    };

/** An .xlsx workbook built the way Excel stores cells: numbers, dates as dates, percentages as fractions. */
export const buildXlsx = async (
  sheets: { name: string; rows: readonly (readonly XlsxCell[])[] }[],
): Promise<Uint8Array> => {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheet.rows.map((row) =>
      row.map((cell) => {
        if (cell === null) return null;
        if (cell instanceof Date) return { value: cell, format: 'dd/mm/yyyy' };
        if (typeof cell === 'object') return cell;
        return { value: cell };
      }),
    ),
  }));
  // biome-ignore lint/suspicious/noExplicitAny: the library's multi-sheet overload is loosely typed
  const buffer: Buffer = await (writeXlsxFile as any)(data).toBuffer();
  return new Uint8Array(buffer);
};
