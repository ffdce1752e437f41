import { foldSpaces, parseText, type SheetCell } from './cell-values';
import type { ListResolver } from './reference-match';

/** One value of a list cell: what it stands for, the text it was read from, and what to tell the user. */
export type ListValue<T> = { value: T; text: string; note?: string };

export type ListIssue = { message: string; value: string | null; suggestion: string | null };

export type ListReading<T> = { ok: true; values: ListValue<T>[] } | { ok: false; issues: ListIssue[] };

/** What separates values in a cell: a semicolon or a line break (Alt+Entrée in Excel). */
const SEPARATORS = /;|\r\n|\r|\n/g;
/** The same, and a comma: tried only when the cell cannot be read with the first ones. */
const SEPARATORS_AND_COMMAS = /;|\r\n|\r|\n|,/g;

/** More readings than this are not looked for: two distinct ones already make a cell ambiguous. */
const MAX_READINGS = 8;

type Part = { start: number; end: number };

/** The non-empty stretches of the cell between separators, as positions in the cell. */
const partsOf = (cell: string, separators: RegExp): Part[] => {
  const parts: Part[] = [];
  let start = 0;
  for (const match of cell.matchAll(separators)) {
    parts.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ start, end: cell.length });
  return parts.filter((part) => cell.slice(part.start, part.end).trim() !== '');
};

/**
 * Every way (up to MAX_READINGS) to cut the cell's parts into runs of adjacent parts, each run being one
 * value: a lone part as the resolver reads it (a code followed by a comment included, with its note), a run
 * of several parts only when it is exactly one label or name, separators included.
 */
const readingsOf = <T>(cell: string, parts: readonly Part[], resolver: ListResolver<T>) => {
  const segments = new Map<string, ListValue<T> | null>();
  const segment = (from: number, to: number): ListValue<T> | null => {
    const key = `${from}:${to}`;
    const known = segments.get(key);
    if (known !== undefined) return known;
    const text = foldSpaces(cell.slice((parts[from] as Part).start, (parts[to - 1] as Part).end));
    let value: ListValue<T> | null = null;
    if (to - from === 1) {
      const result = resolver(text);
      if (result.ok) value = { value: result.value, text, ...(result.note ? { note: result.note } : {}) };
    } else {
      const exact = resolver.exact(text);
      if (exact !== null) value = { value: exact, text };
    }
    segments.set(key, value);
    return value;
  };
  const memo = new Map<number, ListValue<T>[][]>();
  const from = (index: number): ListValue<T>[][] => {
    if (index === parts.length) return [[]];
    const known = memo.get(index);
    if (known) return known;
    const readings: ListValue<T>[][] = [];
    for (let to = index + 1; to <= parts.length && readings.length < MAX_READINGS; to += 1) {
      const first = segment(index, to);
      if (!first) continue;
      for (const rest of from(to)) {
        readings.push([first, ...rest]);
        if (readings.length >= MAX_READINGS) break;
      }
    }
    memo.set(index, readings);
    return readings;
  };
  // Two cuts that give the same values are one reading ("P2.6.3" read by its code or by its whole label).
  const distinct = new Map<string, ListValue<T>[]>();
  for (const reading of from(0)) {
    const key = JSON.stringify(reading.map((item) => item.value));
    if (!distinct.has(key)) distinct.set(key, reading);
  }
  return [...distinct.values()];
};

const quote = (text: string) => `« ${text} »`;

/**
 * Reads a cell that may hold several values, such as objectives or territories, without refusing a valid
 * cell because a label holds the separator (« Améliorer l’accès aux droits et aux soins (jeunes ; publics
 * précaires) »): the cell is cut at semicolons and line breaks, and runs of adjacent parts are tried as one
 * label too. A cell that reads one way only is read that way; one that reads two ways is refused, naming
 * both. Only when no reading exists are commas tried as separators as well (« Terre-Rouge, Croix-de-Fer »).
 * A cell that every earlier version read still reads the same, unless it was ambiguous all along.
 */
export const readList = <T>(cell: SheetCell, resolver: ListResolver<T>): ListReading<T> => {
  if (typeof cell !== 'string') {
    const text = parseText(cell);
    if (text === null) return { ok: true, values: [] };
    const result = resolver(text);
    return result.ok
      ? { ok: true, values: [{ value: result.value, text, ...(result.note ? { note: result.note } : {}) }] }
      : { ok: false, issues: [{ message: result.message, value: text, suggestion: result.suggestion }] };
  }
  const parts = partsOf(cell, SEPARATORS);
  if (parts.length === 0) return { ok: true, values: [] };
  for (const separators of [SEPARATORS, SEPARATORS_AND_COMMAS]) {
    const tierParts = separators === SEPARATORS ? parts : partsOf(cell, separators);
    const readings = readingsOf(cell, tierParts, resolver);
    const [first, second] = readings;
    if (first && !second) return { ok: true, values: first };
    if (first && second) {
      const written = foldSpaces(cell);
      const describe = (reading: readonly ListValue<T>[]) =>
        reading.map((item) => quote(resolver.describe(item.value))).join(' et ');
      return {
        ok: false,
        issues: [
          {
            message: `${quote(written)} peut se lire de deux façons : ${describe(first)}, ou ${describe(second)} ; ${resolver.ambiguityHint}`,
            value: written,
            suggestion: null,
          },
        ],
      };
    }
  }
  // No reading at all: each part that cannot be read is reported, as written. A cell close to one label
  // as a whole (a label with a separator and a typo) is reported once, with that label as the suggestion.
  const texts = parts.map((part) => foldSpaces(cell.slice(part.start, part.end)));
  if (texts.length > 1) {
    const whole = resolver(foldSpaces(cell));
    if (!whole.ok && whole.suggestion !== null) {
      return {
        ok: false,
        issues: [{ message: whole.message, value: foldSpaces(cell), suggestion: whole.suggestion }],
      };
    }
  }
  const issues: ListIssue[] = [];
  for (const text of texts) {
    const result = resolver(text);
    if (!result.ok) issues.push({ message: result.message, value: text, suggestion: result.suggestion });
  }
  return { ok: false, issues };
};
