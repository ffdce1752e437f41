import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/support/static-server';
import { setupBrowser, waitForApp } from './support/page';

/**
 * The prerendered first screens of the demo build (scripts/prerender.ts, src/snapshot-gate.ts): shown before
 * the app's code has run, replaced by the app without a flash or a shift, and never when the published data
 * are not those they were made from.
 */
const { openPage } = setupBrowser();

const demoDir = resolve(import.meta.dirname, '../../dist-demo');
const publishedActions = () =>
  (JSON.parse(readFileSync(join(demoDir, 'data/actions.json'), 'utf8')) as { actions: unknown[] }).actions;
const fr = (value: number) => new Intl.NumberFormat('fr-FR').format(value).replace(/\s/g, ' ');

const snapshotState = (page: Page) =>
  page.evaluate(() => ({
    state: document.documentElement.getAttribute('data-cq-snapshot'),
    refused: document.documentElement.getAttribute('data-cq-snapshot-refused'),
  }));

/** The overview's « Actions » key figure, wherever it stands (the snapshot or the app). */
const ACTIONS_FIGURE = 'dl[aria-label="Chiffres clés"] div:first-child dd:first-of-type';

declare global {
  interface Window {
    __seen: {
      /** Every value the « Actions » key figure had in the document, from the first byte. */
      actionValues: string[];
      /** For each animation frame after the first bar was painted: whether a bar could be seen. */
      barVisible: boolean[];
      shifts: number;
      cspViolations: string[];
    };
  }
}

/**
 * Installed before anything of the page: a MutationObserver from the first byte (every value the key figure
 * takes in the document), every frame (whether a chart's bar is visible on screen), layout shifts, CSP refusals.
 */
