import { type Action, actionSchema, type Funder, funders } from '../../domain/action';
import type { ObjectiveTree } from '../../domain/objective-tree';
import type { Territory } from '../../domain/territory';
import { formatList, plural } from '../../lib/format';
import { looseText } from '../../lib/text-match';
import {
  type CellResult,
  cellToText,
  foldSpaces,
  isFractionColumn,
  parseAmount,
  parseDate,
  parseInteger,
  parsePercent,
  parseProgressHistory,
  parseText,
  type SheetCell,
} from './cell-values';
import { headerSignature } from './column-mapping';
import {
  type ColumnMapping,
  type ColumnReading,
  columnLetter,
  countKnownHeaders,
  type FunderNames,
  type HeaderMatch,
  type ImportColumn,
  type ImportField,
  importColumns,
  matchHeaders,
} from './import-columns';
import { readList } from './list-reading';
import type { Sheet } from './read-sheet';
import {
  type ListResolver,
  objectiveResolver,
  porteurTypeResolver,
  type Resolver,
  statusResolver,
  territoryResolver,
} from './reference-match';
import { totalRowLabel } from './total-rows';

/** Why one cell (or one row) keeps its row out of the dataset, placed so staff can find it in the file. */
export type ImportProblem = {
  /** The row's number in the spreadsheet, as Excel or LibreOffice shows it (the header row included). */
  line: number;
  /** The column's header as written in the file, or the template's when the column is missing. */
  column: string | null;
  /** The column's letter in the file ("C"), when the problem is in one column. */
  letter: string | null;
  /** The cell as written, for the report. */
  value: string | null;
  message: string;
  /** The value the user most likely meant, when one is close. */
  suggestion: string | null;
};

export type AcceptedRow = { line: number; action: Action };

export type ImportReport = {
  fileName: string;
  /** How the file was read, in words ("CSV, séparateur « ; », encodage Windows-1252"). */
  format: string;
  /** Rows that hold data (empty rows and total rows are not counted). */
  totalRows: number;
  accepted: AcceptedRow[];
  /** Every problem of every rejected row, in file order. */
  problems: ImportProblem[];
  /** The numbers of the rejected rows. */
  rejectedLines: number[];
  /** The numbers of the total and subtotal rows, skipped (each with a notice). */
  skippedLines: number[];
  /** What was read or left aside in the file as a whole: ignored columns, the header row found. */
  notices: string[];
  /** Why no row could be read at all (no header row, a required column missing), or null. */
  fatal: string | null;
};

export type ImportContext = {
  tree: Pick<ObjectiveTree, 'nodes'>;
  territories: readonly Territory[];
  /** meta.json's funderNames: columns titled with a partner's name are read as its funding. */
  funderNames?: FunderNames;
};

/** The user's choices for this file: which template column each of its titles is (or none). */
export type ImportOptions = {
  mapping?: ColumnMapping;
  /**
   * What `readLayout` already gave for this sheet, context and mapping, when the caller has it (the mapping
   * step, the command's hints): the header search and the header matching are then not done again.
   */
  layout?: SheetLayout;
};

/** Rows above the header that may hold a title or a date, as many exported sheets do. */
const HEADER_SEARCH_ROWS = 10;
/** A row with at least this many known headers is taken for the header row. */
const MIN_KNOWN_HEADERS = 3;

const isBlankCell = (cell: SheetCell | undefined) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

const describeFormat = (sheet: Sheet) => {
  const { source } = sheet;
  if (source.format === 'xlsx')
    return `classeur Excel (.xlsx)${source.sheetName ? `, feuille « ${source.sheetName} »` : ''}`;
  const separator = source.separator === ',' ? 'virgule' : 'point-virgule';
  return `CSV, séparateur ${separator}, encodage ${source.encoding ?? 'UTF-8'}`;
};

/** "2024-Médiation de rue" → "2024-mediation-de-rue": a stable id for a row that gives none. */
const slug = (text: string) =>
  looseText(text)
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');

const EMPTY = 'cellule vide, alors que la valeur est obligatoire';

type Issue = {
  field: ImportField | null;
  message: string;
  value?: string | null;
  suggestion?: string | null;
};

/** Where a schema issue's path points in the template: the column to fix. */
const fieldOfPath = (path: readonly PropertyKey[]): ImportField | null => {
  const [first, second, third] = path;
  switch (first) {
    case 'year':
    case 'title':
    case 'objectives':
    case 'territories':
    case 'targetPublic':
    case 'status':
    case 'progress':
    case 'startDate':
    case 'endDate':
    case 'id':
    case 'progressHistory':
      return first;
    case 'porteur':
      return second === 'type' ? 'porteurType' : 'porteur';
    case 'beneficiaries':
      return second === 'actual' ? 'actual' : 'planned';
    case 'budget':
      if (second === 'funding' && typeof third === 'string' && (funders as readonly string[]).includes(third))
        return `funding.${third as Funder}`;
      // The sum of the funding against the total: the total is where staff look first.
      return 'totalCost';
    default:
      return null;
  }
};

