/**
 * npm run import -- programmation.xlsx|.csv [--date AAAA-MM-JJ] [--out fichier.json] [--data dossier]
 *   [--allow-partial] [--colonne "titre=colonne du modèle"]… [--correspondance fichier]
 *
 * Checks the year's programmation with the same code as the page "Données", prints the same report, and
 * writes the actions the dashboard reads (public/data/actions.json unless --out), then their data date in
 * the meta.json next to them (see publishDataDate). A file with a rejected row is not written, so that a
 * half dataset is never published by accident, unless --allow-partial says that it is meant; nor is a file
 * whose data date is unknown. Exit code: 0 written; 1 rows rejected or no data date (nothing written) or
 * wrong arguments; 2 the file (or the contract's objectives.json, territories.json, meta.json) could not be
 * read.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionsDocumentJson } from '../src/domain/action';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { territorySchema } from '../src/domain/territory';
import { type MappingEntry, mappingOf, parseMappingEntry } from '../src/features/import/column-mapping';
import {
  acceptedActions,
  formatProblem,
  type ImportReport,
  importProgrammation,
  readLayout,
  reportSummary,
} from '../src/features/import/import-programmation';
import { ImportFileError, readSheetFile } from '../src/features/import/read-sheet';
import { describeZodError, validateRecords } from '../src/lib/fetch-json';
import { plural } from '../src/lib/format';
import { runWhenMain, shownPath } from './support/cli';
import { chooseImportDataDate, publishDataDate } from './support/import-data-date';
import { mappingHints, readFunderNames, readMappingFile } from './support/import-mapping';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const usage =
  'usage : npm run import -- programmation.xlsx|programmation.csv [--date AAAA-MM-JJ] [--out fichier.json] [--data dossier] [--allow-partial] [--colonne "titre dans le fichier=colonne du modèle"]… [--correspondance fichier]';

export type ImportArgs = {
  file: string;
  out: string;
  data: string;
  allowPartial: boolean;
  /** `--colonne "QPV / Territoire=Quartier(s)"`, in order: a later one for the same title wins. */
  columns: MappingEntry[];
  /** `--correspondance fichier`: more of the same, from a file (JSON or `titre=colonne` lines). */
  mappingFile: string | null;
  /** The data date given with --date; null: the latest progress report of the file. */
  date: string | null;
};

export const parseImportArgs = (argv: readonly string[]): ImportArgs => {
  let file: string | undefined;
  let out: string | undefined;
  let data = join(root, 'public/data');
  let allowPartial = false;
  const columns: MappingEntry[] = [];
  let mappingFile: string | null = null;
  let date: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--colonne' || arg === '--correspondance') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new Error(
          `${arg} attend ${arg === '--colonne' ? '« titre dans le fichier=colonne du modèle »' : 'un fichier'}\n${usage}`,
        );
      }
      if (arg === '--correspondance') mappingFile = resolve(value);
      else {
        const entry = parseMappingEntry(value);
        if (!entry.ok) throw new Error(`--colonne ${entry.message}\n${usage}`);
        columns.push(entry.value);
      }
      i += 1;
    } else if (arg === '--out' || arg === '--data') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`${arg} attend un chemin\n${usage}`);
      if (arg === '--out') out = resolve(value);
      else data = resolve(value);
      i += 1;
    } else if (arg === '--date') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`--date attend une date (AAAA-MM-JJ)\n${usage}`);
      date = value;
      i += 1;
    } else if (arg === '--allow-partial') {
      allowPartial = true;
    } else if (arg === '--help' || arg === '-h') {
      throw new Error(usage);
    } else if (arg.startsWith('-')) {
      throw new Error(`option inconnue : ${arg}\n${usage}`);
    } else if (file) {
      throw new Error(`un seul fichier à la fois (reçu ${file} et ${arg})\n${usage}`);
    } else {
      file = resolve(arg);
    }
  }
  if (!file) throw new Error(`indiquez le fichier de la programmation\n${usage}`);
  return { file, out: out ?? join(data, 'actions.json'), data, allowPartial, columns, mappingFile, date };
};

