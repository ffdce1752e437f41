/**
 * Parsers of one spreadsheet cell, for the import of a programmation written by French local-authority
 * staff: amounts as "12 500,50 €" or "12.500,50", percentages as "75 %" or 0.75, dates as "15/03/2024" or
 * an Excel serial. They accept what real files hold and reject, with a French message quoting the cell as
 * the user typed it, what cannot be read without guessing. Range checks (a negative amount, 150 %) are left
 * to the schema, which knows the column.
 */

import { formatIsoDateShort } from '../../lib/format';

/** A cell as a spreadsheet reader gives it: CSV gives strings (or null for empty), .xlsx also numbers, booleans and Dates (UTC midnight for date cells). */
export type SheetCell = string | number | boolean | Date | null;

/** value null = empty cell (empty string or only white space counts as empty). */
export type CellResult<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** How to put several values in one cell, for the help shown next to list columns. */
export const LIST_SEPARATOR_HELP = 'point-virgule (;) ou retour à la ligne dans la cellule';

const ok = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/**
 * Runs of white space to one space. `\s` covers every Unicode space: NBSP (U+00A0, which French Excel
 * puts in "12 500"), NNBSP (U+202F, which Intl and recent Word write before "%"), thin spaces, tabs and
 * line breaks.
 */
export const foldSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

const pad = (value: number, length: number) => String(value).padStart(length, '0');

const isValidDate = (date: Date) => !Number.isNaN(date.getTime());

// .xlsx date cells come as UTC midnight: read in local time, they would show the day before west of UTC.
const utcFrenchDate = (date: Date) =>
  `${pad(date.getUTCDate(), 2)}/${pad(date.getUTCMonth() + 1, 2)}/${pad(date.getUTCFullYear(), 4)}`;
const utcIsoDate = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

/** Trimmed, inner white space folded to one space; numbers as plain `String`; Dates dd/mm/yyyy; null if empty. */
export const parseText = (cell: SheetCell): string | null => {
  if (cell === null) return null;
  if (typeof cell === 'string') {
    const text = foldSpaces(cell);
    return text === '' ? null : text;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
  // As French Excel shows a boolean cell.
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return isValidDate(cell) ? utcFrenchDate(cell) : null;
};

// 15 significant digits: what Excel shows of a number, so that 0.1 + 0.2 reads "0,3" as in the sheet.
const frenchNumber = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 15 });

/** How a cell reads in an error message: as the user saw it in the spreadsheet; '' for empty. */
export const cellToText = (cell: SheetCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') {
    // Intl groups thousands with U+202F: a normal space reads the same and copies plainly into a search.
    return Number.isFinite(cell) ? frenchNumber.format(cell).replace(/[\u202F\u00A0]/g, ' ') : String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return isValidDate(cell) ? utcFrenchDate(cell) : '';
};

const quoted = (cell: SheetCell) => `« ${cellToText(cell)} »`;

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * A single dot followed by exactly three digits, after one to three digits not starting with 0: "1.250",
 * "12.500", "125.000". French offices write thousands this way (the dot of the 12.500,50 style, without
 * the cents), and amounts of 1,25 € are far rarer than of 1 250 €. "0.750", "1.25" and "12500.5" stay
 * decimals.
 */
const DOT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * The digits of an integer part, without its thousands separators (white space, and `thousands` when
 * given), or null when the groups are not those of thousands: the first of 1 to 3 digits, the others of
 * exactly 3 ("1 2 3" and "12,50,3" are typos, not numbers).
 */
const joinThousands = (integer: string, thousands: ',' | '.' | null): string | null => {
  const groups = integer.split(thousands === null ? /\s+/ : new RegExp(`\\s+|\\${thousands}`));
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return /^\d*$/.test(first) ? first : null;
  return /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group)) ? groups.join('') : null;
};

/**
 * A number written without sign: "12 500,5", "12.500,50", "12,500.50", "1.250.000", "12500.5". When both
 * "," and "." appear, the last one is the decimal mark; a lone "," is the French decimal mark; several of
 * the same are thousands; a lone "." is a decimal mark except as in `DOT_THOUSANDS`.
 */
const parseUnsigned = (text: string): number | null => {
  if (!/^[\d\s.,]+$/.test(text) || !/\d/.test(text)) return null;
  const commas = count(text, ',');
  const dots = count(text, '.');
  let decimal: ',' | '.' | null = null;
  let thousands: ',' | '.' | null = null;
  if (commas > 0 && dots > 0) {
    decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    thousands = decimal === ',' ? '.' : ',';
    if (count(text, decimal) > 1) return null;
  } else if (commas === 1) decimal = ',';
  else if (commas > 1) thousands = ',';
  else if (dots === 1) {
    if (DOT_THOUSANDS.test(text)) thousands = '.';
    else decimal = '.';
  } else if (dots > 1) thousands = '.';

  const at = decimal === null ? text.length : text.indexOf(decimal);
  const fraction = text.slice(at + 1);
  if (decimal !== null && !/^\d+$/.test(fraction)) return null;
  const integer = joinThousands(text.slice(0, at), thousands);
  if (integer === null) return null;
  const value = Number(decimal === null ? integer : `${integer}.${fraction}`);
  return Number.isFinite(value) ? value : null;
};

