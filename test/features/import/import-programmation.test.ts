import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../../src/features/import/cell-values';
import { mappingOf } from '../../../src/features/import/column-mapping';
import {
  formatProblem,
  type ImportReport,
  importProgrammation,
  reportSummary,
} from '../../../src/features/import/import-programmation';
import type { Sheet } from '../../../src/features/import/read-sheet';
import { mockObjectives, mockTerritories } from '../../../src/mocks/handlers';

const context = { tree: mockObjectives, territories: mockTerritories };

const HEADERS = [
  'Année',
  'Intitulé de l’action',
  'Porteur',
  'Type de porteur',
  'Quartier(s)',
  'Objectif(s) opérationnel(s)',
  'Public cible',
  'Statut',
  'Avancement (%)',
  'Date de début',
  'Date de fin',
  'Coût total',
  'État (BOP 147)',
  'Ville',
  'Agglomération',
  'CAF',
  'Département',
  'Région',
  'Bailleurs (TFPB)',
  'Autres financements',
  'Bénéficiaires prévus',
  'Bénéficiaires réalisés',
];

type Row = Partial<Record<(typeof HEADERS)[number], SheetCell>>;

/** A valid row of the template; each test changes what it is about. */
const validRow: Row = {
  Année: '2024',
  'Intitulé de l’action': 'Médiation sociale de rue',
  Porteur: 'Association Médiation Lot',
  'Type de porteur': 'Association',
  'Quartier(s)': 'Terre-Rouge',
  'Objectif(s) opérationnel(s)': 'P3.2.3',
  'Public cible': 'habitants du quartier',
  Statut: 'En cours',
  'Avancement (%)': '40 %',
  'Date de début': '15/01/2024',
  'Date de fin': '31/12/2024',
  'Coût total': '12 500,50 €',
  'État (BOP 147)': '5 000 €',
  Ville: '2 500',
  'Bénéficiaires prévus': '120',
};

const sheetOf = (rows: Row[], headers: readonly string[] = HEADERS): Sheet => ({
  source: { fileName: 'programmation.csv', format: 'csv', encoding: 'UTF-8', separator: ';' },
  rows: [[...headers], ...rows.map((row) => headers.map((header) => row[header] ?? null))],
});

const run = (rows: Row[], headers?: readonly string[]) =>
  importProgrammation(sheetOf(rows, headers), context);

const onlyProblem = (report: ImportReport) => {
  expect(report.problems).toHaveLength(1);
  return report.problems[0];
};

