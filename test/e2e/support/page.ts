import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser';

/** One browser per test file; each test opens its own page (a fresh context, no shared storage). */
export const setupBrowser = () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /**
     * Opens a path of the production build, of the demo build with `{ build: 'demo' }`, or of any other
     * server with `{ baseUrl }`. `beforeGoto` runs on the page before it loads (to install routes without
     * racing the app's first requests).
     */
    openPage: async (
      path: string,
      viewport = { width: 1280, height: 720 },
      {
        build = 'production',
        baseUrl,
        beforeGoto,
        app = true,
      }: {
        build?: 'production' | 'demo';
        baseUrl?: string;
        beforeGoto?: (page: Page) => Promise<unknown>;
        /** Wait for the app to replace a prerendered first screen (see waitForApp); false to look at that screen. */
        app?: boolean;
      } = {},
    ): Promise<Page> => {
      const context = await browser.newContext({ viewport, locale: 'fr-FR' });
      const page = await context.newPage();
      await beforeGoto?.(page);
      await page.goto(`${baseUrl ?? inject(build === 'demo' ? 'demoBaseUrl' : 'baseUrl')}${path}`);
      if (app) await waitForApp(page);
      return page;
    },
  };
};

/**
 * Waits until the app itself is on the page: a prerendered first screen (src/snapshot-gate.ts) is a picture,
 * inert, which the app replaces once its own first screen is drawn. Pages without one pass at once.
 */
export const waitForApp = (page: Page) =>
  page.waitForFunction(() => {
    const state = document.documentElement.getAttribute('data-cq-snapshot');
    if (state === 'shown') return false;
    // Still checking (a slow network): once the app has rendered, the gate can only refuse (« late »).
    if (state === 'pending') return (document.getElementById('root')?.childElementCount ?? 0) > 0;
    return true;
  });

/** Runs axe with the WCAG 2.2 A/AA rules (RGAA is built on them) plus target-size, and expects none to fail. */
export const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join('\n  ')}`,
  );
  expect(summary).toEqual([]);
};

/** The value (<dd>) of a key figure of the overview's "Chiffres clés", by its label. */
export const keyFigure = (page: Page, label: string) =>
  page
    .locator('dl[aria-label="Chiffres clés"] div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd')
    .first();

/** Once a page's first chart has its bars: that chart's figure and its title. */
export const firstDrawnChart = async (page: Page) => {
  await page.locator('.chart-figure .recharts-bar-rectangle').first().waitFor();
  const figure = page
    .locator('figure.chart-figure')
    .filter({ has: page.locator('.recharts-bar-rectangle') })
    .first();
  const title = ((await figure.locator('.chart-title').textContent()) ?? '').trim();
  return { figure, title };
};

/**
 * The page's downloads of the contract's JSON documents, sorted by URL: each with what started it ("link"
 * for index.html's preloads, "fetch" for a request of the app's code that found no preload to use).
 */
export const dataDownloads = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/(objectives|territories|meta|actions)\.json$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ url: entry.name, initiator: (entry as PerformanceResourceTiming).initiatorType }))
      .sort((a, b) => a.url.localeCompare(b.url)),
  );

declare global {
  interface Window {
    /** When (ms since the navigation began) each watched element first appeared; see watchAppearances. */
    __appeared: Record<string, number>;
  }
}

/**
 * Notes, from the page's very start (before any script of the app), when each watched selector first
 * matches, in `window.__appeared` under its name: no polling delay. Attributes are watched too (aria-busy),
 * for selectors that match a state rather than an element's arrival.
 */
export const watchAppearances = (page: Page, watched: Record<string, string>) =>
  page.addInitScript((selectors: Record<string, string>) => {
    window.__appeared = {};
    new MutationObserver(() => {
      for (const [name, selector] of Object.entries(selectors)) {
        if (window.__appeared[name] === undefined && document.querySelector(selector)) {
          window.__appeared[name] = performance.now();
        }
      }
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  }, watched);

/** Clicks an export button and waits for its download: the file's suggested name and its bytes. */
export const download = async (page: Page, button: Locator) => {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
};
