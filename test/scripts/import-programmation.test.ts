// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportArgs, runImport } from '../../scripts/import-programmation';
import { actionSchema, actionsDocumentSchema } from '../../src/domain/action';
import {
  buildProgrammationWorkbook,
  EXPECTED_ACTIONS,
  TOTAL_LINE,
  WORKBOOK_COLONNES,
} from '../support/programmation-workbook';
import { repoRoot } from '../support/seed';
import { buildXlsx, encodeUtf8, encodeWindows1252 } from '../support/spreadsheet-files';

const dir = mkdtempSync(join(tmpdir(), 'import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = [
  'Année',
  'Intitulé de l’action',
  'Porteur',
  'Type de porteur',
  'Quartier(s)',
  'Objectif(s) opérationnel(s)',
  'Statut',
  'Avancement (%)',
  'Coût total',
  'État (BOP 147)',
];
const GOOD = [
  [
    '2024',
    'Médiation sociale de rue',
    'Régie de quartier',
    'Association',
    'Terre-Rouge',
    'P3.2.3',
    'En cours',
    '40 %',
    '12 500,50 €',
    '5 000 €',
  ],
  [
    '2024',
    'Café des parents',
    'Centre social',
    'Association',
    'Sainte-Valérie ; Croix-de-Fer',
    'Renforcer les compétences parentales',
    'Programmée',
    '',
    '3 000 €',
    '',
  ],
];
const BAD = [
  '2024',
  'Cellule de veille',
  'Ville de Cahors',
  'Commune',
  'Terre-Rouge',
  'Renforcer le CLSP',
  'Programmée',
  '',
  '1 000',
  '',
];

/** Rows as Excel saves them with ";": a cell holding ";" is quoted. */
const csv = (...rows: string[][]) =>
  rows.map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';')).join('\r\n');

const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const readActions = (path: string) => {
  const document = actionsDocumentSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return document.actions.map((record) => actionSchema.parse(record));
};

/** The command as staff run it: `npm run import -- …`, through tsx, in the repository. */
const npmRunImport = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'import', '--', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('npm run import', () => {
  it('writes the actions of a Windows-1252 CSV with accents and euros, and exits 0', () => {
    const input = file('programmation-2024.csv', encodeWindows1252(csv(HEADERS, ...GOOD)));
    const out = join(dir, 'win', 'actions.json');
    const result = npmRunImport(input, '--out', out, '--date', '2024-06-30');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'programmation-2024.csv (CSV, séparateur point-virgule, encodage Windows-1252)',
    );
    expect(result.stdout).toContain('2 lignes lues : 2 actions acceptées, 0 ligne refusée');
    expect(readActions(out)).toMatchObject([
      {
        title: 'Médiation sociale de rue',
        budget: { totalCost: 12_500.5, funding: { etat: 5_000 } },
        progress: 40,
      },
      { title: 'Café des parents', territories: ['sainte-valerie', 'croix-de-fer'], objectives: ['P2.4.1'] },
    ]);
  });

  it('prints every rejected row with its suggestion, writes nothing, and exits 1', () => {
    const input = file('avec-erreur.csv', encodeUtf8(csv(HEADERS, ...GOOD, BAD), { bom: true }));
    const out = join(dir, 'refused', 'actions.json');
    const result = npmRunImport(input, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('3 lignes lues : 2 actions acceptées, 1 ligne refusée');
    expect(result.stderr).toContain(
      '- ligne 4, Objectif(s) opérationnel(s) : « Renforcer le CLSP » ne correspond à aucun objectif. Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ?',
    );
    expect(result.stderr).toContain('Rien n’a été écrit');
    expect(() => readFileSync(out)).toThrow();
  });

  it('with --allow-partial, writes the accepted rows and exits 0', () => {
    const input = file('partiel.csv', encodeUtf8(csv(HEADERS, BAD, ...GOOD)));
    const out = join(dir, 'partial', 'actions.json');
    const result = npmRunImport(input, '--out', out, '--allow-partial', '--date', '2024-06-30');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('ligne 2, Objectif(s) opérationnel(s)');
    expect(readActions(out).map((action) => action.title)).toEqual([
      'Médiation sociale de rue',
      'Café des parents',
    ]);
  });
});

/** meta.json as the import left it next to `actions`. */
const metaNextTo = (actions: string) =>
  JSON.parse(readFileSync(join(actions, '..', 'meta.json'), 'utf8')) as Record<string, unknown>;

const HISTORY = [...HEADERS, 'Historique d’avancement'];
const WITH_HISTORY = [
  [...(GOOD[0] as string[]), '15/03/2024 : 20 % ; 30/11/2024 : 40 %'],
  [...(GOOD[1] as string[]), ''],
];

