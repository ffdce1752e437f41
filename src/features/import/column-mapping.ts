import { looseText } from '../../lib/text-match';
import { foldSpaces, type SheetCell } from './cell-values';
import {
  type ColumnMapping,
  type ColumnReading,
  type ColumnTarget,
  findTemplateColumn,
  type HeaderMatch,
  headerKey,
  headerText,
  importColumns,
  suggestColumn,
} from './import-columns';

/** One choice of the mapping: the file's title as written, and what its column is read as. */
export type MappingEntry = { source: string; target: ColumnTarget };

/** Words that stand for "ignore this column" as a target (`--colonne "Observations=ignorer"`), besides nothing. */
const IGNORE_WORDS = new Set(['', 'ignorer', 'ignoree', 'ignore', 'aucune']);

/** The mapping the import reads, from entries; a later entry for the same title replaces an earlier one. */
export const mappingOf = (entries: readonly MappingEntry[]): ColumnMapping =>
  new Map(entries.map((entry) => [headerKey(entry.source), entry] as const));

/** How a target reads for the user: the template's header, or « ignorer ». */
export const targetName = (target: ColumnTarget) =>
  target === 'ignore'
    ? 'ignorer'
    : (importColumns.find((column) => column.field === target)?.header ?? target);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A target as the user names it: a template column by its header or any alias, written loosely
 * (« Quartiers », « quartier(s) », « Identifiant »), or « ignorer » (or nothing) to leave the column out.
 * An unknown name is an error naming the close column, or else every column to choose from.
 */
export const parseTarget = (name: string): Parsed<ColumnTarget> => {
  if (IGNORE_WORDS.has(looseText(name))) return { ok: true, value: 'ignore' };
  const column = findTemplateColumn(name);
  if (column) return { ok: true, value: column.field };
  const close = suggestColumn(name, new Set());
  return {
    ok: false,
    message: `« ${name.trim()} » n’est pas une colonne du modèle.${
      close
        ? ` Vouliez-vous dire « ${close.header} » ?`
        : ` Colonnes du modèle : ${importColumns.map((known) => known.header).join(', ')} ; ou « ignorer ».`
    }`,
  };
};

/**
 * One `--colonne` argument: « titre du fichier=colonne du modèle », e.g. « QPV / Territoire=Quartier(s) ».
 * The last « = » separates them, so a title may hold one.
 */
export const parseMappingEntry = (text: string): Parsed<MappingEntry> => {
  const at = text.lastIndexOf('=');
  if (at < 0) {
    return {
      ok: false,
      message: `« ${text} » : attendu « titre dans le fichier=colonne du modèle », ex. « QPV / Territoire=Quartier(s) »`,
    };
  }
  const source = foldSpaces(text.slice(0, at));
  if (headerKey(source) === '')
    return { ok: false, message: `« ${text} » : le titre de la colonne du fichier manque avant « = »` };
  const target = parseTarget(text.slice(at + 1));
  return target.ok
    ? { ok: true, value: { source, target: target.value } }
    : { ok: false, message: `« ${text} » : ${target.message}` };
};

/**
 * A mapping file, for the command line: either a JSON object
 * `{ "QPV / Territoire": "Quartier(s)", "Observations": "ignorer" }`, or a text file with one
 * `titre=colonne` per line (empty lines and lines starting with # are skipped). Every bad entry is reported,
 * with its line or title.
 */
export const parseMappingFile = (text: string): { entries: MappingEntry[]; errors: string[] } => {
  const entries: MappingEntry[] = [];
  const errors: string[] = [];
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return {
        entries,
        errors: [`JSON illisible (${error instanceof Error ? error.message : String(error)})`],
      };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { entries, errors: ['attendu un objet { "titre dans le fichier": "colonne du modèle" }'] };
    }
    for (const [source, target] of Object.entries(json)) {
      if (typeof target !== 'string' && target !== null) {
        errors.push(`« ${source} » : attendu le nom d’une colonne du modèle (texte) ou null pour l’ignorer`);
        continue;
      }
      const parsed = parseTarget(target ?? '');
      if (parsed.ok) entries.push({ source: foldSpaces(source), target: parsed.value });
      else errors.push(`« ${source} » : ${parsed.message}`);
    }
    return { entries, errors };
  }
  body.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const parsed = parseMappingEntry(line);
    if (parsed.ok) entries.push(parsed.value);
    else errors.push(`ligne ${index + 1} : ${parsed.message}`);
  });
  return { entries, errors };
};

/**
 * What identifies a file's layout for a remembered mapping: its titles, loosely, in order, up to the last
 * one. Next year's file with the same titles gets the same mapping, whatever its title rows and rows.
 */
export const headerSignature = (headerRow: readonly SheetCell[]) => {
  const keys = headerRow.map((cell) => headerKey(headerText(cell)));
  while (keys.length > 0 && keys.at(-1) === '') keys.pop();
  return keys.join('|');
};

/**
 * Whether a file needs the mapping step before its report: a required column is missing, or a titled
 * column is not recognised (the user should say what it holds, or that it can be ignored).
 */
export const needsMapping = (headers: Pick<HeaderMatch, 'missing' | 'readings'>) =>
  headers.missing.length > 0 || headers.readings.some((reading) => reading.skipped === 'unknown');

/**
 * What the mapping step shows first for a column: what it is read as now (a template title, a partner, an
 * earlier choice), else what it most likely is, else nothing.
 */
export const initialTarget = (reading: ColumnReading): ColumnTarget =>
  reading.column?.field ?? reading.suggestion?.field ?? 'ignore';

/**
 * Whether another column of the file has the same title (loosely): a choice is kept by title, so such
 * columns cannot be told apart, and keep what their title reads as.
 */
export const sharesTitle = (readings: readonly ColumnReading[], reading: ColumnReading) =>
  readings.some(
    (other) => other.index !== reading.index && headerKey(other.header) === headerKey(reading.header),
  );

/**
 * The choices of the mapping step worth keeping: a column whose title the import does not read by itself
 * (unknown, or a second one for a field), and one the user set to something else than its own title says.
 * A column left as its template title reads it is not an entry, so that the report names only real choices;
 * nor is one whose title another column has too.
 */
export const chosenEntries = (
  automatic: readonly ColumnReading[],
  targets: ReadonlyMap<number, ColumnTarget>,
): MappingEntry[] =>
  automatic.flatMap((reading) => {
    const target = targets.get(reading.index);
    if (reading.header === '' || target === undefined || sharesTitle(automatic, reading)) return [];
    const own = reading.column?.field ?? null;
    return own === target ? [] : [{ source: reading.header, target }];
  });