/** A number with an optional sign: "-" or the typographic minus "−" (U+2212) that Word and Intl write. */
const parseSigned = (text: string): number | null => {
  const sign = /^[-\u2212+]/.exec(text)?.[0];
  const value = parseUnsigned(sign === undefined ? text : text.slice(1).trimStart());
  if (value === null) return null;
  // No "-0": it would differ from 0 for Object.is, and means nothing in a sheet.
  return sign === '+' || sign === undefined || value === 0 ? value : -value;
};

const CURRENCY = '(?:€|eur(?:os?)?)';
const TRAILING_CURRENCY = new RegExp(`\\s*${CURRENCY}$`, 'i');
// A sign may come before a leading currency ("-€500"): it is kept, the currency dropped.
const LEADING_CURRENCY = new RegExp(`^([-\\u2212+]?)\\s*${CURRENCY}\\s*`, 'i');

const withoutCurrency = (text: string) =>
  TRAILING_CURRENCY.test(text) ? text.replace(TRAILING_CURRENCY, '') : text.replace(LEADING_CURRENCY, '$1');

/** Euros: numbers as they are; text as "12 500,50 €", "12.500,50", "€ 12 500", "12 500,50 EUR". */
export const parseAmount = (cell: SheetCell): CellResult<number> => {
  const invalid = () => fail<number>(`${quoted(cell)} n’est pas un montant (ex. « 12 500,50 € »)`);
  if (cell === null) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : invalid();
  if (typeof cell !== 'string') return invalid();
  const text = parseText(cell);
  if (text === null) return ok(null);
  const value = parseSigned(withoutCurrency(text));
  return value === null ? invalid() : ok(value);
};

/** Counts and years: 2024, "2024", "1 200", "1200,0"; "12,5" is refused rather than rounded. */
export const parseInteger = (cell: SheetCell): CellResult<number> => {
  if (cell === null) return ok(null);
  let value: number | null = null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const text = parseText(cell);
    if (text === null) return ok(null);
    value = parseSigned(text);
  }
  return value !== null && Number.isInteger(value)
    ? ok(value)
    : fail(`${quoted(cell)} n’est pas un nombre entier`);
};

type PercentReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'number'; value: number; withSign: boolean };

/** A percentage cell's number, and whether it was written with "%" (which settles its scale). */
const readPercent = (cell: SheetCell): PercentReading => {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'number', value: cell, withSign: false } : { kind: 'invalid' };
  }
  if (typeof cell !== 'string') return { kind: 'invalid' };
  const text = parseText(cell);
  if (text === null) return { kind: 'empty' };
  const percent = /^(.*?)\s*%$/.exec(text);
  const value = parseSigned(percent ? (percent[1] ?? '') : text);
  return value === null ? { kind: 'invalid' } : { kind: 'number', value, withSign: percent !== null };
};

// 0.57 * 100 is 56.99999999999999: two decimals are more than any progress or share needs.
const roundHundredths = (value: number) => Math.round(value * 100) / 100;

/**
 * On the 0–100 scale. A value written with "%" is taken as is; otherwise one strictly between 0 and 1 is a
 * fraction (an .xlsx percentage cell holds 0.75 for 75 %), and with `fractions` (the whole column is
 * fractions, see `isFractionColumn`) every value is, so that 1 reads 100 %. Out-of-range values are
 * returned for the schema to report.
 */
export const parsePercent = (cell: SheetCell, options: { fractions?: boolean } = {}): CellResult<number> => {
  const reading = readPercent(cell);
  if (reading.kind === 'empty') return ok(null);
  if (reading.kind === 'invalid') {
    return fail(`${quoted(cell)} n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)`);
  }
  const { value, withSign } = reading;
  if (withSign) return ok(value);
  if (options.fractions === true || (value > 0 && value < 1)) return ok(roundHundredths(value * 100));
  return ok(value);
};

/**
 * Whether a column holds fractions (0.75 for 75 %), as an .xlsx column formatted as percentage does: every
 * number written without "%" lies in [0, 1], and one at least strictly between 0 and 1 (a column of only 0
 * and 1 is more likely 0 % and 1 % than 0 % and 100 %). Cells with "%" and unreadable cells do not count.
 */
export const isFractionColumn = (cells: readonly SheetCell[]): boolean => {
  let fraction = false;
  for (const cell of cells) {
    const reading = readPercent(cell);
    if (reading.kind !== 'number' || reading.withSign) continue;
    if (reading.value < 0 || reading.value > 1) return false;
    if (reading.value > 0 && reading.value < 1) fraction = true;
  }
  return fraction;
};

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