describe('importProgrammation: a valid row', () => {
  it('becomes an action with every cell read the French way', () => {
    const report = run([validRow]);
    expect(report.fatal).toBeNull();
    expect(report.problems).toEqual([]);
    expect(report.accepted).toHaveLength(1);
    expect(report.accepted[0]).toMatchObject({
      line: 2,
      action: {
        id: '2024-mediation-sociale-de-rue',
        year: 2024,
        title: 'Médiation sociale de rue',
        porteur: { name: 'Association Médiation Lot', type: 'association' },
        territories: ['terre-rouge'],
        objectives: ['P3.2.3'],
        targetPublic: 'habitants du quartier',
        status: 'en-cours',
        progress: 40,
        startDate: '2024-01-15',
        endDate: '2024-12-31',
        budget: { totalCost: 12_500.5, funding: { etat: 5_000, ville: 2_500 } },
        beneficiaries: { planned: 120, actual: null },
      },
    });
  });

  it.each([
    ['a code', 'P3.4.1', ['P3.4.1']],
    ['a code in lower case with spaces', ' p3.4.1 ', ['P3.4.1']],
    ['a label', 'Renforcer le CLSPD', ['P3.4.1']],
    ['a label with other case, accents and punctuation', 'renforcer  le clspd.', ['P3.4.1']],
    ['a code and its label', 'P3.4.1 – Renforcer le CLSPD', ['P3.4.1']],
    ['two values', 'P3.4.1 ; Garantir la tranquillité des habitants', ['P3.4.1', 'P3.2.3']],
    ['values on two lines', 'P3.4.1\nP3.2.3', ['P3.4.1', 'P3.2.3']],
  ])('reads objectives given as %s', (_, cell, codes) => {
    const report = run([{ ...validRow, 'Objectif(s) opérationnel(s)': cell }]);
    expect(report.problems).toEqual([]);
    expect(report.accepted[0]?.action.objectives).toEqual(codes);
  });

  it.each([
    ['a name', 'Terre-Rouge', ['terre-rouge']],
    ['a name without hyphen or accents', 'terre rouge ; sainte valerie', ['terre-rouge', 'sainte-valerie']],
    ['the QPV code', 'QP046001', ['terre-rouge']],
    ['an identifier', 'les-escales', ['les-escales']],
    ['a name with its commune', 'Les Escales (Pradines)', ['les-escales']],
  ])('reads territories given as %s', (_, cell, ids) => {
    const report = run([{ ...validRow, 'Quartier(s)': cell }]);
    expect(report.problems).toEqual([]);
    expect(report.accepted[0]?.action.territories).toEqual(ids);
  });

  it.each([
    ['Programmée', 'programmee'],
    ['programmé', 'programmee'],
    ['REALISEE', 'realisee'],
    ['Terminé', 'realisee'],
    ['en-cours', 'en-cours'],
    ['Annulée', 'abandonnee'],
  ])('reads the status « %s »', (cell, status) => {
    const report = run([{ ...validRow, Statut: cell }]);
    expect(report.problems).toEqual([]);
    expect(report.accepted[0]?.action.status).toBe(status);
  });

  it('reads columns in any order, with headers written loosely, and ignores unknown ones, saying so', () => {
    const headers = [
      'COMMENTAIRE',
      'objectifs operationnels',
      'Quartiers',
      'statut',
      'cout total',
      'ANNEE',
      'Intitule de l action',
      'porteur',
      'type de porteur',
    ];
    const report = importProgrammation(
      {
        source: { fileName: 'libre.csv', format: 'csv' },
        rows: [
          headers,
          [
            'à revoir',
            'P3.2.3',
            'Terre-Rouge',
            'Programmée',
            '1000',
            '2025',
            'Atelier',
            'Asso',
            'Association',
          ],
        ],
      },
      context,
    );
    expect(report.problems).toEqual([]);
    expect(report.accepted[0]?.action).toMatchObject({ year: 2025, title: 'Atelier', status: 'programmee' });
    expect(report.notices).toEqual([expect.stringContaining('Colonne A « COMMENTAIRE » ignorée')]);
  });

  it('reads a sheet whose header row comes after a title, and skips empty rows and trailing empty columns', () => {
    const rows = sheetOf([validRow, {}, { ...validRow, 'Intitulé de l’action': 'Autre action' }]).rows.map(
      (row) => [...row, null, ''],
    );
    const report = importProgrammation(
      {
        source: { fileName: 'p.csv', format: 'csv' },
        rows: [['Programmation 2024'], [], ...rows, [null, ''], []],
      },
      context,
    );
    expect(report.fatal).toBeNull();
    expect(report.totalRows).toBe(2);
    expect(report.accepted.map((row) => row.line)).toEqual([4, 6]);
    expect(report.notices).toEqual([expect.stringContaining('Ligne d’en-têtes trouvée en ligne 3')]);
  });

  it('treats a progress column holding only fractions as an Excel percentage column', () => {
    const report = run([
      { ...validRow, 'Avancement (%)': 0.75 },
      { ...validRow, 'Intitulé de l’action': 'B', 'Avancement (%)': 1 },
    ]);
    expect(report.accepted.map((row) => row.action.progress)).toEqual([75, 100]);
    expect(report.notices).toEqual([expect.stringContaining('lues comme des fractions')]);
  });

  it('gives two rows with the same year and title two identifiers, and keeps given identifiers', () => {
    const report = run([validRow, validRow]);
    expect(report.accepted.map((row) => row.action.id)).toEqual([
      '2024-mediation-sociale-de-rue',
      '2024-mediation-sociale-de-rue-2',
    ]);
  });
});

