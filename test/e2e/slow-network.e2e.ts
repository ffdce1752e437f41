import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDataFiles } from '../../scripts/build-demo';
import { expectNoAxeViolations, setupBrowser, watchAppearances } from './support/page';

const { openPage } = setupBrowser();

/** The contract's small documents (meta, tree, territories) come after this; actions.json when released. */
const DOCUMENTS_DELAY_MS = 1_500;
/** How far an element may be found from where it stood (sub-pixel rounding), in px. */
const TOLERANCE_PX = 2;

declare global {
  interface Window {
    /** The layout shifts recorded since the page began to load (see recordLayoutShifts). */
    __layoutShifts: { value: number; hadRecentInput: boolean; startTime: number }[];
  }
}

/** Records every layout shift from the very start of the page, before any script of the app runs. */
const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        window.__layoutShifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          startTime: entry.startTime,
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

const APPEARANCES = {
  pending: 'main .dashboard-pending',
  filterBar: 'main .filter-bar',
  picker: 'main .reference-picker',
} as const;

const appeared = (page: Page) =>
  page.evaluate(() => window.__appeared) as Promise<Partial<Record<keyof typeof APPEARANCES, number>>>;

const cumulativeShift = (page: Page) =>
  page.evaluate(() =>
    window.__layoutShifts
      .filter((shift) => !shift.hadRecentInput)
      .reduce((sum, shift) => sum + shift.value, 0),
  );

type Box = { x: number; y: number; width: number };

/** Where the page's landmarks and first headings stand, in page coordinates. */
const landmarks = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y + window.scrollY, width: rect.width };
    };
    return {
      header: box('header.app-header'),
      nav: box('nav.app-nav'),
      main: box('main'),
      h1: box('main h1'),
    } as Record<string, Box | null>;
  });

/**
 * The top, in page coordinates, of what a reader's eye holds on a dashboard page: the filter bar, the key
 * figures (their boxes while loading), the first chart's heading and its drawing area (its skeleton while
 * loading).
 */
const tops = (page: Page) =>
  page.evaluate(() => {
    const top = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? element.getBoundingClientRect().top + window.scrollY : null;
    };
    return {
      filterBar: top('main .filter-bar'),
      keyFigures: top('main .key-figures'),
      chartHeading: top('main figure.chart-figure .chart-title'),
      chartArea: top('main figure.chart-figure .chart-area'),
    };
  });

/**
 * The production build serves the contract's real files, which have no actions.json yet: this test gives
 * it the demo's generated programmation (built from the same tree and territories), so that the overview
 * has figures and charts to wait for.
 */
const actionsJson = demoDataFiles()['actions.json'];

/**
 * Opens a page of the production build on a very slow network: the small documents come after
 * DOCUMENTS_DELAY_MS, as they usually do before the much larger actions.json, which comes only when the
 * test calls `releaseActions`.
 */
const openSlowly = async (
  path: string,
  viewport: { width: number; height: number },
  build: 'production' | 'demo' = 'production',
) => {
  let releaseActions = () => {};
  const actionsReleased = new Promise<void>((resolve) => {
    releaseActions = resolve;
  });
  const page = await openPage(path, viewport, {
    build,
    beforeGoto: async (page) => {
      await recordLayoutShifts(page);
      await watchAppearances(page, APPEARANCES);
      await page.route('**/data/*.json', async (route) => {
        if (route.request().url().endsWith('/data/actions.json')) {
          await actionsReleased;
          await route.fulfill({ contentType: 'application/json', body: actionsJson });
        } else {
          await new Promise((resolve) => setTimeout(resolve, DOCUMENTS_DELAY_MS));
          await route.continue();
        }
      });
    },
  });
  return { page, releaseActions };
};

/** Waits until the page shows its figures, and lets any late shift (fonts, a lazy chart) be recorded. */
const figuresShown = async (page: Page) => {
  await page.locator('main dl.key-figures').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null, undefined, {
    timeout: 15_000,
  });
  await page.waitForTimeout(500);
};

const expectNear = (actual: number | null, expected: number | null, what: string) => {
  expect(actual, what).not.toBeNull();
  expect(expected, what).not.toBeNull();
  expect(Math.abs((actual as number) - (expected as number)), what).toBeLessThanOrEqual(TOLERANCE_PX);
};

/**
 * Lets the actions come, and expects the filter bar and the key figures where they stood while the page
 * waited for them (their skeletons), the header and headings unmoved, and no layout shift to speak of.
 */
const expectStillOnceTheActionsCome = async (page: Page, releaseActions: () => void) => {
  await page.waitForTimeout(300);
  const waiting = await tops(page);
  const before = await landmarks(page);
  releaseActions();
  await figuresShown(page);
  const after = await tops(page);
  expectNear(after.filterBar, waiting.filterBar, 'filter bar');
  expectNear(after.keyFigures, waiting.keyFigures, 'key figures');
  expect(await landmarks(page)).toEqual(before);
  expect(await cumulativeShift(page)).toBeLessThan(0.1);
};

const LAPTOP = { width: 1280, height: 720 };
const VIEWPORTS = [LAPTOP, { width: 1920, height: 1080 }];

