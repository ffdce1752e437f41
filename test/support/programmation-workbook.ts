import { buildXlsx, type XlsxCell } from './spreadsheet-files';

/**
 * A programmation workbook built the way a contract's team really keeps one, rather than in the template:
 * a cover sheet; title rows above the header; a combined « QPV / Territoire » column and the State's file
 * number « N° dossier »; funder columns named after the contract's partners (« Ville de Cahors », « Grand
 * Cahors »); a column of remarks; Excel dates; progress as fractions in a percentage format; line breaks
 * inside cells; territories as people write them; an objective label holding « ; »; and a TOTAL row.
 * Made here with write-excel-file rather than committed as a binary, so that every cell can be read.
 */

/** The header row's line in the sheet, as Excel numbers it. */
export const HEADER_LINE = 4;

export const WORKBOOK_HEADERS = [
  'N° dossier',
  'Année',
  'Intitulé de l’action',
  'Structure porteuse',
  'Type de structure',
  'QPV / Territoire',
  'Objectifs du contrat de ville',
  'Statut',
  'Date de début',
  'Date de fin',
  'Taux d’avancement',
  'Coût total',
  'État (BOP 147)',
  'Ville de Cahors',
  'Grand Cahors',
  'CAF',
  'Autofinancement',
  'Observations',
] as const;

/** What the mapping step has to settle: two columns suggested, one to leave out. */
export const WORKBOOK_MAPPING = {
  'N° dossier': 'Identifiant',
  'QPV / Territoire': 'Quartier(s)',
  Observations: null,
} as const;

/** The `--colonne` arguments that read the workbook on the command line. */
export const WORKBOOK_COLONNES = [
  '--colonne',
  'QPV / Territoire=Quartier(s)',
  '--colonne',
  'N° dossier=Identifiant',
];

const day = (year: number, month: number, date: number) => ({
  value: new Date(Date.UTC(year, month - 1, date)),
  format: 'dd/mm/yyyy',
});
const percent = (value: number) => ({ value, format: '0%' });
const euros = (value: number) => ({ value, format: '#,##0 €' });
const wrapped = (value: string) => ({ value, wrap: true });

type Action = {
  dossier: string;
  title: XlsxCell;
  porteur: XlsxCell;
  type: string;
  territories: XlsxCell;
  objectives: XlsxCell;
  status: string;
  start: XlsxCell;
  end: XlsxCell;
  progress: XlsxCell;
  cost: number;
  etat: number | null;
  ville: number | null;
  agglo: number | null;
  caf: number | null;
  own: number | null;
  remark: string | null;
};

const ACTIONS: Action[] = [
  {
    dossier: '2024-00112',
    title: wrapped('Médiation sociale\nde rue'),
    porteur: wrapped('Régie de quartier\nTerre-Rouge'),
    type: 'Association',
    territories: 'Terre-Rouge',
    objectives: 'P3.2.3',
    status: 'En cours',
    start: day(2024, 1, 15),
    end: day(2024, 12, 31),
    progress: percent(0.4),
    cost: 42_000,
    etat: 21_300,
    ville: 8_000,
    agglo: 6_000,
    caf: null,
    own: 6_700,
    remark: 'Poste adulte-relais',
  },
  {
    dossier: '2024-00118',
    title: 'Permanence d’accès aux droits',
    porteur: 'CCAS de Cahors',
    type: 'Commune',
    territories: wrapped('Ste Valérie\nCroix de Fer'),
    objectives: 'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaires)',
    status: 'Programmée',
    start: day(2024, 3, 1),
    end: day(2024, 11, 30),
    progress: null,
    cost: 15_000,
    etat: 5_000,
    ville: 6_000,
    agglo: 4_000,
    caf: null,
    own: null,
    remark: null,
  },
  {
    dossier: '2024-00125',
    title: 'Café des parents',
    porteur: 'Centre social Anne-Marie',
    type: 'Association',
    territories: 'Terre Rouge',
    objectives: 'P2.4.1',
    status: 'Réalisé',
    start: day(2024, 1, 8),
    end: day(2024, 6, 28),
    progress: percent(1),
    cost: 9_500,
    etat: 3_000,
    ville: 2_500,
    agglo: null,
    caf: 2_000,
    own: 2_000,
    remark: 'Bilan reçu',
  },
  {
    dossier: '2024-00131',
    title: 'Chantier éducatif d’été',
    porteur: 'Association Trait d’union',
    type: 'Association',
    territories: 'QP046001',
    objectives: wrapped('P3.4.1\nP3.2.3'),
    status: 'En cours',
    start: day(2024, 7, 1),
    end: day(2024, 8, 31),
    progress: percent(0.25),
    cost: 18_000,
    etat: 9_000,
    ville: 3_000,
    agglo: 3_000,
    caf: null,
    own: null,
    remark: null,
  },
  {
    dossier: '2024-00140',
    title: 'Ateliers d’écriture',
    porteur: 'Médiathèque du Grand Cahors',
    type: 'EPCI',
    territories: 'Les Escales (Pradines)',
    objectives:
      'Favoriser des actions propices à l’entraide, l’organisation collective et la constitution de réseaux de solidarité',
    status: 'Programmée',
    start: null,
    end: null,
    progress: null,
    cost: 4_000,
    etat: null,
    ville: null,
    agglo: 4_000,
    caf: null,
    own: null,
    remark: null,
  },
  {
    dossier: '2024-00146',
    title: 'Jardins partagés',
    porteur: 'Polygone',
    type: 'Bailleur social',
    territories: 'Terre-Rouge',
    objectives: 'P3.2.2',
    status: 'Déposée',
    start: null,
    end: null,
    progress: null,
    cost: 7_000,
    etat: 3_500,
    ville: null,
    agglo: null,
    caf: null,
    own: 3_500,
    remark: 'En attente de la convention',
  },
];