describe('importProgrammation: rows with problems', () => {
  it('names the line, the column and the value, and suggests the objective meant (the issue’s example)', () => {
    const rows: Row[] = Array.from({ length: 12 }, (_, i) => ({
      ...validRow,
      'Intitulé de l’action': `Action ${i}`,
    }));
    rows.push({ ...validRow, 'Objectif(s) opérationnel(s)': 'Renforcer le CLSP' });
    const report = run(rows);
    const problem = onlyProblem(report);
    expect(problem).toMatchObject({
      line: 14,
      column: 'Objectif(s) opérationnel(s)',
      letter: 'F',
      value: 'Renforcer le CLSP',
      suggestion: 'Renforcer le CLSPD (P3.4.1)',
    });
    expect(formatProblem(problem as NonNullable<typeof problem>)).toBe(
      'ligne 14, Objectif(s) opérationnel(s) : « Renforcer le CLSP » ne correspond à aucun objectif. Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ?',
    );
    // The twelve good rows are kept.
    expect(report.accepted).toHaveLength(12);
    expect(report.rejectedLines).toEqual([14]);
  });

  it.each([
    [
      'Objectif(s) opérationnel(s)',
      'P3.2',
      /objectif stratégique \(P3\.2\), pas un objectif opérationnel : indiquez l’un de ses objectifs opérationnels \(P3\.2\.1 à P3\.2\.3\)/,
    ],
    ['Objectif(s) opérationnel(s)', 'P3.2.9', /« P3\.2\.9 » n’est pas un code d’objectif/],
    [
      'Objectif(s) opérationnel(s)',
      'Améliorer les conditions de vie quotidienne des habitants',
      /objectif stratégique \(P3\.2\)/,
    ],
    ['Objectif(s) opérationnel(s)', '', /cellule vide/],
    ['Quartier(s)', 'Terre Rouges', /« Terre Rouges » ne correspond à aucun quartier du contrat/],
    ['Quartier(s)', 'Lafayette', /attendu : Terre-Rouge, Sainte-Valérie/],
    ['Statut', 'En pause', /aucun statut \(attendu : Déposée, Programmée, En cours, Réalisée, Abandonnée\)/],
    ['Type de porteur', 'Fondation', /aucun type de porteur/],
    ['Année', 'deux mille', /n’est pas un nombre entier/],
    ['Année', '', /cellule vide/],
    ['Coût total', '12 5OO €', /n’est pas un montant/],
    ['Coût total', '', /cellule vide/],
    ['Avancement (%)', '150 %', /avancement supérieur à 100 %/],
    ['Date de fin', '31/02/2024', /n’est pas une date valide/],
    ['Date de fin', '01/01/2024', /la date de fin précède la date de début/],
    ['Porteur', 'Contact : 06 12 34 56 78', /numéro de téléphone/],
    ['Intitulé de l’action', '', /cellule vide/],
    ['Bénéficiaires prévus', '12,5', /nombre entier/],
    ['Ville', '20 000', /la somme des financements .* dépasse le coût total/],
  ])('reports %s « %s »', (column, value, message) => {
    const report = run([{ ...validRow, [column]: value }]);
    expect(report.accepted).toEqual([]);
    const problem = onlyProblem(report);
    expect(problem?.message).toMatch(message);
    expect(problem?.line).toBe(2);
    // The sum of funding is reported on the total, the column staff check first.
    expect(problem?.column).toBe(column === 'Ville' ? 'Coût total' : column);
  });

  it('suggests the territory and the status meant when they are a letter or two off', () => {
    const report = run([{ ...validRow, 'Quartier(s)': 'Terre Rouges', Statut: 'Réalisé e' }]);
    expect(report.problems.map((problem) => problem.suggestion)).toEqual(['Terre-Rouge', 'Réalisée']);
  });

  it('reports every problem of a row, and each bad value of a list, from left to right', () => {
    const report = run([
      {
        ...validRow,
        'Objectif(s) opérationnel(s)': 'P3.2.9 ; P3.4.1 ; Xyz',
        'Coût total': 'beaucoup',
        'Avancement (%)': '150 %',
        Année: '',
      },
    ]);
    // The progress out of range is found by the schema, after the cells are read: it still comes in its place.
    expect(report.problems.map((problem) => [problem.letter, problem.column, problem.value])).toEqual([
      ['A', 'Année', null],
      ['F', 'Objectif(s) opérationnel(s)', 'P3.2.9'],
      ['F', 'Objectif(s) opérationnel(s)', 'Xyz'],
      ['I', 'Avancement (%)', '150 %'],
      ['L', 'Coût total', 'beaucoup'],
    ]);
  });

  it('refuses a given identifier used twice, keeping the first row', () => {
    const headers = [...HEADERS, 'Identifiant'];
    const report = run(
      [
        { ...validRow, Identifiant: 'CV-2024-01' },
        { ...validRow, Identifiant: 'CV-2024-01' },
      ],
      headers,
    );
    expect(report.accepted.map((row) => row.line)).toEqual([2]);
    expect(onlyProblem(report)?.message).toBe('identifiant « CV-2024-01 » déjà utilisé en ligne 2');
  });
});

