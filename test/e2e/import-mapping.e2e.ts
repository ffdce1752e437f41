import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  buildProgrammationWorkbook,
  HEADER_LINE,
  TOTAL_LINE,
  WORKBOOK_NAME,
} from '../support/programmation-workbook';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const uploadWorkbook = async (panel: Locator) =>
  panel.getByLabel('Choisir un fichier (.xlsx ou .csv)').setInputFiles({
    name: WORKBOOK_NAME,
    mimeType: XLSX,
    buffer: Buffer.from(await buildProgrammationWorkbook()),
  });

/** The select of a column of the file, by its title ("QPV / Territoire"). */
const columnSelect = (step: Locator, header: string) =>
  step.locator('tr', { has: step.page().locator('th', { hasText: header }) }).locator('select');

/** What the focused element is: its tag and accessible text, to follow a keyboard journey. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName.toLowerCase(), text: element?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the focus is on the element, or fails after `limit` presses. */
const tabTo = async (page: Page, target: Locator, limit = 80) => {
  const handle = await target.elementHandle();
  for (let n = 0; n < limit; n += 1) {
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the element was never reached with Tab');
};

/** The Données page with the workbook chosen, up to its mapping step. */
const openWithWorkbook = async () => {
  const page = await openPage('/donnees', { width: 1280, height: 720 }, { build: 'demo' });
  const panel = page.getByRole('region', { name: 'Importer la programmation' });
  await panel.waitFor();
  await uploadWorkbook(panel);
  const step = panel.getByRole('region', { name: 'Correspondance des colonnes' });
  await step.waitFor();
  const report = panel.getByRole('region', { name: 'Résultat de la lecture' });
  return { page, panel, step, report };
};

describe('Import of a workbook through the column-mapping step, in Chromium (demo build)', () => {
  it('maps the columns with the keyboard alone, says which required column is missing, and reads the file', async () => {
    const { page, step, report } = await openWithWorkbook();
    expect(await focused(page)).toEqual({ tag: 'h3', text: 'Correspondance des colonnes' });
    expect(await step.textContent()).toContain(`(ligne d’en-têtes : ligne ${HEADER_LINE})`);
    const territories = columnSelect(step, 'QPV / Territoire');
    expect(await territories.inputValue()).toBe('territories');
    expect(await columnSelect(step, 'N° dossier').inputValue()).toBe('id');
    expect(await columnSelect(step, 'Ville de Cahors').inputValue()).toBe('funding.ville');
    expect(await columnSelect(step, 'Observations').inputValue()).toBe('ignore');
    expect(await territories.locator('xpath=ancestor::tr').textContent()).toContain(
      'Ste Valérie\nCroix de Fer',
    );
    await expectNoAxeViolations(page);

    // Keyboard only: Tab to the territories' select, type to choose « Ignorer », and the required column is
    // said to be missing; then type « Q » to choose Quartier(s) again.
    await tabTo(page, territories);
    await page.keyboard.type('Ign');
    expect(await territories.inputValue()).toBe('ignore');
    const missing = step.getByRole('status');
    await expect
      .poll(() => missing.textContent())
      .toContain('1 colonne obligatoire sans colonne du fichier :');
    expect(await missing.locator('li').allTextContents()).toEqual(['⚠ Quartier(s)']);
    await expectNoAxeViolations(page);
    await page.keyboard.type('Q');
    expect(await territories.inputValue()).toBe('territories');
    await expect
      .poll(() => missing.textContent())
      .toContain('Toutes les colonnes obligatoires sont trouvées.');

    await tabTo(page, step.getByRole('button', { name: 'Lire le fichier avec ces colonnes' }));
    await page.keyboard.press('Enter');
    await report.waitFor();
    expect(await report.textContent()).toContain(
      '6 lignes lues : 6 actions acceptées, 0 ligne refusée ; 1 ligne de total ignorée.',
    );
    expect(await report.textContent()).toContain(`Ligne ${TOTAL_LINE} (« TOTAL ») : ligne de total ignorée.`);
    expect((await focused(page)).text).toMatch(/^Colonnes lues selon la correspondance choisie, mémorisée/);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 60_000);

  it('remembers the mapping for the next file with the same titles after a reload, lets it be changed, and imports', async () => {
    const { page, panel, step, report } = await openWithWorkbook();
    // The remarks become the public, to see the choice remembered below.
    await columnSelect(step, 'Observations').selectOption('targetPublic');
    await step.getByRole('button', { name: 'Lire le fichier avec ces colonnes' }).click();
    await report.waitFor();

    // A new page load, and the same titles again: the remembered mapping reads the file at once.
    await page.reload();
    await panel.waitFor();
    await uploadWorkbook(panel);
    await report.waitFor();
    expect(await step.count()).toBe(0);
    expect(await panel.textContent()).toContain(
      'Colonnes lues selon la correspondance mémorisée dans ce navigateur',
    );
    expect(await report.textContent()).toContain(
      'Colonne R « Observations » lue comme « Public cible », comme choisi dans la correspondance des colonnes.',
    );

    // … and can be changed, from the keyboard too.
    await panel.getByRole('button', { name: 'Modifier la correspondance des colonnes' }).focus();
    await page.keyboard.press('Enter');
    await step.waitFor();
    const remarks = columnSelect(step, 'Observations');
    expect(await remarks.inputValue()).toBe('targetPublic');
    expect(await remarks.locator('xpath=ancestor::tr').textContent()).toContain(
      'Choix mémorisé dans ce navigateur.',
    );
    await remarks.selectOption('ignore');
    await step.getByRole('button', { name: 'Lire le fichier avec ces colonnes' }).click();
    await report.waitFor();
    expect(await report.textContent()).toContain(
      'Colonne R « Observations » ignorée, comme choisi dans la correspondance des colonnes.',
    );

    await panel.getByRole('button', { name: 'Utiliser ces 6 actions dans ce navigateur' }).click();
    await panel
      .getByText('Données importées : le tableau de bord affiche maintenant ces 6 actions.')
      .waitFor();
    await page.goto(new URL('/actions', page.url()).href);
    await page.locator('.actions-table th.action-title').first().waitFor();
    expect(await page.locator('.actions-table th.action-title').allTextContents()).toContain(
      'Médiation sociale de rue',
    );
    await page.context().close();
  }, 60_000);
});