describe('npm run import: the data date in meta.json', () => {
  const NOW = new Date(2026, 11, 6, 10);

  it('takes the latest progress report of the file, says so, and writes it in a copy of the contract’s meta.json next to the actions', async () => {
    const input = file('historique.csv', encodeUtf8(csv(HISTORY, ...WITH_HISTORY)));
    const out = join(dir, 'reports', 'actions.json');
    const outcome = await runImport(parseImportArgs([input, '--out', out]), NOW);
    expect(outcome.err).toEqual([]);
    expect(outcome.code).toBe(0);
    expect(outcome.out.at(-1)).toMatch(
      /^Date des données : 30 novembre 2024 \(le dernier point d’avancement du fichier ; --date AAAA-MM-JJ pour en donner une autre\), écrite dans .*reports\/meta\.json \(copie de public\/data\/meta\.json\)\.$/,
    );
    const contract = JSON.parse(readFileSync(join(repoRoot, 'public/data/meta.json'), 'utf8'));
    expect(metaNextTo(out)).toEqual({ ...contract, dataDate: '2024-11-30' });
  });

  it('takes the date given with --date, replaces the one there, and keeps every other key of that meta.json', async () => {
    const input = file('historique-date.csv', encodeUtf8(csv(HISTORY, ...WITH_HISTORY)));
    const out = join(dir, 'given', 'actions.json');
    const contract = JSON.parse(readFileSync(join(repoRoot, 'public/data/meta.json'), 'utf8'));
    const existing = {
      ...contract,
      dataDate: '2024-06-30',
      steeringCommittees: ['2023-06-26'],
      extra: { a: 1 },
    };
    mkdirSync(join(dir, 'given'), { recursive: true });
    writeFileSync(join(dir, 'given', 'meta.json'), JSON.stringify(existing));
    const outcome = await runImport(parseImportArgs([input, '--out', out, '--date', '31/12/2024']), NOW);
    expect(outcome.code).toBe(0);
    expect(outcome.out.at(-1)).toMatch(
      /^Date des données : 31 décembre 2024 \(donnée par --date\), écrite dans .*given\/meta\.json, à la place du 30 juin 2024\.$/,
    );
    expect(metaNextTo(out)).toEqual({ ...existing, dataDate: '2024-12-31' });
  });

  it('writes nothing and exits 1 when no date is given and no progress report is dated, or when the date is refused', async () => {
    const input = file('sans-historique.csv', encodeUtf8(csv(HEADERS, ...GOOD)));
    const out = join(dir, 'undated', 'actions.json');
    const undated = await runImport(parseImportArgs([input, '--out', out]), NOW);
    expect(undated).toMatchObject({ code: 1, written: null });
    expect(undated.err.at(-1)).toBe(
      'Rien n’a été écrit : date des données inconnue : aucun point d’avancement daté dans le fichier (colonne « Historique d’avancement »). Indiquez le jour où la programmation était à jour. Relancez avec --date AAAA-MM-JJ.',
    );
    const withHistory = file('historique-refus.csv', encodeUtf8(csv(HISTORY, ...WITH_HISTORY)));
    const before = await runImport(parseImportArgs([withHistory, '--out', out, '--date', '2024-06-30']), NOW);
    expect(before.code).toBe(1);
    expect(before.err.at(-1)).toMatch(
      /précède le dernier point d’avancement du fichier \(30 novembre 2024\)/,
    );
    const future = await runImport(parseImportArgs([withHistory, '--out', out, '--date', '2026-12-07']), NOW);
    expect(future.err.at(-1)).toMatch(/est après aujourd’hui \(6 décembre 2026\)/);
    expect(() => readFileSync(out)).toThrow();
    expect(() => metaNextTo(out)).toThrow();
  });

  it('exits 2 when the contract’s meta.json cannot be read', async () => {
    const data = join(dir, 'no-meta');
    mkdirSync(data, { recursive: true });
    for (const name of ['objectives.json', 'territories.json']) {
      writeFileSync(join(data, name), readFileSync(join(repoRoot, 'public/data', name)));
    }
    const input = file('sans-meta.csv', encodeUtf8(csv(HEADERS, ...GOOD)));
    const outcome = await runImport(parseImportArgs([input, '--data', data, '--date', '2024-06-30']), NOW);
    expect(outcome).toMatchObject({ code: 2, written: null });
    expect(outcome.err.at(-1)).toMatch(/meta\.json introuvable/);
    expect(() => readFileSync(join(data, 'actions.json'))).toThrow();
  });
});