describe('importProgrammation: files it cannot read', () => {
  it('names every required column missing, and reads no row', () => {
    const headers = HEADERS.filter((header) => header !== 'Statut' && header !== 'Coût total');
    const report = run([validRow], headers);
    expect(report.fatal).toBe(
      'Colonnes obligatoires absentes : « Statut », « Coût total ». Ajoutez-les avec ces titres (voir le modèle).',
    );
    expect(report.accepted).toEqual([]);
  });

  it('says when no header row is found, and when the file is empty', () => {
    const noHeaders = importProgrammation(
      {
        source: { fileName: 'x.csv', format: 'csv' },
        rows: [
          ['a', 'b'],
          ['1', '2'],
        ],
      },
      context,
    );
    expect(noHeaders.fatal).toMatch(/Aucune ligne d’en-têtes reconnue/);
    const empty = importProgrammation({ source: { fileName: 'x.csv', format: 'csv' }, rows: [] }, context);
    expect(empty.fatal).toBe('Le fichier est vide.');
  });

  it('reports a column with values but no title, and a column read twice, instead of dropping them silently', () => {
    const headers = [...HEADERS, '', 'Statut de l’action'];
    const sheet = sheetOf([validRow], HEADERS);
    const rows = [headers, [...(sheet.rows[1] as SheetCell[]), 'note', 'Réalisée']];
    const report = importProgrammation({ source: sheet.source, rows }, context);
    expect(report.notices).toEqual([
      expect.stringMatching(/^Colonne W sans titre ignorée \(1 valeur\)/),
      'Colonne X « Statut de l’action » ignorée : « Statut » est déjà lu en colonne H (« Statut »).',
    ]);
    expect(report.accepted[0]?.action.status).toBe('en-cours');
  });
});