/** Where the table is in a sheet: its header row, how its columns are read, and its rows of data. */
export type SheetLayout =
  | { ok: false; fatal: string }
  | {
      ok: true;
      /** The header row's index in the sheet (0 for the first row). */
      headerIndex: number;
      headerRow: readonly SheetCell[];
      /** What identifies the file's titles, for a mapping remembered in the browser. */
      signature: string;
      headers: HeaderMatch;
      /** The rows under the header that hold data, with their line in the spreadsheet; totals left out. */
      body: { cells: readonly SheetCell[]; line: number }[];
      /** Total and subtotal rows, skipped: their line and label. */
      totals: { line: number; label: string }[];
    };

/**
 * Finds the header row (the first of the first rows with several known titles: the template's, the
 * partners' from meta.json, or the user's mapping), reads its columns and sets the total rows apart. The
 * browser's mapping step shows this before anything is imported; `importProgrammation` starts from it.
 */
export const readLayout = (
  sheet: Sheet,
  context: ImportContext,
  options: ImportOptions = {},
): SheetLayout => {
  const headerOptions = { mapping: options.mapping, funderNames: context.funderNames };
  const headerIndex = sheet.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => countKnownHeaders(row, headerOptions) >= MIN_KNOWN_HEADERS);
  if (headerIndex < 0) {
    const empty = sheet.rows.every((row) => row.every(isBlankCell));
    return {
      ok: false,
      fatal: empty
        ? 'Le fichier est vide.'
        : `Aucune ligne d’en-têtes reconnue dans les ${HEADER_SEARCH_ROWS} premières lignes : la première ligne du tableau doit porter les titres des colonnes du modèle (Année, Intitulé de l’action, Porteur…).`,
    };
  }
  const headerRow = sheet.rows[headerIndex] as SheetCell[];
  const rows = sheet.rows
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter((row) => !row.cells.every(isBlankCell));
  const body: { cells: readonly SheetCell[]; line: number }[] = [];
  const totals: { line: number; label: string }[] = [];
  for (const row of rows) {
    const label = totalRowLabel(row.cells);
    if (label === null) body.push(row);
    else totals.push({ line: row.line, label });
  }
  const headers = matchHeaders(
    headerRow,
    body.map((row) => row.cells),
    headerOptions,
  );
  return { ok: true, headerIndex, headerRow, signature: headerSignature(headerRow), headers, body, totals };
};

/** The first values of a column, as the user sees them in the sheet: to recognise it in the mapping step. */
export const firstValues = (
  layout: Extract<SheetLayout, { ok: true }>,
  index: number,
  count = 3,
): string[] => {
  const values: string[] = [];
  for (const row of layout.body) {
    const cell = row.cells[index] ?? null;
    // A number as a spreadsheet shows it in the General format: no thousands separator, so that a year
    // reads 2024 and not « 2 024 »; a decimal comma. Line breaks inside a cell are kept: they may
    // separate values.
    const text = (typeof cell === 'number' ? String(cell).replace('.', ',') : cellToText(cell))
      .split(/\r\n|\r|\n/)
      .map(foldSpaces)
      .filter((part) => part !== '')
      .join('\n');
    if (text !== '') values.push(text);
    if (values.length >= count) break;
  }
  return values;
};

/**
 * Reads a programmation spreadsheet into actions, row by row: a row with a problem is left out and every
 * problem reported with its line, column and reason; the other rows are kept. The same function serves
 * the browser's page "Données" and the command line (`npm run import`), so both say the same thing.
 */