const watchFromFirstByte = (page: Page, figureSelector: string) =>
  page.addInitScript((selector: string) => {
    window.__seen = { actionValues: [], barVisible: [], shifts: 0, cspViolations: [] };
    // The first in the page: the snapshot's while it is there (the app's root comes after it).
    const note = () => {
      const text = document.querySelector(selector)?.textContent;
      if (text !== undefined && window.__seen.actionValues.at(-1) !== text)
        window.__seen.actionValues.push(text);
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
    const visibleBar = () =>
      [...document.querySelectorAll('.recharts-bar-rectangle')].some((bar) => {
        const box = bar.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.bottom > 0 &&
          box.top < innerHeight &&
          bar.checkVisibility({ visibilityProperty: true })
        );
      });
    const frame = () => {
      note();
      const visible = visibleBar();
      if (visible || window.__seen.barVisible.length > 0) window.__seen.barVisible.push(visible);
      if (window.__seen.barVisible.length < 400) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        window.__seen.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__seen.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  }, figureSelector);

const seen = (page: Page) => page.evaluate(() => window.__seen);

describe('Prerendered first screen (demo build)', () => {
  it('shows the key figures and the first charts before the app’s code has run', async () => {
    const page = await openPage(
      '/',
      { width: 1280, height: 720 },
      {
        build: 'demo',
        app: false,
        // The app's entry never arrives: what shows is the HTML, and the gate alone.
        beforeGoto: async (page) => {
          await watchFromFirstByte(page, ACTIONS_FIGURE);
          await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
        },
      },
    );
    await page.locator('#cq-snapshot .recharts-bar-rectangle').first().waitFor();
    expect(await snapshotState(page)).toEqual({ state: 'shown', refused: null });
    expect(await page.locator(`#cq-snapshot ${ACTIONS_FIGURE}`).textContent()).toBe(
      fr(publishedActions().length),
    );
    expect(await page.locator('#cq-snapshot h1').textContent()).toBe('Vue d’ensemble');
    // Recharts' SVG, with its bars' values written beside them.
    expect(await page.locator('#cq-snapshot svg.recharts-surface').count()).toBeGreaterThanOrEqual(2);
    // A picture until the app takes over: nothing in it takes focus or a click.
    expect(await page.locator('#cq-snapshot').evaluate((element) => (element as HTMLElement).inert)).toBe(
      true,
    );
    expect((await seen(page)).cspViolations).toEqual([]);
    await page.context().close();
  });

  it('is replaced by the app without a flash, a shift or a console warning, and the app answers a click', async () => {
    const messages: string[] = [];
    const page = await openPage(
      '/',
      { width: 1920, height: 1080 },
      {
        build: 'demo',
        beforeGoto: async (page) => {
          page.on('console', (message) => {
            if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
          });
          page.on('pageerror', (error) => messages.push(error.message));
          await watchFromFirstByte(page, ACTIONS_FIGURE);
        },
      },
    );
    // openPage has waited for the app: the snapshot was shown, then handed over.
    expect(await snapshotState(page)).toEqual({ state: 'handed-over', refused: null });
    expect(await page.locator('#cq-snapshot').count()).toBe(0);
    expect(await page.locator('#root').getAttribute('class')).toBe('');
    await page.waitForFunction(() => window.__seen.barVisible.length >= 30);
    const watched = await seen(page);
    // From the first frame that showed a bar, a bar in every frame: the snapshot, then the app, never neither.
    expect(watched.barVisible.indexOf(false)).toBe(-1);
    expect(watched.actionValues).toEqual([fr(publishedActions().length)]);
    expect(watched.shifts).toBe(0);
    expect(watched.cspViolations).toEqual([]);
    // No React warning (hydration or other), no error.
    expect(messages).toEqual([]);

    // The app's own links: a pillar's page, rendered by the app without a new load.
    await page.getByRole('list', { name: 'Pages des piliers et axes' }).getByRole('link').first().click();
    await page.waitForURL(/\/(piliers|axes)\//);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Vue d’ensemble' }).waitFor();
    await page.context().close();
  });

  it('has a snapshot for each pillar and territory page, served from its own HTML file', async () => {
    for (const path of ['/piliers/P2', '/quartiers/terre-rouge', '/objectifs']) {
      const html = await (await fetch(`${inject('demoBaseUrl')}${path}`)).text();
      expect(html).toContain(`"path":"${path}"`);
      const page = await openPage(path, { width: 1280, height: 720 }, { build: 'demo' });
      expect(await snapshotState(page)).toEqual({ state: 'handed-over', refused: null });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.context().close();
    }
  });

  it('is not shown for a filtered view, at a width it was not drawn at, or beside an imported programmation', async () => {
    const filtered = await openPage('/?annee=2024', { width: 1280, height: 720 }, { build: 'demo' });
    expect(await snapshotState(filtered)).toEqual({ state: 'refused', refused: 'view' });
    await filtered.context().close();

    const narrow = await openPage('/', { width: 1400, height: 800 }, { build: 'demo' });
    expect(await snapshotState(narrow)).toEqual({ state: 'refused', refused: 'width' });
    expect(await narrow.locator('template[data-cq-snapshot-variant]').count()).toBe(0);
    await narrow.context().close();

    const page = await openPage('/donnees', { width: 1280, height: 720 }, { build: 'demo' });
    // What the import page stores (src/features/import/local-dataset.ts), written directly.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('cap-quartiers');
          request.onupgradeneeded = () => request.result.createObjectStore('imports');
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction('imports', 'readwrite');
            transaction.objectStore('imports').put(
              {
                version: 1,
                importedAt: new Date().toISOString(),
                fileName: 'programmation.xlsx',
                dataDate: '2023-11-30',
                actions: [],
              },
              'actions:/data',
            );
            transaction.oncomplete = () => {
              db.close();
              done();
            };
          };
        }),
    );
    await watchFromFirstByte(page, ACTIONS_FIGURE);
    await page.goto(new URL('/', page.url()).href);
    await waitForApp(page);
    expect(await snapshotState(page)).toEqual({ state: 'refused', refused: 'local-data' });
    expect((await seen(page)).actionValues).not.toContain(fr(publishedActions().length));
    await page.context().close();
  });

  it('the production build, with no action published, has none', async () => {
    const html = await (await fetch(`${inject('baseUrl')}/`)).text();
    expect(html).not.toContain('cq-snapshot-info');
  });
});

describe('Never a stale figure: actions.json replaced after the build, without a rebuild', () => {
  let dir: string;
  let server: StaticServer;
  let published: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cap-quartiers-stale-'));
    cpSync(demoDir, dir, { recursive: true });
    const actions = publishedActions();
    published = Math.round(actions.length / 2);
    writeFileSync(
      join(dir, 'data/actions.json'),
      `${JSON.stringify({ actions: actions.slice(0, published) })}\n`,
    );
    server = await startStaticServer(dir);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('never shows the snapshot’s figure, not even for a frame, and shows the published one', async () => {
    const page = await openPage(
      '/',
      { width: 1280, height: 720 },
      {
        baseUrl: server.url,
        beforeGoto: (page) => watchFromFirstByte(page, ACTIONS_FIGURE),
      },
    );
    const stale = fr(publishedActions().length);
    await page
      .locator(ACTIONS_FIGURE)
      .filter({ hasText: fr(published) })
      .waitFor();
    expect(await snapshotState(page)).toEqual({ state: 'refused', refused: 'stale' });
    const watched = await seen(page);
    // From the first byte: the key figure never held the snapshot's value, in the document or on screen.
    expect(watched.actionValues).not.toContain(stale);
    expect(watched.actionValues.at(-1)).toBe(fr(published));
    expect(await page.evaluate((text) => document.body.textContent?.includes(text), `${stale} actions`)).toBe(
      false,
    );
    // The snapshot's HTML was in the file, in templates only, and is gone.
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('data-cq-snapshot-variant');
    expect(await page.locator('template[data-cq-snapshot-variant]').count()).toBe(0);
    await page.context().close();
  });
});