describe('importProgrammation: spreadsheets as they really come', () => {
  it('skips total and subtotal rows holding only amounts, with a note, instead of reporting them', () => {
    const sheet = sheetOf([validRow, { ...validRow, 'Intitulé de l’action': 'Autre action' }]);
    const rows = [
      ...sheet.rows,
      HEADERS.map((header) => (header === 'Année' ? 'Sous-total' : header === 'Coût total' ? 25_001 : null)),
      HEADERS.map((header) =>
        header === 'Intitulé de l’action'
          ? 'TOTAL GÉNÉRAL'
          : header === 'Coût total'
            ? '25 001,00 €'
            : header === 'Avancement (%)'
              ? 0.4
              : null,
      ),
    ];
    const report = importProgrammation({ source: sheet.source, rows }, context);
    expect(report.problems).toEqual([]);
    expect(report.accepted.map((row) => row.line)).toEqual([2, 3]);
    expect(report.skippedLines).toEqual([4, 5]);
    expect(report.totalRows).toBe(2);
    expect(reportSummary(report)).toBe(
      '2 lignes lues : 2 actions acceptées, 0 ligne refusée ; 2 lignes de total ignorées',
    );
    expect(report.notices).toEqual([
      'Ligne 4 (« Sous-total ») : ligne de total ignorée.',
      'Ligne 5 (« TOTAL GÉNÉRAL ») : ligne de total ignorée.',
    ]);
    // The total's 0.4 does not make the progress column one of fractions: "40 %" stays 40.
    expect(report.accepted[0]?.action.progress).toBe(40);
  });

  it('reads columns titled with the partners’ names from meta.json, with no mapping', () => {
    const headers = [
      ...HEADERS.filter((header) => header !== 'Ville' && header !== 'Agglomération'),
      'Ville de Cahors',
      'Grand Cahors',
    ];
    const report = importProgrammation(
      sheetOf([{ ...validRow, 'Ville de Cahors': '2 000', 'Grand Cahors': 1500 } as Row], headers),
      { ...context, funderNames: { 'Ville de Cahors': 'ville', 'Grand Cahors': 'agglomeration' } },
    );
    expect(report.problems).toEqual([]);
    expect(report.accepted[0]?.action.budget.funding).toEqual({
      etat: 5000,
      ville: 2000,
      agglomeration: 1500,
    });
  });

  it('reads the columns the user mapped, and reports their problems under the file’s own titles', () => {
    const headers = HEADERS.map((header) => (header === 'Quartier(s)' ? 'QPV / Territoire' : header));
    const rows: Row[] = [
      { ...validRow, 'QPV / Territoire': 'Terre-Rouge' } as Row,
      { ...validRow, 'Intitulé de l’action': 'B', 'QPV / Territoire': 'Lafayette' } as Row,
    ];
    const unmapped = importProgrammation(sheetOf(rows, headers), context);
    expect(unmapped.fatal).toMatch(/^Colonne obligatoire absente : « Quartier\(s\) »/);

    const report = importProgrammation(sheetOf(rows, headers), context, {
      mapping: mappingOf([{ source: 'QPV / Territoire', target: 'territories' }]),
    });
    expect(report.accepted.map((row) => row.action.territories)).toEqual([['terre-rouge']]);
    expect(onlyProblem(report)).toMatchObject({
      line: 3,
      column: 'QPV / Territoire',
      letter: 'E',
      value: 'Lafayette',
    });
  });

  it('reads an objective label holding « ; » and territories as people write them, saying what was read', () => {
    const report = run([
      {
        ...validRow,
        'Objectif(s) opérationnel(s)':
          'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaires)',
        'Quartier(s)': 'Ste Valérie\nterre rouge',
      },
      { ...validRow, 'Intitulé de l’action': 'B', 'Quartier(s)': 'Ste Valérie' },
      { ...validRow, 'Intitulé de l’action': 'C', 'Quartier(s)': 'Ste Valery' },
    ]);
    expect(report.accepted.map((row) => [row.action.objectives, row.action.territories])).toEqual([
      [['P2.6.3'], ['sainte-valerie', 'terre-rouge']],
      [['P3.2.3'], ['sainte-valerie']],
    ]);
    expect(report.notices).toEqual([
      'Lignes 2 et 3, Quartier(s) (colonne E) : « Ste Valérie » lu comme « Sainte-Valérie ».',
    ]);
    expect(formatProblem(onlyProblem(report) as NonNullable<ReturnType<typeof onlyProblem>>)).toBe(
      'ligne 4, Quartier(s) : « Ste Valery » ne correspond à aucun quartier du contrat. Vouliez-vous dire « Sainte-Valérie » ?',
    );
  });

  it('still reads what it read before the same way', () => {
    const report = run([
      {
        ...validRow,
        'Objectif(s) opérationnel(s)': 'P3.4.1 ; P3.2.3',
        'Quartier(s)': 'QP046001 ; Croix-de-Fer',
      },
      {
        ...validRow,
        'Intitulé de l’action': 'B',
        'Objectif(s) opérationnel(s)': 'P3.4.1 – Renforcer le CLSPD',
      },
    ]);
    expect(report.notices).toEqual([]);
    expect(report.accepted.map((row) => [row.action.objectives, row.action.territories])).toEqual([
      [
        ['P3.4.1', 'P3.2.3'],
        ['terre-rouge', 'croix-de-fer'],
      ],
      [['P3.4.1'], ['terre-rouge']],
    ]);
  });
});
