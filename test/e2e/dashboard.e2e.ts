import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dataDownloads,
  expectNoAxeViolations,
  firstDrawnChart,
  keyFigure,
  setupBrowser,
} from './support/page';

const { openPage } = setupBrowser();

const openDemo = async (path: string, viewport?: { width: number; height: number }) => {
  const page = await openPage(path, viewport, { build: 'demo' });
  await page.locator('h1').first().waitFor();
  return page;
};

/** The chart under the heading that names it (its loading skeleton carries the same heading). */
const figure = (page: Page, title: string) =>
  page
    .locator('figure, section')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .first();

/** The texts an SVG chart writes (axis labels, values on bars). */
const chartTexts = (page: Page, title: string) => figure(page, title).locator('svg text').allTextContents();

describe('Dashboard in Chromium (demo build)', () => {
  it('downloads each data document once, from the preloads of index.html, beside its JavaScript', async () => {
    const page = await openDemo('/');
    await firstDrawnChart(page);
    const origin = new URL(page.url()).origin;
    expect(await dataDownloads(page)).toEqual(
      ['actions', 'meta', 'objectives', 'territories'].map((name) => ({
        url: `${origin}/data/${name}.json`,
        initiator: 'link',
      })),
    );
    await page.context().close();
  });

  it.each([
    {
      path: '/',
      h1: 'Vue d’ensemble',
      chart: 'Couverture et avancement par pilier et axe',
      labels: ['COHESION SOCIALE', 'LA JEUNESSE'],
    },
    {
      path: '/',
      h1: 'Vue d’ensemble',
      chart: 'Couverture et avancement par quartier',
      labels: ['Terre-Rouge', 'Les Escales'],
    },
    {
      path: '/piliers/P2',
      h1: 'Pilier : COHESION SOCIALE',
      chart: "P2.3 Renforcer le lien social et l'égalité d'accès aux loisirs",
      labels: ['P2.3.1 Créer les conditions'],
    },
    {
      path: '/axes/T1',
      h1: 'Axe transversal : LA JEUNESSE',
      chart: "T1.1 Soutenir l'implication des jeunes",
      labels: ['T1.1.1'],
    },
    {
      path: '/quartiers/terre-rouge',
      h1: 'Terre-Rouge',
      chart: 'Couverture par pilier : Terre-Rouge et ensemble du contrat',
      labels: ['COHESION SOCIALE'],
    },
  ])('$path draws « $chart » with its bars, labels and data table', async ({ path, h1, chart, labels }) => {
    const page = await openDemo(path);
    // The heading names the page once the tree is in (a bare "Pilier ou axe" before).
    await page.getByRole('heading', { level: 1, name: h1, exact: true }).waitFor();
    // Bars, once the data is in: the skeleton shown before has the same heading and no bar.
    await figure(page, chart).locator('.recharts-bar-rectangle').first().waitFor();
    const texts = (await chartTexts(page, chart)).join(' ');
    for (const label of labels) expect(texts).toContain(label);
    // Values are written on the bars, not left to colour or hover.
    expect(texts).toMatch(/\d+\s%/);
    const summary = page.getByText(`Tableau des données : ${chart}`);
    await summary.click();
    expect(
      await page
        .getByRole('table')
        .filter({ has: page.locator('caption', { hasText: chart }) })
        .count(),
    ).toBe(1);
    await page.context().close();
  });

  it('draws the progress history of an operational objective and the table of its actions', async () => {
    const page = await openDemo('/objectifs/P2.3.1');
    await page.getByRole('heading', { name: /^Actions \(\d+\)$/ }).waitFor();
    // Charts draw in turns, a frame or more after their page (charts/draw-queue.ts).
    await page.locator('.recharts-line-curve').first().waitFor();
    expect(
      await page
        .getByRole('table', { name: /Actions de l’objectif/ })
        .locator('tbody tr')
        .count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('updates figures and address when a filter changes, and Back restores them', async () => {
    const page = await openDemo('/');
    const actions = keyFigure(page, 'Actions');
    await actions.waitFor();
    const before = await actions.textContent();
    await page.locator('summary', { hasText: 'Années' }).click();
    await page.getByRole('checkbox', { name: '2023' }).click();
    await page.waitForURL(/\?annee=2023$/);
    await expect.poll(() => actions.textContent()).not.toBe(before);
    const after = await actions.textContent();
    expect(Number(after?.replace(/\D/g, ''))).toBeLessThan(Number(before?.replace(/\D/g, '')));
    expect(await page.getByText(/actions? correspond(ent)? aux filtres/).textContent()).toContain(
      after ?? '',
    );
    await page.goBack();
    await expect.poll(() => actions.textContent()).toBe(before);
    await page.goForward();
    await expect.poll(() => actions.textContent()).toBe(after);
    await page.context().close();
  });

  it.each([
    '/',
    '/piliers/P2',
    '/axes/T2',
    '/quartiers/terre-rouge',
    '/objectifs/P2.3.1',
    '/actions',
    '/?annee=2023&quartier=sainte-valerie',
  ])('has no accessibility violation on %s', async (path) => {
    const page = await openDemo(path);
    await page.waitForLoadState('networkidle');
    await page.locator('.recharts-surface, table:visible').first().waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
