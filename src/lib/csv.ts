import { looseText } from './text-match';
/**
 * CSV for French Excel, and a general RFC 4180 reader.
 *
 * French Excel opens a CSV by double-click with the locale's list separator (";") and decimal comma, and
 * reads it as UTF-8 only when it starts with a byte order mark: without it, "é" comes out as "Ã©".
 */

export type CsvCell = string | number | null;

export type CsvSeparator = ';' | ',';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): = + - @,
 * and tab and carriage return, which some spreadsheets skip before looking for one. A line feed is added:
 * it is skipped the same way. Such a cell exported from the app could run a formula
 * (`=HYPERLINK(…)`, `=cmd|…`) on the computer of whoever opens the file, from text typed by anybody (an
 * action's title, a holder's name).
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Fields that must be quoted: the separators (";", and "," so that a reader that guesses the separator, like
 * `parseCsv`, or Excel in another locale, does not split the field), quotes, line breaks, and spaces at
 * either end (which some readers trim).
 */
const NEEDS_QUOTES = /[;,"\r\n]|^\s|\s$/;

/**
 * The shortest decimal writing of a finite number, without exponent: 1e21 → "1000000000000000000000",
 * 1.5e-7 → "0.00000015" (String() would write exponents, which Excel does not read with a decimal comma).
 */
const plainDecimal = (value: number) => {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  const digits = `${whole}${fraction}`;
  // Position of the decimal point in `digits` once the exponent is applied.
  const point = whole.length + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
};

/** 12500.5 → "12500,5": a decimal comma and no thousands separator, as French Excel reads a number. */
const formatNumber = (value: number) => (Number.isFinite(value) ? plainDecimal(value).replace('.', ',') : '');

const quote = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const formatCell = (cell: CsvCell) => {
  if (cell === null) return '';
  // Numbers are written by us, never read as a formula: a negative number keeps its "-".
  if (typeof cell === 'number') return formatNumber(cell);
  // The leading quote makes Excel take the cell as text; it is shown in other readers, a small price.
  return quote(FORMULA_START.test(cell) ? `'${cell}` : cell);
};

/**
 * Rows → CSV text for French Excel: a UTF-8 byte order mark, ";" between fields, CRLF between rows (and
 * after the last), numbers with a decimal comma, `null` as an empty cell, and text that could be read as
 * a formula neutralised.
 */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  `${BOM}${rows.map((row) => row.map(formatCell).join(SEPARATOR) + LINE_END).join('')}`;

/** ";" or ",": whichever appears more often outside quotes in the first record (";" on a tie). */
export const detectSeparator = (text: string): CsvSeparator => {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ';') semicolons += 1;
    else if (char === ',') commas += 1;
    else if (char === '\r' || char === '\n') break;
  }
  return commas > semicolons ? ',' : ';';
};

export type ParseCsvOptions = {
  /** Detected from the first record when absent. */
  separator?: CsvSeparator;
};

/**
 * CSV text → rows of text cells (RFC 4180): quoted fields may hold separators, doubled quotes and line
 * breaks (CRLF, LF or CR, kept as they are); rows end with CRLF, LF or CR. A leading byte order mark is
 * dropped, and so are fully empty rows at the end (a final line break, blank lines left by a spreadsheet).
 * Cells are returned as written: numbers stay text ("12,5"), a neutralising quote stays.
 *
 * It is lenient, as spreadsheets are: a quote inside an unquoted field is kept as text, text after a
 * closing quote is appended to the field, and an unclosed quote runs to the end of the text.
 */
export const parseCsv = (text: string, options: ParseCsvOptions = {}): string[][] => {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = options.separator ?? detectSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the current row has started: an empty text has no row, "a\n" has one.
  let inRow = false;
  let index = 0;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    inRow = false;
  };

  while (index < input.length) {
    const char = input[index] as string;
    if (quoted) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      index += 1;
      continue;
    }
    inRow = true;
    if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      endRow();
      // CRLF is one line break.
      if (char === '\r' && input[index + 1] === '\n') index += 1;
    } else field += char;
    index += 1;
  }
  if (inRow || quoted) endRow();

  while (rows.length > 0 && (rows.at(-1) as string[]).every((cell) => cell === '')) rows.pop();
  return rows;
};

const MAX_SLUG_LENGTH = 80;

/**
 * "Couverture et avancement par pilier et axe" → "couverture-et-avancement-par-pilier-et-axe": the text as
 * search folds it (case, accents, ligatures, punctuation), then ASCII only, so that the name survives every
 * file system, e-mail and zip tool.
 */
const slugify = (text: string) => {
  const slug = looseText(text.replace(/ß/g, 'ss'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut between words when there is one to cut at.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
};

/** A file name for an export: the title as a slug ("graphique" when nothing is left), an optional date. */
export const exportFileName = (title: string, extension: string, date?: string) => {
  const parts = [slugify(title) || 'graphique', date ? slugify(date) : ''].filter(Boolean);
  return `${parts.join('-')}.${extension.replace(/^\./, '')}`;
};
