import type { Funder } from '../../domain/action';
import { looseText } from '../../lib/text-match';
import { foldSpaces, type SheetCell } from './cell-values';
import { closestMatch } from './closest-match';

/** What a column of the programmation holds. */
export type ImportField =
  | 'year'
  | 'title'
  | 'porteur'
  | 'porteurType'
  | 'territories'
  | 'objectives'
  | 'targetPublic'
  | 'status'
  | 'progress'
  | 'startDate'
  | 'endDate'
  | 'totalCost'
  | `funding.${Funder}`
  | 'planned'
  | 'actual'
  | 'id'
  | 'progressHistory';

export type ImportColumn = {
  field: ImportField;
  /** The header of the template (docs/import.md), as the export writes it. */
  header: string;
  /** Other headers offices write for the same column. */
  aliases: readonly string[];
  /** A file without this column cannot give valid actions: it is refused as a whole, with the list. */
  required: boolean;
};

/** Every column the import reads, in the template's order; the last three are optional extras. */
export const importColumns: readonly ImportColumn[] = [
  {
    field: 'year',
    header: 'Année',
    aliases: ['Année de programmation', 'Exercice', 'Millésime'],
    required: true,
  },
  {
    field: 'title',
    header: 'Intitulé de l’action',
    aliases: ['Intitulé', 'Action', 'Nom de l’action', 'Libellé de l’action', 'Libellé', 'Titre'],
    required: true,
  },
  {
    field: 'porteur',
    header: 'Porteur',
    aliases: ['Porteur de projet', 'Structure porteuse', 'Structure', 'Opérateur'],
    required: true,
  },
  {
    field: 'porteurType',
    header: 'Type de porteur',
    aliases: ['Type de structure', 'Nature du porteur', 'Catégorie de porteur'],
    required: true,
  },
  {
    field: 'territories',
    header: 'Quartier(s)',
    aliases: ['Territoire(s)', 'QPV', 'Quartier(s) concerné(s)', 'Quartier prioritaire'],
    required: true,
  },
  {
    field: 'objectives',
    header: 'Objectif(s) opérationnel(s)',
    aliases: ['Objectif(s)', 'Code(s) objectif', 'Objectif(s) du contrat de ville'],
    required: true,
  },
  {
    field: 'targetPublic',
    header: 'Public cible',
    aliases: ['Public', 'Public(s) visé(s)'],
    required: false,
  },
  { field: 'status', header: 'Statut', aliases: ['Statut de l’action', 'Étape'], required: true },
  {
    field: 'progress',
    header: 'Avancement (%)',
    aliases: ['Avancement', 'Taux d’avancement', 'Taux de réalisation'],
    required: false,
  },
  { field: 'startDate', header: 'Date de début', aliases: ['Début', 'Date début'], required: false },
  { field: 'endDate', header: 'Date de fin', aliases: ['Fin', 'Date fin'], required: false },
  {
    field: 'totalCost',
    header: 'Coût total',
    aliases: ['Coût', 'Budget total', 'Montant total', 'Coût total de l’action', 'Budget'],
    required: true,
  },
  {
    field: 'funding.etat',
    header: 'État (BOP 147)',
    aliases: ['État', 'BOP 147', 'État BOP147', 'Crédits politique de la ville', 'ANCT'],
    required: false,
  },
  { field: 'funding.ville', header: 'Ville', aliases: ['Commune'], required: false },
  {
    field: 'funding.agglomeration',
    header: 'Agglomération',
    aliases: ['EPCI', 'Intercommunalité', 'Communauté d’agglomération'],
    required: false,
  },
  { field: 'funding.caf', header: 'CAF', aliases: ['Caisse d’allocations familiales'], required: false },
  {
    field: 'funding.departement',
    header: 'Département',
    aliases: ['Conseil départemental'],
    required: false,
  },
  { field: 'funding.region', header: 'Région', aliases: ['Conseil régional'], required: false },
  {
    field: 'funding.bailleurs',
    header: 'Bailleurs (TFPB)',
    aliases: ['Bailleurs', 'TFPB', 'Bailleurs sociaux', 'Abattement TFPB'],
    required: false,
  },
  {
    field: 'funding.autres',
    header: 'Autres financements',
    aliases: ['Autres financeurs', 'Autres', 'Autre financement'],
    required: false,
  },
  {
    field: 'planned',
    header: 'Bénéficiaires prévus',
    aliases: ['Nombre de bénéficiaires prévus', 'Bénéficiaires attendus'],
    required: false,
  },
  {
    field: 'actual',
    header: 'Bénéficiaires réalisés',
    aliases: ['Nombre de bénéficiaires réalisés', 'Bénéficiaires touchés', 'Bénéficiaires effectifs'],
    required: false,
  },
  {
    field: 'id',
    header: 'Identifiant',
    aliases: ['Id', 'Référence', 'Réf.', 'Numéro de dossier'],
    required: false,
  },
  {
    field: 'funding.porteur',
    header: 'Fonds propres du porteur',
    aliases: ['Fonds propres', 'Autofinancement', 'Porteur (fonds propres)'],
    required: false,
  },
  {
    field: 'progressHistory',
    header: 'Historique d’avancement',
    aliases: ['Historique de l’avancement', 'Points d’avancement'],
    required: false,
  },
];