const sum = (pick: (action: Action) => number | null) =>
  ACTIONS.reduce((total, action) => total + (pick(action) ?? 0), 0);
const money = (value: number | null) => (value === null ? null : euros(value));

/** The lines of the actions in the sheet, and of its TOTAL row. */
export const ACTION_LINES = ACTIONS.map((_, index) => HEADER_LINE + 1 + index);
export const TOTAL_LINE = HEADER_LINE + ACTIONS.length + 1;

/** What the import must give for the workbook, action by action, in the sheet's order. */
export const EXPECTED_ACTIONS = [
  {
    id: '2024-00112',
    title: 'Médiation sociale de rue',
    porteur: { name: 'Régie de quartier Terre-Rouge', type: 'association' },
    territories: ['terre-rouge'],
    objectives: ['P3.2.3'],
    status: 'en-cours',
    progress: 40,
    startDate: '2024-01-15',
    endDate: '2024-12-31',
    budget: {
      totalCost: 42_000,
      funding: { etat: 21_300, ville: 8_000, agglomeration: 6_000, porteur: 6_700 },
    },
  },
  {
    id: '2024-00118',
    territories: ['sainte-valerie', 'croix-de-fer'],
    objectives: ['P2.6.3'],
    status: 'programmee',
    progress: null,
    budget: { totalCost: 15_000, funding: { etat: 5_000, ville: 6_000, agglomeration: 4_000 } },
  },
  {
    id: '2024-00125',
    territories: ['terre-rouge'],
    objectives: ['P2.4.1'],
    status: 'realisee',
    progress: 100,
    budget: { totalCost: 9_500, funding: { etat: 3_000, ville: 2_500, caf: 2_000, porteur: 2_000 } },
  },
  { id: '2024-00131', territories: ['terre-rouge'], objectives: ['P3.4.1', 'P3.2.3'], progress: 25 },
  {
    id: '2024-00140',
    porteur: { name: 'Médiathèque du Grand Cahors', type: 'intercommunalite' },
    territories: ['les-escales'],
    objectives: ['P1.1.3'],
  },
  {
    id: '2024-00146',
    porteur: { name: 'Polygone', type: 'bailleur-social' },
    status: 'deposee',
    startDate: null,
  },
];

/** The sheet's rows, title rows first. */
export const workbookRows = (): XlsxCell[][] => [
  [{ value: 'Contrat de ville du Grand Cahors — programmation 2024', fontWeight: 'bold', columnSpan: 6 }],
  ['Document de travail du comité technique du 12/02/2024 : montants en euros'],
  [],
  WORKBOOK_HEADERS.map((header) => ({ value: header, fontWeight: 'bold' as const, wrap: true })),
  ...ACTIONS.map((action): XlsxCell[] => [
    action.dossier,
    2024,
    action.title,
    action.porteur,
    action.type,
    action.territories,
    action.objectives,
    action.status,
    action.start,
    action.end,
    action.progress,
    euros(action.cost),
    money(action.etat),
    money(action.ville),
    money(action.agglo),
    money(action.caf),
    money(action.own),
    action.remark,
  ]),
  [
    { value: 'TOTAL', fontWeight: 'bold' },
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    euros(sum((action) => action.cost)),
    euros(sum((action) => action.etat)),
    euros(sum((action) => action.ville)),
    euros(sum((action) => action.agglo)),
    euros(sum((action) => action.caf)),
    euros(sum((action) => action.own)),
    null,
  ],
];

/** The workbook's bytes: a cover sheet, then the programmation. */
export const buildProgrammationWorkbook = (): Promise<Uint8Array> =>
  buildXlsx([
    {
      name: 'Lisez-moi',
      rows: [
        ['Programmation 2024 du contrat de ville'],
        ['Une ligne par action ; ne pas modifier les totaux.'],
      ],
    },
    { name: 'Programmation 2024', rows: workbookRows() },
  ]);

export const WORKBOOK_NAME = 'Programmation CV Grand Cahors 2024.xlsx';