describe('runImport', () => {
  it('reads an .xlsx workbook built here', async () => {
    const rows = [HEADERS, ...GOOD].map((row) => row.map((cell) => (cell === '' ? null : cell)));
    const input = file('programmation.xlsx', await buildXlsx([{ name: 'Actions', rows }]));
    const out = join(dir, 'xlsx', 'actions.json');
    const outcome = await runImport(parseImportArgs([input, '--out', out, '--date', '2024-06-30']));
    expect(outcome.err).toEqual([]);
    expect(outcome.code).toBe(0);
    expect(outcome.out[0]).toBe('programmation.xlsx (classeur Excel (.xlsx), feuille « Actions »)');
    expect(readActions(out)).toHaveLength(2);
  });

  it('exits 2 with the reason on a file it cannot read, a file without the required columns, or no contract data', async () => {
    const old = await runImport(
      parseImportArgs([
        file('ancien.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])),
        '--out',
        join(dir, 'x.json'),
      ]),
    );
    expect(old).toMatchObject({ code: 2, written: null });
    expect(old.err[0]).toMatch(/Excel 97-2003/);

    const noStatus = file(
      'sans-statut.csv',
      encodeUtf8('Année;Intitulé de l’action;Porteur;Quartier(s)\n2024;A;B;Terre-Rouge\n'),
    );
    const missing = await runImport(parseImportArgs([noStatus, '--out', join(dir, 'y.json')]));
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toMatch(
      /Fichier refusé : Colonnes obligatoires absentes : « Type de porteur »/,
    );

    const noData = await runImport(parseImportArgs([noStatus, '--data', join(dir, 'nowhere')]));
    expect(noData.code).toBe(2);
    expect(noData.err[0]).toMatch(/objectives\.json introuvable ou illisible/);

    const absent = await runImport(parseImportArgs([join(dir, 'absent.csv')]));
    expect(absent).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/^Fichier introuvable ou illisible/)],
    });
  });

  it('writes public/data/actions.json by default, and refuses unknown options and a missing file name', () => {
    expect(parseImportArgs(['p.csv']).out).toBe(join(repoRoot, 'public/data/actions.json'));
    expect(parseImportArgs(['p.csv', '--data', '/srv/donnees']).out).toBe('/srv/donnees/actions.json');
    expect(parseImportArgs(['p.csv']).date).toBeNull();
    expect(parseImportArgs(['p.csv', '--date', '2023-11-30']).date).toBe('2023-11-30');
    expect(() => parseImportArgs(['p.csv', '--date'])).toThrow(/--date attend une date/);
    expect(() => parseImportArgs([])).toThrow(/indiquez le fichier/);
    expect(() => parseImportArgs(['p.csv', '--force'])).toThrow(/option inconnue : --force/);
    expect(() => parseImportArgs(['p.csv', '--out'])).toThrow(/--out attend un chemin/);
  });
});

describe('npm run import: a workbook as the team keeps it, with --colonne', () => {
  it('reads it with the columns named on the command line and the partners of meta.json, and exits 0', async () => {
    const input = file('Programmation 2024.xlsx', await buildProgrammationWorkbook());
    const out = join(dir, 'real', 'actions.json');
    const result = npmRunImport(
      input,
      ...WORKBOOK_COLONNES,
      '--colonne',
      'Observations=ignorer',
      // The team's workbook has no dated progress report: the data date is given.
      '--date',
      '2024-11-30',
      '--out',
      out,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '6 lignes lues : 6 actions acceptées, 0 ligne refusée ; 1 ligne de total ignorée',
    );
    expect(result.stdout).toContain(`Note : Ligne ${TOTAL_LINE} (« TOTAL ») : ligne de total ignorée.`);
    expect(result.stdout).toContain(
      'Note : Colonne N « Ville de Cahors » lue comme « Ville » (partenaire du contrat).',
    );
    expect(readActions(out)).toEqual(EXPECTED_ACTIONS.map((action) => expect.objectContaining(action)));
    expect(JSON.parse(readFileSync(join(dir, 'real', 'meta.json'), 'utf8')).dataDate).toBe('2024-11-30');
  }, 30_000); // A process of its own through npm and tsx: seconds on a loaded machine.
});

