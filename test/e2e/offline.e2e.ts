import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../support/local-date-time';
import { expectNoAxeViolations, setupBrowser, waitForApp, watchAppearances } from './support/page';
import { startPreview } from './support/preview-server';

const { openPage } = setupBrowser();

const WATCHED = {
  banner: '.offline-banner',
  figures: 'dl[aria-label="Chiffres clés"]',
  // A chart out of its loading state, with its data (its drawing comes in turn, see charts/draw-queue.ts).
  chart: 'figure.chart-figure:not([aria-busy])',
  bars: '.recharts-bar-rectangle',
  error: '.error-state',
} as const;

/** The saved cache's date, once the app has saved the six documents (it waits a second after they load). */
const savedAt = (page: Page) =>
  page.evaluate(async () =>
    // Opening a database that does not exist yet would create it empty, and the app could not add its store.
    (await indexedDB.databases()).some((database) => database.name === 'cap-quartiers-cache')
      ? new Promise<number | null>((resolve) => {
          const open = indexedDB.open('cap-quartiers-cache');
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('queries')) return resolve(null);
            const get = db.transaction('queries').objectStore('queries').get('queries:/data');
            get.onerror = () => resolve(null);
            get.onsuccess = () => {
              const cache = get.result as
                | { savedAt: number; clientState: { queries: unknown[] } }
                | undefined;
              // The four documents of the contract and the territories' perimeters and statistics.
              resolve(cache?.clientState.queries.length === 6 ? cache.savedAt : null);
            };
          };
        })
      : null,
  );

/**
 * Cuts the data files off in Chromium's network stack, as a dropped connection does: their requests fail at
 * once (Playwright's page.route would answer them from the test process, later). The app's own files still load.
 */
const cutDataNetwork = async (page: Page) => {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setBlockedURLs', { urls: ['*/data/*'] });
  return { restore: () => session.send('Network.setBlockedURLs', { urls: [] }) };
};

const chart = (page: Page) =>
  page
    .locator('figure')
    .filter({ has: page.getByRole('heading', { name: 'Couverture et avancement par pilier et axe' }) })
    .locator('.recharts-bar-rectangle')
    .first();

/**
 * On the demo build: the production app with the generated data files beside it (the production build's
 * real files have no actions.json, hence no chart). The first test cuts the data requests only, as a
 * dropped connection to a data server; the second stops the server itself, where the app's own files come
 * from its service worker.
 */
describe('Offline: the last data saved in the browser', () => {
  it('shows the saved figures within 1 s of the load, with a dated banner, and recovers with "Réessayer"', async () => {
    const page = await openPage('/', undefined, {
      build: 'demo',
      beforeGoto: (page) => watchAppearances(page, WATCHED),
    });
    await chart(page).waitFor();
    await expect.poll(() => savedAt(page), { timeout: 10_000 }).not.toBeNull();
    const saved = (await savedAt(page)) as number;

    const network = await cutDataNetwork(page);
    await page.reload({ waitUntil: 'load' });
    const banner = page.locator('.offline-banner');
    await banner.waitFor();
    await chart(page).waitFor();
    const timings = await page.evaluate(
      (): Record<string, number> => ({
        ...window.__appeared,
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      }),
    );
    const afterLoad = (name: keyof typeof WATCHED) =>
      (timings[name] ?? Number.POSITIVE_INFINITY) - (timings.load ?? 0);
    expect(afterLoad('banner')).toBeLessThan(1_000);
    expect(afterLoad('figures')).toBeLessThan(1_000);
    expect(afterLoad('chart')).toBeLessThan(1_000);
    expect(timings.error).toBeUndefined();

    await expect
      .poll(() => banner.textContent())
      .toContain(`Hors ligne : affichage des données enregistrées le ${localDateTime(saved)}`);
    expect(await page.locator('[role="status"]').filter({ has: banner }).count()).toBe(1);
    expect(await page.locator('.header-date').textContent()).toMatch(/^Données au \d+/);
    await expectNoAxeViolations(page);

    // Once the app's own retries are over (the button says "Nouvel essai…" meanwhile), the network comes
    // back: "Réessayer" loads the data, and the banner goes.
    const retry = banner.getByRole('button', { name: 'Réessayer' });
    await retry.waitFor({ timeout: 10_000 });
    expect(await retry.isEnabled()).toBe(true);
    await network.restore();
    await retry.click();
    await banner.waitFor({ state: 'detached' });
    await chart(page).waitFor();
    await page.context().close();
  });

  it('reopens with no server at all: the app from its service worker, the figures from the saved data', async () => {
    // A server of its own, to be stopped: a dropped connection, for the app's files as for the data.
    const server = await startPreview('dist-demo');
    let stopped = false;
    try {
      const page = await openPage('/', undefined, { baseUrl: server.url });
      await chart(page).waitFor();
      // The worker is there once the page has loaded and the browser is idle; the data once saved.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect.poll(() => savedAt(page), { timeout: 10_000 }).not.toBeNull();

      await server.close();
      stopped = true;
      await page.reload();
      await page.locator('.offline-banner').waitFor();
      await chart(page).waitFor();
      expect(await page.locator('.error-state').count()).toBe(0);

      // Another route, typed in the address bar, and the presentation, whose code is loaded on demand.
      await page.goto(`${server.url}/quartiers/terre-rouge`);
      await waitForApp(page);
      await page.getByRole('heading', { level: 1, name: /Terre-Rouge/ }).waitFor();
      await page.goto(`${server.url}/presentation`);
      await page.locator('.presentation').waitFor();
      expect(await page.locator('.error-state').count()).toBe(0);
      await page.context().close();
    } finally {
      if (!stopped) await server.close();
    }
  });

  it('shows the error with its retry when nothing was saved', async () => {
    const page = await openPage('/', undefined, { build: 'demo', beforeGoto: cutDataNetwork });
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de charger' }).first();
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('le serveur ne répond pas');
    expect(await page.locator('.offline-banner').count()).toBe(0);
    await page.context().close();
  });
});