// A time may follow, as Excel writes a date-time cell to CSV ("15/03/2024 00:00"): it is dropped.
const TIME = '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';
/** 15/03/2024, 5/3/2024, 15-03-2024, 15.03.2024, 15/03/24: the same separator twice. */
const DAY_FIRST = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`, 'i');
/** 2024-03-15, 2024-03-15T00:00:00.000Z (the date part as written, not shifted to a time zone). */
const YEAR_FIRST = new RegExp(`^(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})${TIME}$`, 'i');

const DAY_MS = 86_400_000;
// Excel's day 0 for serials after 60; it is 1899-12-30, not 12-31, because of the next comment's day.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's 29/02/1900, a day that never was (kept from Lotus 1-2-3 for compatibility). */
const EXCEL_FICTITIOUS_DAY = 60;
/** 31/12/9999, Excel's last date. */
const EXCEL_LAST_SERIAL = 2_958_465;

/** ISO 'yyyy-mm-dd': Date cells, Excel serial numbers, and text as 15/03/2024, 15/03/24 or 2024-03-15. */
export const parseDate = (cell: SheetCell): CellResult<string> => {
  const notADate = () =>
    fail<string>(`${quoted(cell)} n’est pas une date (attendu JJ/MM/AAAA, ex. « 15/03/2024 »)`);
  const invalid = () => fail<string>(`${quoted(cell)} n’est pas une date valide`);
  if (cell === null) return ok(null);
  if (cell instanceof Date) return isValidDate(cell) ? ok(utcIsoDate(cell)) : invalid();
  if (typeof cell === 'boolean') return notADate();
  if (typeof cell === 'number') {
    // Only a real number cell is a serial: a date cell that lost its format. The fraction is the time of day.
    const serial = Math.floor(cell);
    if (!(serial >= 1 && serial <= EXCEL_LAST_SERIAL)) return notADate();
    if (serial === EXCEL_FICTITIOUS_DAY) return invalid();
    // Before the fictitious day, Excel's count has one day fewer than the epoch assumes.
    const days = serial < EXCEL_FICTITIOUS_DAY ? serial + 1 : serial;
    return ok(utcIsoDate(new Date(EXCEL_EPOCH + days * DAY_MS)));
  }
  const text = parseText(cell);
  if (text === null) return ok(null);
  let year: number;
  let month: number;
  let day: number;
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(text);
  if (dayFirst) {
    const [, dayText = '', , monthText = '', yearText = ''] = dayFirst;
    day = Number(dayText);
    month = Number(monthText);
    // A two-digit year is this century's: the programmation is about actions of the 2000s.
    year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  } else if (yearFirst) {
    const [, yearText = '', , monthText = '', dayText = ''] = yearFirst;
    year = Number(yearText);
    month = Number(monthText);
    day = Number(dayText);
  } else return notADate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid();
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
};

/**
 * Several values in one cell, split on ";" and line breaks, each trimmed (inner white space folded as by
 * `parseText`, so that a label reads the same alone or in a list); empty parts dropped. Commas do not
 * split: objective labels contain them.
 */
export const splitList = (cell: SheetCell): string[] => {
  if (typeof cell !== 'string') {
    const text = parseText(cell);
    return text === null ? [] : [text];
  }
  return cell
    .split(/;|\r\n|\r|\n/)
    .map(foldSpaces)
    .filter((part) => part !== '');
};

/**
 * The column "Historique d’avancement": "15/03/2023 : 20 % ; 30/06/2023 : 45 %", in the order written (the
 * schema checks it). Each part is a date (as `parseDate` reads text) and a percentage (as `parsePercent`),
 * split at the last ":", since a date written with a time ("2024-03-15T00:00:00") holds colons itself.
 */
export const parseProgressHistory = (cell: SheetCell): CellResult<{ date: string; progress: number }[]> => {
  const parts = splitList(cell);
  if (parts.length === 0) return ok(null);
  const reports: { date: string; progress: number }[] = [];
  for (const part of parts) {
    const separator = part.lastIndexOf(':');
    if (separator === -1) {
      return fail(`« ${part} » : attendu « date : pourcentage » (ex. « 15/03/2023 : 20 % »)`);
    }
    const date = parseDate(part.slice(0, separator));
    if (!date.ok) return fail(`« ${part} » : ${date.message}`);
    if (date.value === null) return fail(`« ${part} » : date manquante`);
    const progress = parsePercent(part.slice(separator + 1));
    if (!progress.ok) return fail(`« ${part} » : ${progress.message}`);
    if (progress.value === null) return fail(`« ${part} » : pourcentage manquant`);
    reports.push({ date: date.value, progress: progress.value });
  }
  return ok(reports);
};

/**
 * The inverse of `parseProgressHistory`: "15/03/2023 : 20 % ; 30/06/2023 : 12,5 %", '' for none. A normal
 * space before "%" (not NBSP, which some spreadsheets show as a box or a wide gap), a decimal comma as
 * French Excel writes numbers, and no thousands separator, which could only make the value ambiguous.
 */
export const formatProgressHistory = (reports: readonly { date: string; progress: number }[]): string =>
  reports
    .map(({ date, progress }) => `${formatIsoDateShort(date)} : ${String(progress).replace('.', ',')} %`)
    .join(' ; ');
