import {
  type Action,
  actionStatuses,
  actionStatusLabels,
  actionsDocumentJson,
  type Funder,
  funderLabels,
  porteurTypeLabels,
  porteurTypes,
} from '../../domain/action';
import type { ContractMeta } from '../../domain/contract-meta';
import type { ObjectiveTree } from '../../domain/objective-tree';
import { flattenTree } from '../../domain/objective-tree-queries';
import { type Territory, territoryKindLabels } from '../../domain/territory';
import { toCsv } from '../../lib/csv';
import { LIST_SEPARATOR_HELP } from './cell-values';
import { type ImportField, importColumns } from './import-columns';

/**
 * The files the page "Données" hands out around the import: the empty template (CSV or Excel workbook with
 * its reference lists and help), and the current actions as actions.json, ready to publish.
 */

export const TEMPLATE_FILE_BASE = 'modele-programmation';
export const TEMPLATE_XLSX_NAME = `${TEMPLATE_FILE_BASE}.xlsx`;
export const TEMPLATE_CSV_NAME = `${TEMPLATE_FILE_BASE}.csv`;
export const ACTIONS_JSON_NAME = 'actions.json';
export const META_JSON_NAME = 'meta.json';

const funding = (funder: Funder) =>
  `Montant apporté par ce financeur (${funderLabels[funder]}), en euros : « 5 000 € » ou 5000. Vide si aucun.`;

/** A real objective and territory of the contract, to show in the help how to name them. */
export type HelpExamples = { objective: string; territory: string; territoryCode: string };

const DEFAULT_EXAMPLES: HelpExamples = {
  objective: 'P1.1.1',
  territory: 'Terre-Rouge',
  territoryCode: 'QP046001',
};

/** The first operational objective and the first territory with a QPV code, as examples for the help. */
export const helpExamples = (
  tree: Pick<ObjectiveTree, 'nodes'> | undefined,
  territories: readonly Territory[] | undefined,
): HelpExamples => {
  const objective = tree && flattenTree(tree.nodes).find((node) => node.kind === 'operational');
  const territory = territories?.find((candidate) => candidate.code !== null) ?? territories?.[0];
  return {
    objective: objective?.code ?? DEFAULT_EXAMPLES.objective,
    territory: territory?.name ?? DEFAULT_EXAMPLES.territory,
    territoryCode: territory?.code ?? DEFAULT_EXAMPLES.territoryCode,
  };
};

/** What each column accepts, in words: the "Aide" sheet of the template. */
export const columnHelp = (examples: HelpExamples = DEFAULT_EXAMPLES): Record<ImportField, string> => ({
  year: 'Année de programmation, sur quatre chiffres : 2024.',
  title: 'Intitulé de l’action, tel que le comité de pilotage le connaît.',
  porteur:
    'Nom de la structure qui porte l’action (jamais le nom d’une personne, ni d’adresse e-mail ou de téléphone).',
  porteurType: `Une valeur parmi : ${porteurTypes.map((type) => porteurTypeLabels[type]).join(', ')}.`,
  territories: `Un ou plusieurs quartiers, par leur nom (${examples.territory}) ou leur code QPV (${examples.territoryCode}) : voir la feuille « Quartiers ». Plusieurs valeurs séparées par ${LIST_SEPARATOR_HELP}.`,
  objectives: `Un ou plusieurs objectifs opérationnels, par leur code (${examples.objective}) ou leur intitulé : voir la feuille « Objectifs ». Plusieurs valeurs séparées par ${LIST_SEPARATOR_HELP}.`,
  targetPublic: 'Public visé, en quelques mots : « jeunes de 16 à 25 ans ». Facultatif.',
  status: `Une valeur parmi : ${actionStatuses.map((status) => actionStatusLabels[status]).join(', ')}.`,
  progress:
    'Avancement de 0 à 100 : « 75 % », 75 ou 0,75. Vide si l’avancement n’est pas connu (ce n’est pas 0 %).',
  startDate: 'Date au format JJ/MM/AAAA : 15/01/2024. Facultatif.',
  endDate: 'Date au format JJ/MM/AAAA : 31/12/2024, après la date de début. Facultatif.',
  totalCost: 'Coût total de l’action en euros : « 12 500,50 € », « 12 500 » ou 12500,5.',
  'funding.etat': funding('etat'),
  'funding.ville': funding('ville'),
  'funding.agglomeration': funding('agglomeration'),
  'funding.caf': funding('caf'),
  'funding.departement': funding('departement'),
  'funding.region': funding('region'),
  'funding.bailleurs': funding('bailleurs'),
  'funding.autres': funding('autres'),
  'funding.porteur': funding('porteur'),
  planned: 'Nombre de bénéficiaires prévus (nombre entier). Facultatif.',
  actual: 'Nombre de bénéficiaires touchés (nombre entier). Facultatif.',
  id: 'Identifiant stable de l’action (numéro de dossier), unique dans le fichier. Facultatif : sinon, il est tiré de l’année et de l’intitulé.',
  progressHistory:
    'Points d’avancement datés, du plus ancien au plus récent : « 15/03/2023 : 20 % ; 30/06/2023 : 45 % ». Facultatif ; le dernier point doit être égal à l’avancement.',
});

