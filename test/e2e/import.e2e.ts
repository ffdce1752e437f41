import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

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
];

/** Two good rows (lines 2 and 4 of the sheet) and, on line 3, an objective with a typo. */
const CSV = [
  HEADERS,
  [
    '2024',
    'Médiation sociale de rue (import)',
    'Association Médiation Lot',
    'Association',
    'Terre-Rouge',
    'P3.2.3',
    'En cours',
    '40 %',
    '12 500,50 €',
  ],
  [
    '2024',
    'Veille de nuit (import)',
    'Ville de Cahors',
    'Commune',
    'Terre-Rouge',
    'Renforcer le CLSP',
    'Programmée',
    '',
    '8 000 €',
  ],
  [
    '2024',
    'Atelier d’écriture (import)',
    'Médiathèque du Grand Cahors',
    'Intercommunalité',
    'QP046001',
    'Renforcer le CLSPD',
    'Réalisée',
    '100 %',
    '3 000',
  ],
]
  .map((cells) => cells.join(';'))
  .join('\r\n');

const IMPORTED_TITLES = ['Atelier d’écriture (import)', 'Médiation sociale de rue (import)'];

/** The titles of the actions page's rows (two rows fit on screen: the table draws them all). */
const actionTitles = async (page: Page) =>
  (await page.locator('.actions-table th.action-title').allTextContents()).map((text) => text.trim()).sort();

const actionsCount = async (page: Page) => {
  const text = (await page.locator('.actions-count').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
};

describe('Import of a programmation in Chromium (demo build)', () => {
  it('reads a CSV, reports its refused row, and once confirmed the whole dashboard shows it until asked back', async () => {
    const page = await openPage('/donnees', { width: 1280, height: 900 }, { build: 'demo' });
    const panel = page.getByRole('region', { name: 'Importer la programmation' });
    await panel.waitFor();

    await panel.getByLabel('Choisir un fichier (.xlsx ou .csv)').setInputFiles({
      name: 'programmation.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const report = panel.getByRole('region', { name: 'Résultat de la lecture' });
    await report.waitFor();
    expect(await report.textContent()).toContain('3 lignes lues : 2 actions acceptées, 1 ligne refusée.');
    const problems = report.getByRole('table', { name: /^Problèmes des lignes refusées/ });
    const problemRows = problems.locator('tbody tr');
    expect(await problemRows.count()).toBe(1);
    expect(await problemRows.first().locator('th').textContent()).toBe('3');
    expect(await problemRows.first().textContent()).toContain(
      'Vouliez-vous dire « Renforcer le CLSPD (P3.4.1) » ?',
    );
    expect(
      await report
        .getByRole('table', { name: /^Aperçu/ })
        .locator('tbody tr')
        .count(),
    ).toBe(2);
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Utiliser ces 2 actions dans ce navigateur' }).click();
    await panel
      .getByText('Données importées : le tableau de bord affiche maintenant ces 2 actions.')
      .waitFor();
    // The success message took the focus from the button it replaced.
    expect(
      await page.evaluate(() => document.activeElement?.textContent?.startsWith('Données importées')),
    ).toBe(true);

    // A new page load: the import comes from IndexedDB.
    await page.goto(new URL('/actions', page.url()).href);
    const banner = page.getByText(/^Données importées localement le /);
    await banner.waitFor();
    await page.locator('.actions-table th.action-title').first().waitFor();
    expect(await actionTitles(page)).toEqual(IMPORTED_TITLES);
    expect(await actionsCount(page)).toBe(2);

    await page.reload();
    await banner.waitFor();
    await page.locator('.actions-table th.action-title').first().waitFor();
    expect(await actionTitles(page)).toEqual(IMPORTED_TITLES);

    await page.getByRole('button', { name: 'Revenir aux données publiées' }).click();
    await expect.poll(() => actionsCount(page), { timeout: 10_000 }).toBeGreaterThan(100);
    expect(await page.getByText(/^Données importées localement le /).count()).toBe(0);
    expect(await actionTitles(page)).not.toContain(IMPORTED_TITLES[0]);

    // Published data again after a reload too: the import is gone from the browser.
    await page.reload();
    await expect.poll(() => actionsCount(page), { timeout: 10_000 }).toBeGreaterThan(100);
    expect(await page.getByText(/^Données importées localement le /).count()).toBe(0);
    await page.context().close();
  });

  it('downloads the Excel template, a workbook', async () => {
    const page = await openPage('/donnees', undefined, { build: 'demo' });
    const button = page.getByRole('button', { name: 'Télécharger le modèle Excel (.xlsx)' });
    await button.waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('modele-programmation.xlsx');
    const path = await file.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });
});
