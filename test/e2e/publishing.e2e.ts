import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEnv } from '../../scripts/support/with-env';
import { buildXlsx } from '../support/spreadsheet-files';
import { expectNoAxeViolations, keyFigure, setupBrowser } from './support/page';
import { startPreview } from './support/preview-server';

// The README's publishing path, end to end, as the project team follows it: `npm run import` of their
// workbook, `npm run comite` for the last steering committee, a production build, then the dashboard in
// Chromium. It runs on a copy of public/ (the build's publicDir), so that the repository's public/data is
// never touched: no actions.json is left behind, meta.json is not changed.
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'cap-quartiers-publishing-'));
const publicDir = join(work, 'public');
const outDir = join(work, 'dist');
const workbook = join(work, 'programmation-2023.xlsx');
const { openPage } = setupBrowser();
let app: Awaited<ReturnType<typeof startPreview>>;
const repoMeta = readFileSync(join(root, 'public/data/meta.json'), 'utf8');

const HEADERS = [
  'Année',
  'Intitulé de l’action',
  'Porteur',
  'Type de porteur',
  'Quartier(s)',
  'Objectif(s) opérationnel(s)',
  'Statut',
  'Avancement (%)',
  'Date de début',
  'Date de fin',
  'Coût total',
  'État (BOP 147)',
  'Historique d’avancement',
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The 2023 programmation, as the team's workbook holds it. Its latest progress report is 30 November 2023:
 * the data date. The committee recorded is 26 June 2023. On the data date, two actions are late (under way
 * or planned, their end passed: the street mediation and the educational site); the digital workshop ends
 * on 31 December 2023 and is not, though it would be against today. Since the committee one action was
 * finished (the youth trip); the party was finished and the job desk given up before it.
 */
const ROWS = [
  [
    'Médiation sociale de rue',
    'En cours',
    0.6,
    '2023-01-15',
    '2023-10-31',
    '31/03/2023 : 30 % ; 30/09/2023 : 60 %',
  ],
  ['Chantier éducatif', 'Programmée', null, null, '2023-09-30', ''],
  ['Atelier numérique', 'En cours', 0.5, '2023-09-01', '2023-12-31', '30/11/2023 : 50 %'],
  ['Fête de quartier', 'Réalisée', 1, '2023-03-01', '2023-05-31', '31/05/2023 : 100 %'],
  ['Permanence emploi', 'Abandonnée', null, '2023-02-01', '2023-03-31', ''],
  ['Séjour jeunes', 'Réalisée', 1, '2023-07-10', '2023-09-15', '15/09/2023 : 100 %'],
] as const;

const DATA_DATE = '30 novembre 2023';
const LATE = 2;

const workbookRows = () => [
  HEADERS,
  ...ROWS.map(([title, status, progress, start, end, history]) => [
    2023,
    title,
    'Association Cahors Quartiers',
    'Association',
    'Terre-Rouge',
    'P3.2.3',
    status,
    progress === null ? null : { value: progress, format: '0%' },
    start === null ? null : day(start),
    day(end),
    10_000,
    4_000,
    history === '' ? null : history,
  ]),
];

/** A command of the README, through npm, in the repository; its output joined, and it must succeed. */
const npmRun = (...args: string[]) => {
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};

const outputs: { import: string; comite: string } = { import: '', comite: '' };

beforeAll(async () => {
  cpSync(join(root, 'public'), publicDir, { recursive: true });
  writeFileSync(workbook, await buildXlsx([{ name: 'Programmation', rows: workbookRows() }]));
  outputs.import = npmRun('import', '--', workbook, '--data', join(publicDir, 'data'));
  outputs.comite = npmRun('comite', '--', '2023-06-26', '--data', join(publicDir, 'data'));
  // Vitest sets NODE_ENV=test, with which Vite builds in development mode (with MSW): a host serves a
  // production build.
  await withEnv({ NODE_ENV: 'production' }, () =>
    build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'error',
      publicDir,
      build: { outDir, emptyOutDir: true },
    }),
  );
  execFileSync('bash', [join(root, 'scripts/check-dist.sh'), outDir], { cwd: root });
  app = await startPreview(outDir);
}, 240_000);

afterAll(async () => {
  await app?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Publishing a programmation (npm run import, npm run comite, build)', () => {
  it('the commands say what they wrote, and leave the repository’s public/data as it was', () => {
    expect(outputs.import).toContain('6 lignes lues : 6 actions acceptées, 0 ligne refusée');
    expect(outputs.import).toContain(
      `Date des données : ${DATA_DATE} (le dernier point d’avancement du fichier ; --date AAAA-MM-JJ pour en donner une autre)`,
    );
    expect(outputs.comite).toContain('Comité de pilotage du 26 juin 2023 enregistré');
    const published = JSON.parse(readFileSync(join(outDir, 'data/meta.json'), 'utf8'));
    expect(published).toMatchObject({ dataDate: '2023-11-30', steeringCommittees: ['2023-06-26'] });
    expect(readFileSync(join(root, 'public/data/meta.json'), 'utf8')).toBe(repoMeta);
    expect(existsSync(join(root, 'public/data/actions.json'))).toBe(false);
  });

  it('the overview agrees with the workbook: header, data date, actions and late actions on the data date', async () => {
    const page = await openPage('/', undefined, { baseUrl: app.url });
    await keyFigure(page, 'Actions en retard').waitFor();
    const header = page.locator('.header-date');
    expect(await header.textContent()).toBe(`Données au ${DATA_DATE}`);
    expect(await page.getByText('Aucune donnée d’action publiée').count()).toBe(0);
    expect(await keyFigure(page, 'Actions').textContent()).toBe('6');
    expect(await keyFigure(page, 'Actions en retard').textContent()).toBe(String(LATE));
    // The day lateness is judged on, in the figures' folded rule (the header alone shows the data date).
    const rules = page.locator('details.key-figures-rules').first();
    expect(await rules.textContent()).toContain(`Date retenue : la date des données, ${DATA_DATE}.`);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('« Depuis le dernier comité » compares the committee recorded with the data date', async () => {
    const page = await openPage('/depuis-le-dernier-comite', undefined, { baseUrl: app.url });
    const intro = page.getByText(/^Ce qui a changé entre/);
    await intro.waitFor();
    expect(await intro.textContent()).toMatch(
      new RegExp(
        `^Ce qui a changé entre le comité de pilotage du 26 juin 2023 et le ${DATA_DATE} \\(date des données\\)`,
      ),
    );
    const figures = 'Évolution depuis la date de référence';
    const figure = (label: string) =>
      page
        .locator(`dl[aria-label="${figures}"] div`)
        .filter({ has: page.locator('dt', { hasText: label }) })
        .locator('dd')
        .first();
    await figure('Actions réalisées').waitFor();
    // The youth trip; the party ended before the committee.
    expect(await figure('Actions réalisées').textContent()).toBe('1');
    // The job desk was given up before the committee; every action was programmed in 2023, before it too.
    expect(await figure('Actions abandonnées').textContent()).toBe('0');
    expect(await figure('Nouvelles actions').textContent()).toBe('0');
    await page.context().close();
  });

  it('the page Données shows the date and the committee, and how they were recorded', async () => {
    const page = await openPage('/donnees', undefined, { baseUrl: app.url });
    const section = page.getByRole('heading', { name: 'Date des données et comités de pilotage' });
    await section.waitFor();
    await page.getByText(`Date des données : ${DATA_DATE}.`).waitFor();
    await page.getByText('Comités de pilotage enregistrés : 26 juin 2023.').waitFor();
    await page.context().close();
  });
});