/**
 * A header as a comparison key: case, accents, punctuation and spacing ignored, and plural marks too, so
 * "Objectif(s) opérationnel(s)", "OBJECTIFS OPERATIONNELS" and "objectif operationnel" are one column.
 */
export const headerKey = (header: string) =>
  looseText(header.replace(/\(s\)/gi, ''))
    .split(' ')
    .map((word) => (word.length > 3 ? word.replace(/(?<=[^s])[sx]$/, '') : word))
    .join(' ');

const letters = (index: number): string => {
  const rest = Math.floor(index / 26);
  return (rest > 0 ? letters(rest - 1) : '') + String.fromCharCode(65 + (index % 26));
};

/** The column's letter as a spreadsheet shows it: 0 → "A", 26 → "AA". */
export const columnLetter = letters;

/** What a column of the file is read as: a template column, or nothing ("ignore this column"). */
export type ColumnTarget = ImportField | 'ignore';

/**
 * The columns chosen by the user for a file's titles, in the browser's mapping step or with `--colonne` on
 * the command line: by header key (`headerKey` of the title), with the title as they wrote it.
 */
export type ColumnMapping = ReadonlyMap<string, { source: string; target: ColumnTarget }>;

/** The funders' names in the contract's own words (meta.json's funderNames): « Ville de Cahors » → ville. */
export type FunderNames = Readonly<Record<string, Funder>>;

export type HeaderOptions = { mapping?: ColumnMapping; funderNames?: FunderNames };

type KnownName = { column: ImportColumn; source: 'template' | 'partner' };

const templateNames = (): Map<string, KnownName> =>
  new Map(
    importColumns.flatMap((column) =>
      [column.header, ...column.aliases].map(
        (name) => [headerKey(name), { column, source: 'template' }] as const,
      ),
    ),
  );

const templateNameMap = templateNames();

/**
 * Every title the import knows: the template's headers and aliases, then the partners' names as funding
 * columns. A partner's name that is also a template title keeps the template's meaning, so that a file
 * read before reads the same.
 */
const knownNames = (funderNames: FunderNames | undefined): ReadonlyMap<string, KnownName> => {
  const entries = Object.entries(funderNames ?? {});
  if (entries.length === 0) return templateNameMap;
  const names = templateNames();
  for (const [name, funder] of entries) {
    const key = headerKey(name);
    const column = importColumns.find((known) => known.field === `funding.${funder}`);
    if (key !== '' && column && !names.has(key)) names.set(key, { column, source: 'partner' });
  }
  return names;
};

/** The template column a name stands for (its header or an alias, written loosely), or null. */
export const findTemplateColumn = (name: string): ImportColumn | null =>
  templateNameMap.get(headerKey(name))?.column ?? null;

/** Words that say nothing of what a column holds. */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'n',
  'no',
  'par',
  'pour',
  'sur',
]);

const wordsOf = (name: string) =>
  new Set(
    headerKey(name)
      .split(' ')
      .filter((word) => word !== '' && !STOP_WORDS.has(word)),
  );

/** Shared words over all words: 1 for the same words, 0.5 for « QPV / Territoire » against « QPV ». */
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared || 1);
};

/**
 * The template column an unknown title most likely is, among the fields not read yet, or null: a title a
 * few letters off one of the known names (« Quartie »), or one that shares half its words with one
 * (« QPV / Territoire » with « QPV », « N° dossier » with « Numéro de dossier »). A tie is no suggestion.
 */
export const suggestColumn = (
  header: string,
  taken: ReadonlySet<ImportField>,
  funderNames?: FunderNames,
): ImportColumn | null => {
  const names = [...knownNames(funderNames)].filter(([, known]) => !taken.has(known.column.field));
  const close = closestMatch(
    header,
    names.map(([key, known]) => ({ display: key, value: known.column })),
    headerKey,
  );
  if (close) return close.value;
  const words = wordsOf(header);
  let best: ImportColumn | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [key, known] of names) {
    const score = overlap(words, wordsOf(key));
    if (score > bestScore) {
      best = known.column;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && best !== known.column) tie = true;
  }
  return bestScore >= 0.5 && !tie ? best : null;
};

/** How one column of the file was read. */
export type ColumnReading = {
  index: number;
  /** The header as written in the file ("" when the column has none). */
  header: string;
  /** What it is read as, or null when it is not read. */
  column: ImportColumn | null;
  /** How it was recognised: a template title, a partner's name (meta.json), or the user's mapping. */
  source: 'template' | 'partner' | 'mapping' | null;
  /** Why it is not read: no title, an unknown title, ignored by the mapping, or a second column for one field. */
  skipped: 'untitled' | 'unknown' | 'ignored' | 'duplicate' | null;
  /** For an unknown title: the template column it most likely is. */
  suggestion: ImportColumn | null;
};

export type HeaderMatch = {
  readings: ColumnReading[];
  /** Columns read, by field: the first of two columns for one field wins (the other is reported). */
  byField: Map<ImportField, ColumnReading>;
  /** Columns that could not be read, with why, for the report: nothing is ignored silently. */
  notices: string[];
  /** Required columns the file lacks. */
  missing: ImportColumn[];
};