export const importProgrammation = (
  sheet: Sheet,
  context: ImportContext,
  options: ImportOptions = {},
): ImportReport => {
  const base = {
    fileName: sheet.source.fileName,
    format: describeFormat(sheet),
    accepted: [] as AcceptedRow[],
    problems: [] as ImportProblem[],
    rejectedLines: [] as number[],
    skippedLines: [] as number[],
  };
  const layout = options.layout ?? readLayout(sheet, context, options);
  if (!layout.ok) return { ...base, totalRows: 0, notices: [], fatal: layout.fatal };
  const { headerIndex, body, headers, totals } = layout;
  const notices = [
    ...(headerIndex > 0
      ? [`Ligne d’en-têtes trouvée en ligne ${headerIndex + 1} ; les lignes au-dessus sont ignorées.`]
      : []),
    ...headers.notices,
    ...totals.map(({ line, label }) => `Ligne ${line} (« ${label} ») : ligne de total ignorée.`),
  ];
  const skippedLines = totals.map((total) => total.line);
  if (headers.missing.length > 0) {
    return {
      ...base,
      skippedLines,
      totalRows: body.length,
      notices,
      fatal: `Colonne${headers.missing.length > 1 ? 's' : ''} obligatoire${headers.missing.length > 1 ? 's' : ''} absente${headers.missing.length > 1 ? 's' : ''} : ${headers.missing.map((column) => `« ${column.header} »`).join(', ')}. Ajoutez-${headers.missing.length > 1 ? 'les' : 'la'} avec ces titres (voir le modèle).`,
    };
  }

  const resolvers = {
    objective: objectiveResolver(context.tree),
    territory: territoryResolver(context.territories),
    status: statusResolver(),
    porteurType: porteurTypeResolver(),
  };
  const progressColumn = headers.byField.get('progress');
  const fractions = progressColumn
    ? isFractionColumn(body.map((row) => row.cells[progressColumn.index] ?? null))
    : false;
  if (fractions && progressColumn) {
    notices.push(
      `Colonne « ${progressColumn.header} » : toutes les valeurs sont entre 0 et 1, elles sont lues comme des fractions (0,75 = 75 %).`,
    );
  }

  const columnOf = (field: ImportField | null): ColumnReading | null =>
    field ? (headers.byField.get(field) ?? null) : null;
  const templateOf = (field: ImportField | null): ImportColumn | null =>
    importColumns.find((column) => column.field === field) ?? null;

  const problems: ImportProblem[] = [];
  const accepted: AcceptedRow[] = [];
  const rejectedLines: number[] = [];
  const usedIds = new Map<string, number>();
  // Values read other than as written (« Ste Valérie » as Sainte-Valérie), by column and note, with their
  // lines: the report says each once, rather than once a row.
  const readNotes = new Map<string, { field: ImportField; note: string; lines: number[] }>();
  const noteRead = (field: ImportField, note: string, line: number) => {
    const key = `${field}\u0000${note}`;
    const known = readNotes.get(key);
    if (known) {
      if (known.lines.at(-1) !== line) known.lines.push(line);
    } else readNotes.set(key, { field, note, lines: [line] });
  };

  for (const { cells, line } of body) {
    const issues: Issue[] = [];
    const cell = (field: ImportField): SheetCell => {
      const reading = headers.byField.get(field);
      return reading ? (cells[reading.index] ?? null) : null;
    };
    const read = <T>(field: ImportField, result: CellResult<T>): T | null => {
      if (result.ok) return result.value;
      issues.push({ field, message: result.message });
      return null;
    };
    const required = <T>(field: ImportField, value: T | null): T | undefined => {
      if (value === null) {
        // Unless the cell was already reported as unreadable.
        if (!issues.some((issue) => issue.field === field)) issues.push({ field, message: EMPTY });
        return undefined;
      }
      return value;
    };
    const resolveList = <T>(field: ImportField, resolver: ListResolver<T>): T[] | undefined => {
      const reading = readList(cell(field), resolver);
      if (!reading.ok) {
        for (const issue of reading.issues) issues.push({ field, ...issue });
        return undefined;
      }
      if (reading.values.length === 0) {
        issues.push({ field, message: EMPTY });
        return undefined;
      }
      for (const { note } of reading.values) if (note) noteRead(field, note, line);
      return reading.values.map((item) => item.value);
    };
    const resolveOne = <T>(field: ImportField, resolver: Resolver<T>): T | undefined => {
      const text = parseText(cell(field));
      if (text === null) {
        issues.push({ field, message: EMPTY });
        return undefined;
      }
      const result = resolver(text);
      if (result.ok) return result.value;
      issues.push({ field, message: result.message, value: text, suggestion: result.suggestion });
      return undefined;
    };

    const year = required('year', read('year', parseInteger(cell('year'))));
    const title = required('title', parseText(cell('title')));
    const porteurName = required('porteur', parseText(cell('porteur')));
    const porteurType = resolveOne('porteurType', resolvers.porteurType);
    const territories = resolveList('territories', resolvers.territory);
    const objectives = resolveList('objectives', resolvers.objective);
    const status = resolveOne('status', resolvers.status);
    const progress = read('progress', parsePercent(cell('progress'), { fractions }));
    const startDate = read('startDate', parseDate(cell('startDate')));
    const endDate = read('endDate', parseDate(cell('endDate')));
    const totalCost = required('totalCost', read('totalCost', parseAmount(cell('totalCost'))));
    const funding: Partial<Record<Funder, number>> = {};
    for (const funder of funders) {
      const amount = read(`funding.${funder}`, parseAmount(cell(`funding.${funder}`)));
      if (amount !== null) funding[funder] = amount;
    }
    const planned = read('planned', parseInteger(cell('planned')));
    const actual = read('actual', parseInteger(cell('actual')));
    const history = read('progressHistory', parseProgressHistory(cell('progressHistory'))) ?? [];
    const givenId = parseText(cell('id'));

    const raw = {
      id:
        givenId ??
        (year !== undefined && title !== undefined
          ? slug(`${year} ${title}`) || `ligne-${line}`
          : `ligne-${line}`),
      year,
      title,
      porteur: { name: porteurName, type: porteurType },
      objectives,
      territories,
      targetPublic: parseText(cell('targetPublic')),
      status,
      progress,
      progressHistory: history,
      budget: { totalCost, funding },
      beneficiaries: { planned, actual },
      startDate,
      endDate,
    };

    // The schema's own rules (ranges, personal data, dates in order…) on what the cells gave. A field that
    // already failed to read is not reported a second time as "attendu".
    const parsed = actionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (issues.some((known) => known.field === field)) continue;
        issues.push({ field, message: issue.message });
      }
    }

    if (parsed.success && issues.length === 0) {
      const action = parsed.data;
      if (givenId !== null) {
        const first = usedIds.get(action.id);
        if (first !== undefined) {
          issues.push({
            field: 'id',
            message: `identifiant « ${action.id} » déjà utilisé en ligne ${first}`,
          });
        }
      } else {
        // A generated id is only a name: two rows with the same year and title are two actions.
        let candidate = action.id;
        for (let n = 2; usedIds.has(candidate); n += 1) candidate = `${action.id}-${n}`;
        action.id = candidate;
      }
      if (issues.length === 0) {
        usedIds.set(action.id, line);
        accepted.push({ line, action });
        continue;
      }
    }

    rejectedLines.push(line);
    // Left to right, as staff read the row in their spreadsheet; problems of the row as a whole last.
    const position = (issue: Issue) => columnOf(issue.field)?.index ?? Number.POSITIVE_INFINITY;
    for (const issue of [...issues].sort((a, b) => position(a) - position(b))) {
      const reading = columnOf(issue.field);
      problems.push({
        line,
        column: reading?.header ?? templateOf(issue.field)?.header ?? null,
        letter: reading ? columnLetter(reading.index) : null,
        value:
          issue.value !== undefined
            ? issue.value
            : reading
              ? cellToText(cells[reading.index] ?? null) || null
              : null,
        message: issue.message,
        suggestion: issue.suggestion ?? null,
      });
    }
  }

  for (const { field, note, lines } of readNotes.values()) {
    const reading = columnOf(field);
    const where = reading ? `${reading.header} (colonne ${columnLetter(reading.index)})` : field;
    notices.push(
      `${lines.length > 1 ? 'Lignes' : 'Ligne'} ${formatList(lines.map(String))}, ${where} : ${note}.`,
    );
  }

  return {
    ...base,
    skippedLines,
    totalRows: body.length,
    accepted,
    problems,
    rejectedLines,
    notices,
    fatal: null,
  };
};