describe('A very slow network: the page keeps its layout while the data come', () => {
  it.each(VIEWPORTS)(
    'overview at $width×$height: skeletons in place, nothing moves when the figures come',
    async (viewport) => {
      const { page, releaseActions } = await openSlowly('/', viewport);
      // Before any document: the heading, the filter bar saying that the actions load, the figures' boxes.
      await page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' }).waitFor();
      await page.locator('main [aria-busy="true"] .key-figure--skeleton').first().waitFor();
      await page.getByRole('region', { name: 'Filtres' }).getByText('Chargement des actions…').waitFor();
      const first = await tops(page);
      const before = await landmarks(page);

      // The tree and the territories: both charts' skeletons, busy, with their headings in place and their
      // labels already links to their pages.
      await page.getByRole('list', { name: 'Pages des piliers et axes' }).waitFor();
      expect(await page.locator('main figure[aria-busy="true"]').count()).toBe(2);
      await page.waitForTimeout(300);
      const waiting = await tops(page);
      expectNear(waiting.filterBar, first.filterBar, 'filter bar, once the tree has come');
      expectNear(waiting.keyFigures, first.keyFigures, 'key figures, once the tree has come');
      // The page as it waits is a page too: its inert filter bar and its skeletons pass axe.
      await expectNoAxeViolations(page);

      // The actions: the first chart drawn, nothing busy any more, and nothing has moved.
      releaseActions();
      await page
        .locator('figure')
        .filter({ has: page.getByRole('heading', { name: 'Couverture et avancement par pilier et axe' }) })
        .locator('.recharts-bar-rectangle')
        .first()
        .waitFor({ timeout: 15_000 });
      await figuresShown(page);
      const after = await tops(page);
      expectNear(after.filterBar, first.filterBar, 'filter bar');
      expectNear(after.keyFigures, first.keyFigures, 'key figures');
      expectNear(after.chartHeading, waiting.chartHeading, 'first chart’s heading');
      expectNear(after.chartArea, waiting.chartArea, 'first chart’s area');
      expect(await cumulativeShift(page)).toBeLessThan(0.1);
      const settled = await landmarks(page);
      for (const name of ['header', 'nav', 'main', 'h1'] as const) {
        expect(settled[name], name).toEqual(before[name]);
      }
      await page.context().close();
    },
  );

  it.each([
    ['pillar page', '/piliers/P2', /COHESION SOCIALE/],
    ['territory page', '/quartiers/terre-rouge', /Terre-Rouge/],
    // A title on two lines at 1280 px: drawn under a one-line placeholder, it moved the whole page down.
    ['objective page', '/objectifs/P2.3.1', /P2\.3\.1 Créer les conditions/],
  ])(
    '%s at 1280×720: nothing under the heading until the tree gives it, then nothing moves',
    async (_name, path, title) => {
      const { page, releaseActions } = await openSlowly(path, LAPTOP);
      // The heading, and under it the filter bar waiting for the actions, only once the tree or the
      // territories have come: before, a loading status under the heading's place, and nothing else.
      await page.getByRole('region', { name: 'Filtres' }).getByText('Chargement des actions…').waitFor();
      const { pending, filterBar } = await appeared(page);
      expect(pending).toBeDefined();
      expect(filterBar).toBeGreaterThan(pending as number);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectStillOnceTheActionsCome(page, releaseActions);
      await page.context().close();
    },
  );

  it('demo build: "Données fictives" from the first render, so the page does not move down when meta.json comes', async () => {
    const { page, releaseActions } = await openSlowly('/', LAPTOP, 'demo');
    const banner = page.locator('.fictitious-banner');
    await page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' }).waitFor();
    // meta.json is held back (DOCUMENTS_DELAY_MS): the banner comes from the build, not from it.
    expect(await page.locator('.header-date').textContent()).toBe('Chargement…');
    expect(await banner.isVisible()).toBe(true);
    const before = await landmarks(page);
    await page
      .locator('.header-date')
      .filter({ hasText: /^Données au / })
      .waitFor();
    releaseActions();
    await figuresShown(page);
    expect(await banner.textContent()).toContain('Données fictives de démonstration');
    expect(await landmarks(page)).toEqual(before);
    expect(await cumulativeShift(page)).toBeLessThan(0.1);
    await page.context().close();
  });

  it('since the last committee (demo build): the period and its picker come with meta.json, then nothing moves', async () => {
    const { page, releaseActions } = await openSlowly('/depuis-le-dernier-comite', LAPTOP, 'demo');
    // meta.json: the period compared and its picker, above the filter bar and the figures' boxes; before
    // it, a loading status under the heading, and nothing else.
    await page.getByRole('group', { name: 'Comparer avec' }).waitFor();
    const { pending, filterBar, picker } = await appeared(page);
    expect(pending).toBeDefined();
    expect(filterBar).toBeGreaterThan(pending as number);
    expect(picker).toBeGreaterThan(pending as number);
    await page.locator('main [aria-busy="true"] .key-figure--skeleton').first().waitFor();
    await expectStillOnceTheActionsCome(page, releaseActions);
    await page.context().close();
  });
});
