import type { Funder } from '../../domain/action';
import { looseText } from '../../lib/text-match';
import type { SheetCell } from './cell-values';
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

const columnByKey = new Map<string, ImportColumn>(
  importColumns.flatMap((column) =>
    [column.header, ...column.aliases].map((name) => [headerKey(name), column] as const),
  ),
);

const letters = (index: number): string => {
  const rest = Math.floor(index / 26);
  return (rest > 0 ? letters(rest - 1) : '') + String.fromCharCode(65 + (index % 26));
};

/** The column's letter as a spreadsheet shows it: 0 → "A", 26 → "AA". */
export const columnLetter = letters;

/** How one column of the file was read. */
export type ColumnReading = {
  index: number;
  /** The header as written in the file ("" when the column has none). */
  header: string;
  column: ImportColumn | null;
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

/** Recognises the header row's columns, whatever their order and spelling. */
export const matchHeaders = (
  headerRow: readonly SheetCell[],
  dataRows: readonly (readonly SheetCell[])[],
): HeaderMatch => {
  const readings: ColumnReading[] = [];
  const byField = new Map<ImportField, ColumnReading>();
  const notices: string[] = [];
  const width = Math.max(headerRow.length, ...dataRows.map((row) => row.length));
  for (let index = 0; index < width; index += 1) {
    const cell = headerRow[index] ?? null;
    const header = isBlank(cell) ? '' : String(cell).replace(/\s+/g, ' ').trim();
    if (header === '') {
      const filled = dataRows.filter((row) => !isBlank(row[index] ?? null)).length;
      // Trailing empty columns are the spreadsheet's, not the user's; a column of values without a title is.
      if (filled > 0) {
        notices.push(
          `Colonne ${letters(index)} sans titre ignorée (${filled} valeur${filled > 1 ? 's' : ''}) : donnez-lui l’un des titres du modèle pour qu’elle soit lue.`,
        );
      }
      readings.push({ index, header, column: null });
      continue;
    }
    const column = columnByKey.get(headerKey(header)) ?? null;
    const reading = { index, header, column };
    readings.push(reading);
    if (!column) {
      const close = closestMatch(
        header,
        importColumns.map((known) => ({ display: known.header, value: known.header })),
      );
      notices.push(
        `Colonne ${letters(index)} « ${header} » ignorée : ce n’est pas une colonne du modèle.${close ? ` Vouliez-vous dire « ${close.value} » ?` : ''}`,
      );
      continue;
    }
    const first = byField.get(column.field);
    if (first) {
      notices.push(
        `Colonne ${letters(index)} « ${header} » ignorée : « ${column.header} » est déjà lu en colonne ${letters(first.index)} (« ${first.header} »).`,
      );
      reading.column = null;
      continue;
    }
    byField.set(column.field, reading);
  }
  const missing = importColumns.filter((column) => column.required && !byField.has(column.field));
  return { readings, byField, notices, missing };
};

/** How many of a row's cells are known headers: the header row is the first with several. */
export const countKnownHeaders = (row: readonly SheetCell[]) =>
  new Set(
    row.flatMap((cell) => {
      if (typeof cell !== 'string') return [];
      const column = columnByKey.get(headerKey(cell));
      return column ? [column.field] : [];
    }),
  ).size;
