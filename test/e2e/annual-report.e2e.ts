import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { download, expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

/** Where the files are written, for a person to look at (.scratch/ is not committed). */
const outDir = resolve(import.meta.dirname, '../../.scratch');

const REPORT = '/rapport-annuel?annee=2023';

/** The report of the demo build, once its figures, its charts and the team's draft are there. */
const openReport = async (path = REPORT, viewport = { width: 1280, height: 720 }) => {
  const page = await openPage(path, viewport, { build: 'demo' });
  await settle(page);
  return page;
};

const settle = async (page: Page) => {
  await page.getByRole('heading', { level: 1, name: /Rapport annuel 2023/ }).waitFor();
  await commentary(page, 3).waitFor();
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"], .chart-skeleton') === null,
    undefined,
    { timeout: 15_000 },
  );
};

const commentary = (page: Page, part: number) =>
  page.getByRole('textbox', { name: new RegExp(`Texte : .*, partie ${part}\\.`) });

const saved = (page: Page) =>
  page.getByText(/Brouillon enregistré dans ce navigateur à/).waitFor({ timeout: 5_000 });

describe('Annual report (demo build)', () => {
  it('shows the report in the décret’s plan, and is accessible while the team edits it', async () => {
    const page = await openReport();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([
        '1. Rappel des orientations du contrat',
        '2. Évolution de la situation des quartiers',
        '3. Actions menées en 2023',
        '4. Moyens mobilisés',
        '5. Perspectives et pistes d’amélioration',
        '6. Annexes',
      ]),
    );
    // Part 2: Terre-Rouge's real statistics, and the map with its perimeter drawn.
    const part2 = page.locator('#partie-2');
    const statistics = part2.getByRole('table', { name: 'Indicateurs de contexte : Terre-Rouge' });
    const population = statistics.getByRole('rowheader', { name: 'Population', exact: true }).locator('..');
    expect((await population.textContent())?.replace(/\s/g, ' ')).toBe(
      'Population1 036 habitants19 616 habitants2015INSEE',
    );
    expect(await statistics.getByRole('cell', { name: /^39\s%$/ }).isVisible()).toBe(true);
    const map = part2.locator('[data-report-chart="situation-map"]');
    const terreRouge = map.getByRole('link', { name: /^Terre-Rouge : couverture \d+\s%/ });
    expect(await terreRouge.locator('path.map-shape').isVisible()).toBe(true);
    expect((await terreRouge.locator('path.map-shape').getAttribute('d'))?.match(/[ML]/g)).toHaveLength(121);
    expect(await terreRouge.getAttribute('href')).toBe('/quartiers/terre-rouge?annee=2023');
    expect(
      await part2.getByText(/^Statistiques non publiées pour Sainte-Valérie, Croix-de-Fer/).isVisible(),
    ).toBe(true);
    expect(await page.locator('[data-report-chart] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    // The navigation's link, on the one line the header keeps at 1280 px.
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const link = nav.getByRole('link', { name: 'Rapport annuel' });
    expect(await link.getAttribute('aria-current')).toBe('page');
    const tops = await nav
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await expectNoAxeViolations(page);

    // With a commentary, an opinion and a confirmation open, too.
    await commentary(page, 3).fill('Une année de reprise.');
    await page.getByRole('button', { name: 'Ajouter un avis' }).click();
    await page.getByRole('button', { name: 'Réinitialiser le brouillon…' }).click();
    await saved(page);
    await expectNoAxeViolations(page);
    await page.context().close();
    // axe over a whole report (every action of the year), twice.
  }, 120_000);

  it('keeps what was typed through a reload, and through a crash of the tab before the save', async () => {
    const page = await openReport();
    await commentary(page, 3).fill('Écrit puis rechargé.');
    await saved(page);
    await page.reload();
    await settle(page);
    expect(await commentary(page, 3).inputValue()).toBe('Écrit puis rechargé.');

    // Typed, and the tab crashes at once: no time for the save after the pause, nor for pagehide.
    const url = page.url();
    await commentary(page, 4).fill('Tapé juste avant la panne.');
    const crashed = new Promise((done) => page.once('crash', done));
    void page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    const again = await page.context().newPage();
    await again.goto(url);
    await settle(again);
    expect(await commentary(again, 4).inputValue()).toBe('Tapé juste avant la panne.');
    expect(await commentary(again, 3).inputValue()).toBe('Écrit puis rechargé.');
    await page.context().close();
  });

  it('downloads the Word file: the plan in headings, real tables, the charts as images with their text', async () => {
    const page = await openReport();
    await commentary(page, 3).fill('Commentaire <b>inerte</b> & "cité" =1+1');
    const charts = await page.locator('[data-report-chart]').count();
    const { name, bytes } = await download(
      page,
      page.getByRole('button', { name: 'Télécharger le rapport (Word)' }),
    );
    expect(name).toBe('rapport-annuel-2023-cv149.docx');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(resolve(outDir, 'rapport-annuel-2023-demo.docx'), bytes);

    const files = unzipSync(new Uint8Array(bytes));
    const document = strFromU8(files['word/document.xml'] as Uint8Array);
    const headings = [
      ...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g),
    ].map((match) => [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''));
    expect(headings).toEqual([
      '1. Rappel des orientations du contrat',
      '2. Évolution de la situation des quartiers',
      '3. Actions menées en 2023',
      '4. Moyens mobilisés',
      '5. Perspectives et pistes d’amélioration',
      '6. Annexes',
    ]);
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThan(5);
    // Every chart of the page, drawn as a PNG, with its alternative text.
    const images = Object.keys(files).filter((file) => /^word\/media\/.+\.png$/.test(file));
    expect(images).toHaveLength(charts);
    for (const image of images)
      expect([...(files[image] as Uint8Array).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    expect(descriptions).toHaveLength(charts);
    // The map among them (part 2's), described with what it shows and each territory's value.
    const [mapText, ...chartTexts] = descriptions;
    expect(mapText).toMatch(
      /^Carte des quartiers : couverture en 2023\. Les 6 quartiers du contrat, colorés selon la couverture en 2023 : Terre-Rouge sur la carte.* Valeurs : Terre-Rouge : \d+\s%/,
    );
    for (const description of chartTexts) expect(description).toMatch(/Les valeurs figurent dans le tableau/);
    // Part 2's statistics in a real table: Terre-Rouge's population, with its vintage and source; a value
    // held on one line (no-break spaces).
    expect(document).toMatch(
      /<w:t[^>]*>Population<\/w:t>(?:(?!<\/w:tr>).)*1\u202f036\u00a0habitants(?:(?!<\/w:tr>).)*19\u202f616\u00a0habitants(?:(?!<\/w:tr>).)*>2015<(?:(?!<\/w:tr>).)*>INSEE</,
    );
    // The team's text, escaped.
    expect(document).toContain('Commentaire &lt;b&gt;inerte&lt;/b&gt; &amp; &quot;cité&quot; =1+1');
    // Fictitious data, said in the header and the footer.
    for (const part of ['word/header1.xml', 'word/footer1.xml']) {
      expect(strFromU8(files[part] as Uint8Array)).toContain('Données fictives de démonstration');
    }
    await page.context().close();
  });

  it('prints as an A4 portrait report with the same plan, the commentaries as text', async () => {
    const page = await openReport();
    await commentary(page, 3).fill('Commentaire imprimé.');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('textarea:visible, button:visible, nav:visible').count()).toBe(0);
    expect(await page.getByRole('paragraph').filter({ hasText: 'Commentaire imprimé.' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('heading', { level: 2, name: '6. Annexes' }).isVisible()).toBe(true);
    // Part 2's map and statistics print, the map within the width of the paper.
    const map = page.locator('#partie-2 [data-report-chart="situation-map"] svg.map-svg');
    expect(await map.locator('path.map-shape').isVisible()).toBe(true);
    const paper = await page.locator('#partie-2').boundingBox();
    const drawn = await map.boundingBox();
    expect(drawn?.width).toBeGreaterThan(300);
    expect((drawn?.x ?? 0) + (drawn?.width ?? 0)).toBeLessThanOrEqual(
      (paper?.x ?? 0) + (paper?.width ?? 0) + 1,
    );
    expect(await page.getByRole('table', { name: 'Indicateurs de contexte : Terre-Rouge' }).isVisible()).toBe(
      true,
    );
    const pdf = await page.pdf({ preferCSSPageSize: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(resolve(outDir, 'print-annual-report.pdf'), pdf);
    const text = pdf.toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [
      Math.round(Number(match[1])),
      Math.round(Number(match[2])),
    ]);
    // A4 portrait, 595 × 842 points, on every page; a page at least per section.
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.context().close();
  });
});