const isBlank = (cell: SheetCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A header cell as text: white space folded, "" for none. */
export const headerText = (cell: SheetCell | undefined) =>
  cell === undefined || isBlank(cell) ? '' : foldSpaces(String(cell));

/**
 * Recognises the header row's columns, whatever their order and spelling: by the user's mapping first,
 * then by the template's titles, then by the partners' names.
 */
export const matchHeaders = (
  headerRow: readonly SheetCell[],
  dataRows: readonly (readonly SheetCell[])[],
  { mapping, funderNames }: HeaderOptions = {},
): HeaderMatch => {
  const names = knownNames(funderNames);
  const readings: ColumnReading[] = [];
  const byField = new Map<ImportField, ColumnReading>();
  // Notices by column, so that the report lists them left to right as the file shows them.
  const noted: { index: number; text: string }[] = [];
  const note = (index: number, text: string) => noted.push({ index, text });
  const width = Math.max(headerRow.length, ...dataRows.map((row) => row.length));
  const unknown: ColumnReading[] = [];
  const used = new Set<string>();
  for (let index = 0; index < width; index += 1) {
    const header = headerText(headerRow[index]);
    const reading: ColumnReading = {
      index,
      header,
      column: null,
      source: null,
      skipped: null,
      suggestion: null,
    };
    readings.push(reading);
    if (header === '') {
      reading.skipped = 'untitled';
      const filled = dataRows.filter((row) => !isBlank(row[index] ?? null)).length;
      // Trailing empty columns are the spreadsheet's, not the user's; a column of values without a title is.
      if (filled > 0) {
        note(
          index,
          `Colonne ${letters(index)} sans titre ignorée (${filled} valeur${filled > 1 ? 's' : ''}) : donnez-lui l’un des titres du modèle pour qu’elle soit lue.`,
        );
      }
      continue;
    }
    const key = headerKey(header);
    const chosen = mapping?.get(key);
    if (chosen) used.add(key);
    if (chosen?.target === 'ignore') {
      reading.skipped = 'ignored';
      note(
        index,
        `Colonne ${letters(index)} « ${header} » ignorée, comme choisi dans la correspondance des colonnes.`,
      );
      continue;
    }
    const known = chosen ? null : names.get(key);
    const column = chosen
      ? (importColumns.find((candidate) => candidate.field === chosen.target) ?? null)
      : (known?.column ?? null);
    if (!column) {
      reading.skipped = 'unknown';
      unknown.push(reading);
      continue;
    }
    const first = byField.get(column.field);
    if (first) {
      reading.skipped = 'duplicate';
      note(
        index,
        `Colonne ${letters(index)} « ${header} » ignorée : « ${column.header} » est déjà lu en colonne ${letters(first.index)} (« ${first.header} »).`,
      );
      continue;
    }
    reading.column = column;
    reading.source = chosen ? 'mapping' : (known?.source ?? 'template');
    byField.set(column.field, reading);
    if (reading.source === 'mapping') {
      note(
        index,
        `Colonne ${letters(index)} « ${header} » lue comme « ${column.header} », comme choisi dans la correspondance des colonnes.`,
      );
    } else if (reading.source === 'partner') {
      note(
        index,
        `Colonne ${letters(index)} « ${header} » lue comme « ${column.header} » (partenaire du contrat).`,
      );
    }
  }
  // Suggestions once the recognised columns are known: a field already read is not suggested again, nor
  // one suggested for an earlier column.
  const taken = new Set(byField.keys());
  for (const reading of unknown) {
    reading.suggestion = suggestColumn(reading.header, taken, funderNames);
    if (reading.suggestion) taken.add(reading.suggestion.field);
    note(
      reading.index,
      `Colonne ${letters(reading.index)} « ${reading.header} » ignorée : ce n’est pas une colonne du modèle.${reading.suggestion ? ` Vouliez-vous dire « ${reading.suggestion.header} » ?` : ''}`,
    );
  }
  const notices = noted.sort((a, b) => a.index - b.index).map((item) => item.text);
  for (const [key, { source }] of mapping ?? []) {
    if (!used.has(key)) {
      notices.push(
        `Correspondance pour « ${source} » non utilisée : ce fichier n’a pas de colonne de ce titre.`,
      );
    }
  }
  const missing = importColumns.filter((column) => column.required && !byField.has(column.field));
  return { readings, byField, notices, missing };
};

/**
 * How many of a row's cells are known titles (the template's, the partners', or those of the user's
 * mapping): the header row is the first with several.
 */
export const countKnownHeaders = (
  row: readonly SheetCell[],
  { mapping, funderNames }: HeaderOptions = {},
) => {
  const names = knownNames(funderNames);
  return new Set(
    row.flatMap((cell) => {
      if (typeof cell !== 'string') return [];
      const key = headerKey(cell);
      if (mapping?.has(key)) return [`mapping:${key}`];
      const known = names.get(key);
      return known ? [known.column.field] : [];
    }),
  ).size;
};