/** The template's header row: every column the import reads, in its order (the optional extras last). */
export const templateHeaders = (): string[] => importColumns.map((column) => column.header);

/** The CSV template: the header row only, for French Excel (UTF-8 with BOM, ";"). */
export const templateCsvBlob = () =>
  new Blob([toCsv([templateHeaders()])], { type: 'text/csv;charset=utf-8' });

/** Wider columns where staff write sentences or lists, in characters. */
const columnWidths: Partial<Record<ImportField, number>> = {
  title: 45,
  porteur: 32,
  porteurType: 20,
  territories: 28,
  objectives: 32,
  targetPublic: 28,
  status: 14,
  progressHistory: 40,
  id: 18,
};

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

/** The reference lists of the workbook, as rows (headers first): what the cells may name. */
export const objectiveRows = (tree: Pick<ObjectiveTree, 'nodes'>): string[][] => [
  ['Code', 'Objectif opérationnel'],
  ...flattenTree(tree.nodes)
    .filter((node) => node.kind === 'operational')
    .map((node) => [node.code, node.label]),
];

export const territoryRows = (territories: readonly Territory[]): string[][] => [
  ['Quartier', 'Code QPV', 'Commune', 'Type'],
  ...territories.map((territory) => [
    territory.name,
    territory.code ?? '',
    territory.commune,
    territoryKindLabels[territory.kind],
  ]),
];

export const helpRows = (examples?: HelpExamples): string[][] => {
  const help = columnHelp(examples);
  return [
    ['Colonne', 'Obligatoire', 'Ce que la cellule accepte'],
    ...importColumns.map((column) => [column.header, column.required ? 'Oui' : 'Non', help[column.field]]),
  ];
};

const headerRow = (row: readonly string[]) => row.map(bold);

/**
 * The Excel template: the sheet "Programmation" to fill (bold headers, first row kept in view), then the
 * operational objectives, the territories and the help. Built in the browser when asked for: the writer
 * is loaded then, not with the page.
 */
export const templateXlsxBlob = async (
  tree: Pick<ObjectiveTree, 'nodes'>,
  territories: readonly Territory[],
): Promise<Blob> => {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const [objectivesHeader = [], ...objectives] = objectiveRows(tree);
  const [territoriesHeader = [], ...places] = territoryRows(territories);
  const [helpHeader = [], ...help] = helpRows(helpExamples(tree, territories));
  return writeXlsxFile([
    {
      sheet: 'Programmation',
      data: [headerRow(templateHeaders())],
      columns: importColumns.map((column) => ({
        width: columnWidths[column.field] ?? Math.max(14, column.header.length + 4),
      })),
      stickyRowsCount: 1,
    },
    {
      sheet: 'Objectifs',
      data: [headerRow(objectivesHeader), ...objectives],
      columns: [{ width: 12 }, { width: 90 }],
      stickyRowsCount: 1,
    },
    {
      sheet: 'Quartiers',
      data: [headerRow(territoriesHeader), ...places],
      columns: [{ width: 30 }, { width: 14 }, { width: 22 }, { width: 36 }],
      stickyRowsCount: 1,
    },
    {
      sheet: 'Aide',
      data: [
        headerRow(helpHeader),
        ...help,
        [],
        ['Une action par ligne, sous la ligne des titres. Les titres des colonnes ne se modifient pas.'],
        [`Plusieurs valeurs dans une cellule : séparées par ${LIST_SEPARATOR_HELP}.`],
      ],
      columns: [{ width: 30 }, { width: 13 }, { width: 100 }],
      stickyRowsCount: 1,
    },
  ]).toBlob();
};

/** actions.json as the site publishes it: `{ "actions": [...] }`, indented so that it can be read and compared. */
export const actionsJsonBlob = (actions: readonly Action[]) =>
  new Blob([actionsDocumentJson(actions)], { type: 'application/json' });

/**
 * meta.json to publish with the exported actions.json: the contract's, with the data date of the data on
 * screen, so that the actions are never published without the day they describe. Figures imported here are
 * the user's own: they are not the demo's generated ones, whatever the demo's meta.json said.
 */
export const exportedMeta = (
  meta: ContractMeta,
  { dataDate, imported }: { dataDate: string | null; imported: boolean },
): ContractMeta => ({ ...meta, dataDate, ...(imported ? { fictitious: false } : {}) });

export const metaJsonBlob = (meta: ContractMeta) =>
  new Blob([`${JSON.stringify(meta, null, 2)}\n`], { type: 'application/json' });