/**
 * One problem as a sentence, the same in the browser and on the command line:
 * « ligne 14, Objectif(s) opérationnel(s) : « Renforcer le CLSP » ne correspond à aucun objectif.
 * Vouliez-vous dire « Renforcer le CLSPD » ? »
 */
export const formatProblem = (problem: ImportProblem) => {
  const where = `ligne ${problem.line}${problem.column ? `, ${problem.column}` : ''}`;
  const suggestion = suggestionSentence(problem);
  return `${where} : ${problem.message}.${suggestion ? ` ${suggestion}` : ''}`;
};

/** « Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ? », or null when nothing close was found. */
export const suggestionSentence = (problem: Pick<ImportProblem, 'suggestion'>) =>
  problem.suggestion ? `Vouliez-vous dire « ${problem.suggestion} » ?` : null;

/** The actions of a report, as the dashboard reads them. */
export const acceptedActions = (report: ImportReport): Action[] => report.accepted.map((row) => row.action);

/** The report's count in one sentence, the same in the browser and on the command line. */
export const reportSummary = (report: ImportReport) =>
  `${plural(report.totalRows, 'ligne lue', 'lignes lues')} : ${plural(report.accepted.length, 'action acceptée', 'actions acceptées')}, ${plural(report.rejectedLines.length, 'ligne refusée', 'lignes refusées')}${
    report.skippedLines.length > 0
      ? ` ; ${plural(report.skippedLines.length, 'ligne de total ignorée', 'lignes de total ignorées')}`
      : ''
  }`;
