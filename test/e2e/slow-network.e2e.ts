import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDataFiles } from '../../scripts/build-demo';
import { setupBrowser } from './support/page';

const { openPage } = setupBrowser();

const DELAY_MS = 3_000;

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
 * The production build serves the contract's real files, which have no actions.json yet: this test gives
 * it the demo's generated programmation (built from the same tree and territories), so that the overview
 * has figures and charts to wait for.
 */
const actionsJson = demoDataFiles()['actions.json'];

describe('A very slow network (every data file takes 3 s)', () => {
  it('shows busy skeletons on the overview, and the page does not jump when the data come', async () => {
    const page = await openPage('/', undefined, {
      beforeGoto: async (page) => {
        await recordLayoutShifts(page);
        await page.route('**/data/*.json', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
          if (route.request().url().endsWith('/data/actions.json')) {
            await route.fulfill({ contentType: 'application/json', body: actionsJson });
          } else {
            await route.continue();
          }
        });
      },
    });
    // While the data are on their way: the skeleton, marked busy, under the page's heading.
    await page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' }).waitFor();
    const busy = page.locator('main [aria-busy="true"]').first();
    await busy.waitFor();
    await page.getByText('Chargement des actions…').waitFor();
    // The two charts' skeletons are busy too, each with its heading already in place.
    expect(await page.locator('main figure[aria-busy="true"]').count()).toBe(2);
    const before = await landmarks(page);

    // The data: the first chart drawn, nothing busy any more.
    await page
      .locator('figure, section')
      .filter({ has: page.getByRole('heading', { name: 'Couverture et avancement par pilier et axe' }) })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.locator('main [aria-busy="true"]').count()).toBe(0);
    // Let any late shift (fonts, a lazy chart) be recorded.
    await page.waitForTimeout(500);
    const after = await landmarks(page);
    expect(await cumulativeShift(page)).toBeLessThan(0.1);
    for (const name of ['header', 'nav', 'main', 'h1'] as const) {
      expect(after[name], name).toEqual(before[name]);
    }
    await page.context().close();
  });
});