describe('runImport: column mapping', () => {
  const workbook = async () => file('classeur.xlsx', await buildProgrammationWorkbook());

  it('without a mapping, refuses the file and prints the --colonne arguments that would read it', async () => {
    const outcome = await runImport(parseImportArgs([await workbook(), '--out', join(dir, 'z.json')]));
    expect(outcome.code).toBe(2);
    expect(outcome.err).toContain(
      'Fichier refusé : Colonne obligatoire absente : « Quartier(s) ». Ajoutez-la avec ces titres (voir le modèle).',
    );
    expect(outcome.err).toContain(
      'Pour lire les colonnes non reconnues, relancez avec : --colonne "N° dossier=Identifiant" --colonne "QPV / Territoire=Quartier(s)"',
    );
    expect(outcome.err).toContain(
      'Sans équivalent proposé : « Observations » ; --colonne "titre=colonne du modèle" pour les lire, ou "titre=ignorer".',
    );
  });

  it('reads a mapping file, JSON or lines, and a --colonne overrides it', async () => {
    const json = file(
      'correspondance.json',
      encodeUtf8('{ "QPV / Territoire": "Quartier(s)", "Observations": null }'),
    );
    const fromJson = await runImport(
      parseImportArgs([
        await workbook(),
        '--correspondance',
        json,
        '--date',
        '2024-11-30',
        '--out',
        join(dir, 'j', 'actions.json'),
      ]),
    );
    expect(fromJson.err).toEqual([]);
    // « N° dossier » is not mapped: the identifiers are made from the year and title, as for any file.
    const actions = readActions(join(dir, 'j', 'actions.json'));
    expect(actions).toHaveLength(6);
    expect(actions[0]?.id).toBe('2024-mediation-sociale-de-rue');

    const lines = file(
      'correspondance.txt',
      encodeUtf8('# Nos titres\nQPV / Territoire=Quartier(s)\nN° dossier=Public cible\n'),
    );
    const overridden = await runImport(
      parseImportArgs([
        await workbook(),
        '--correspondance',
        lines,
        '--colonne',
        'N° dossier=Identifiant',
        '--date',
        '2024-11-30',
        '--out',
        join(dir, 'l', 'actions.json'),
      ]),
    );
    expect(overridden.code).toBe(0);
    expect(readActions(join(dir, 'l', 'actions.json'))[0]).toMatchObject({
      id: '2024-00112',
      targetPublic: null,
    });
  });

  it('refuses an unknown target column, or a bad mapping file, with a clear error and exit 1', async () => {
    expect(() => parseImportArgs(['p.csv', '--colonne', 'QPV / Territoire=Quartie'])).toThrow(
      /^--colonne « QPV \/ Territoire=Quartie » : « Quartie » n’est pas une colonne du modèle\. Vouliez-vous dire « Quartier\(s\) » \?/,
    );
    expect(() => parseImportArgs(['p.csv', '--colonne', 'QPV'])).toThrow(
      /attendu « titre dans le fichier=colonne du modèle »/,
    );
    expect(() => parseImportArgs(['p.csv', '--colonne'])).toThrow(/--colonne attend/);

    const bad = file('mauvaise.txt', encodeUtf8('QPV / Territoire=Quartier(s)\nN° dossier=Numéro\n'));
    const outcome = await runImport(parseImportArgs([await workbook(), '--correspondance', bad]));
    expect(outcome).toMatchObject({ code: 1, written: null });
    expect(outcome.err).toEqual([
      expect.stringMatching(
        /^--correspondance .*mauvaise\.txt, ligne 2 : « N° dossier=Numéro » : « Numéro » n’est pas une colonne du modèle/,
      ),
    ]);
    const missing = await runImport(
      parseImportArgs([await workbook(), '--correspondance', join(dir, 'absente.json')]),
    );
    expect(missing.err[0]).toMatch(/^--correspondance : fichier introuvable ou illisible/);
  });

  it('reads no partner name from a data folder whose meta.json has none, and stops on a wrong funderNames', async () => {
    const data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    for (const name of ['objectives.json', 'territories.json']) {
      writeFileSync(join(data, name), readFileSync(join(repoRoot, 'public/data', name)));
    }
    // Another contract's meta.json, which names no partner (funderNames is optional).
    const { funderNames: _, ...meta } = JSON.parse(
      readFileSync(join(repoRoot, 'public/data/meta.json'), 'utf8'),
    );
    writeFileSync(join(data, 'meta.json'), JSON.stringify(meta));
    const args = [
      await workbook(),
      ...WORKBOOK_COLONNES,
      '--date',
      '2024-11-30',
      '--data',
      data,
      '--out',
      join(dir, 'np.json'),
    ];
    const noMeta = await runImport(parseImportArgs(args));
    expect(noMeta.code).toBe(0);
    expect(noMeta.out).toContain(
      'Note : Colonne N « Ville de Cahors » ignorée : ce n’est pas une colonne du modèle. Vouliez-vous dire « Ville » ?',
    );

    writeFileSync(join(data, 'meta.json'), JSON.stringify({ funderNames: { 'Ville de Cahors': 'mairie' } }));
    const wrong = await runImport(parseImportArgs(args));
    expect(wrong.code).toBe(2);
    expect(wrong.err[0]).toMatch(
      /^meta\.json : funderNames ne respecte pas le format attendu \(Ville de Cahors : financeur attendu : etat, ville/,
    );
  });
});