/** The tree and territories the rows are checked against: the contract's own published files. */
const loadContext = (data: string) => {
  const read = (name: string) => {
    const path = join(data, name);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch {
      throw new ImportFileError(
        `${shownPath(path)} introuvable ou illisible : il faut l’arborescence et les quartiers du contrat (--data dossier).`,
      );
    }
  };
  const tree = objectiveTreeSchema.safeParse(read('objectives.json'));
  if (!tree.success) {
    const [first] = describeZodError(tree.error);
    throw new ImportFileError(
      `objectives.json ne respecte pas le format attendu (${first?.path} : ${first?.message})`,
    );
  }
  const document = read('territories.json') as { territories?: unknown };
  const territories = validateRecords(
    'territories.json',
    'territories',
    Array.isArray(document?.territories) ? document.territories : [],
    territorySchema,
  );
  if (territories.records.length === 0)
    throw new ImportFileError('territories.json ne contient aucun territoire valide.');
  return { tree: tree.data, territories: territories.records };
};

/** The report as printed: how the file was read, the count, the notices, then every problem. */
export const reportLines = (report: ImportReport): string[] => [
  `${report.fileName} (${report.format})`,
  ...(report.fatal ? [`Fichier refusé : ${report.fatal}`] : [reportSummary(report)]),
  ...report.notices.map((notice) => `Note : ${notice}`),
  ...report.problems.map((problem) => `- ${formatProblem(problem)}`),
];

export type ImportOutcome = { code: 0 | 1 | 2; out: string[]; err: string[]; written: string | null };

/** The whole command, without process.exit, so that tests run it as a function too. */
export const runImport = async (args: ImportArgs, now: Date = new Date()): Promise<ImportOutcome> => {
  const out: string[] = [];
  const err: string[] = [];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch {
    return { code: 2, out, err: [`Fichier introuvable ou illisible : ${args.file}`], written: null };
  }
  // The file's entries first, so that a --colonne on the command line overrides one of them.
  const fromFile = args.mappingFile ? readMappingFile(args.mappingFile) : { entries: [], errors: [] };
  if (fromFile.errors.length > 0) return { code: 1, out, err: fromFile.errors, written: null };
  const options = { mapping: mappingOf([...fromFile.entries, ...args.columns]) };
  let report: ImportReport;
  let hints: string[];
  try {
    const context = { ...loadContext(args.data), funderNames: readFunderNames(args.data) };
    const sheet = await readSheetFile(basename(args.file), bytes);
    const layout = readLayout(sheet, context, options);
    report = importProgrammation(sheet, context, { ...options, layout });
    hints = mappingHints(layout);
  } catch (error) {
    if (error instanceof ImportFileError) return { code: 2, out, err: [error.message], written: null };
    throw error;
  }
  const lines = [...reportLines(report), ...hints];
  if (report.fatal) return { code: 2, out, err: lines, written: null };
  (report.problems.length > 0 ? err : out).push(...lines);
  if (report.rejectedLines.length > 0 && !args.allowPartial) {
    err.push(
      `Rien n’a été écrit : corrigez ces lignes, ou relancez avec --allow-partial pour écrire sans elles les actions acceptées (${report.accepted.length}).`,
    );
    return { code: 1, out, err, written: null };
  }
  const actions = acceptedActions(report);
  // Checked before anything is written: actions without a date would be judged on the day they are read.
  const dataDate = chooseImportDataDate(args, actions, now);
  if (!dataDate.ok) {
    err.push(dataDate.message);
    return { code: dataDate.code, out, err, written: null };
  }
  mkdirSync(dirname(args.out), { recursive: true });
  // The accepted actions have passed actionSchema row by row: they are written as they are.
  writeFileSync(args.out, actionsDocumentJson(actions));
  out.push(
    `${plural(report.accepted.length, 'action écrite', 'actions écrites')} dans ${shownPath(args.out)}`,
  );
  out.push(publishDataDate(dataDate));
  return { code: 0, out, err, written: args.out };
};

const main = async () => {
  const outcome = await runImport(parseImportArgs(process.argv.slice(2)));
  for (const line of outcome.out) console.log(line);
  for (const line of outcome.err) console.error(line);
  process.exitCode = outcome.code;
};

runWhenMain(import.meta.url, main);
