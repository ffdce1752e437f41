import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Action } from '../../src/domain/action';
import { HOSTILE_TEXTS as HOSTILE } from '../support/hostile-text';
import { buildXlsx } from '../support/spreadsheet-files';
import { download, firstDrawnChart, setupBrowser, waitForApp } from './support/page';

const { openPage } = setupBrowser();

type Violation = { path: string; directive: string; blocked: string; sample: string };

/**
 * Opens a page that reports every Content-Security-Policy violation: the `securitypolicyviolation` events
 * of every document it loads (recorded from before the app's first script), and Chromium's console errors
 * about the policy (a blocked worker or image also logs there).
 */
const openWatched = async (
  path: string,
  {
    build = 'production',
    beforeGoto,
  }: { build?: 'production' | 'demo'; beforeGoto?: (page: Page) => unknown } = {},
) => {
  const violations: Violation[] = [];
  const consoleErrors: string[] = [];
  const page = await openPage(
    path,
    { width: 1280, height: 900 },
    {
      build,
      beforeGoto: async (page) => {
        await page.exposeFunction('__reportCspViolation', (violation: Violation) =>
          violations.push(violation),
        );
        await page.addInitScript(() => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => {
              (
                window as unknown as { __reportCspViolation: (violation: Violation) => void }
              ).__reportCspViolation({
                path: location.pathname,
                directive: event.effectiveDirective,
                blocked: event.blockedURI,
                sample: event.sample,
              });
            },
            true,
          );
        });
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            consoleErrors.push(message.text());
        });
        await beforeGoto?.(page);
      },
    },
  );
  /** Violations are reported asynchronously: let the page settle before reading them. */
  const expectNoViolation = async () => {
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    expect({ violations, consoleErrors }).toEqual({ violations: [], consoleErrors: [] });
  };
  return { page, expectNoViolation };
};

/** Clicks a button that saves a file and waits for the download; the file's bytes. */
/** The sources of each directive of a serialized policy. */
const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );

const ROUTES = [
  '/',
  '/piliers/P2',
  '/axes/T1',
  '/quartiers/terre-rouge',
  '/actions',
  '/depuis-le-dernier-comite',
  '/rapport-annuel?annee=2023',
  '/objectifs',
  '/objectifs/P2.3.1',
  '/donnees',
  '/sigles',
  '/accessibilite',
  '/presentation',
  '/cette-page-n-existe-pas',
];

describe('Content-Security-Policy of the build', () => {
  it.each(['production', 'demo'] as const)(
    'the %s build’s index.html starts its <head> with a policy that allows no inline script',
    async (build) => {
      const response = await fetch(`${inject(build === 'demo' ? 'demoBaseUrl' : 'baseUrl')}/`);
      const html = await response.text();
      const meta = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      expect(meta, 'the first element of <head> is the policy').not.toBeNull();
      const policy = meta?.[1] ?? '';
      const directives = directivesOf(policy);
      for (const [name, sources] of [
        ['default-src', ["'self'"]],
        ['script-src', ["'self'"]],
        ['object-src', ["'none'"]],
        ['base-uri', ["'self'"]],
      ] as const)
        expect(directives.get(name)).toEqual(sources);
      // Whatever else the policy holds, scripts are never inline nor evaluated from text.
      expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
      // And the page needs none: every script of index.html is a file, but the prerendered first screen's
      // description (scripts/prerender.ts), a JSON data block that no browser runs.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        if (/\stype="application\/json"/.test(attributes ?? '')) {
          expect(attributes).not.toMatch(/\ssrc=/);
          expect(() => JSON.parse(body ?? '')).not.toThrow();
          continue;
        }
        expect(attributes).toMatch(/\ssrc="/);
        expect(body?.trim()).toBe('');
      }
      expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+=/i);

      // vite preview repeats it as a header, with what a <meta> cannot say.
      expect(response.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it.each(['production', 'demo'] as const)(
    'every page of the %s build loads without a policy violation',
    async (build) => {
      const { page, expectNoViolation } = await openWatched('/', { build });
      for (const path of ROUTES) {
        await page.goto(new URL(path, page.url()).href);
        await waitForApp(page);
        await page.locator('h1').first().waitFor();
        await expectNoViolation();
      }
      await page.context().close();
    },
    // Thirteen pages, each waited for until the network is idle.
    60_000,
  );

  it('exports a chart as PNG, SVG and CSV, and the actions as CSV, without a policy violation (demo build)', async () => {
    const { page, expectNoViolation } = await openWatched('/', { build: 'demo' });
    const { figure, title } = await firstDrawnChart(page);
    for (const format of ['image PNG', 'image SVG', 'tableau CSV']) {
      const { bytes } = await download(
        page,
        figure.getByRole('button', { name: `Exporter « ${title} » en ${format}`, exact: true }),
      );
      expect(bytes.length).toBeGreaterThan(0);
    }
    await expectNoViolation();

    await page.goto(new URL('/actions', page.url()).href);
    await page.locator('.actions-table th.action-title').first().waitFor();
    const { bytes: csv } = await download(
      page,
      page.getByRole('button', { name: 'Exporter en CSV : exporter « Actions retenues »' }),
    );
    expect(csv.length).toBeGreaterThan(0);
    await expectNoViolation();
    await page.context().close();
  });

  it('reads a large workbook (unzipped in a worker) and saves the templates without a policy violation (demo build)', async () => {
    const { page, expectNoViolation } = await openWatched('/donnees', { build: 'demo' });
    const panel = page.getByRole('region', { name: 'Importer la programmation' });
    await panel.waitFor();
    for (const name of ['Télécharger le modèle Excel (.xlsx)', 'Télécharger le modèle CSV']) {
      expect((await download(page, panel.getByRole('button', { name }))).bytes.length).toBeGreaterThan(0);
    }
    // Big enough that fflate inflates its sheet in a worker (more than 512 kB unzipped), not on the page.
    const headers = ['Année', 'Intitulé de l’action', 'Porteur', 'Type de porteur', 'Quartier(s)'];
    const more = ['Objectif(s) opérationnel(s)', 'Statut', 'Avancement (%)', 'Coût total'];
    const rows = Array.from({ length: 4000 }, (_, index) => [
      2024,
      `Action importée n° ${index + 1}`,
      'Association Médiation Lot',
      'Association',
      'Terre-Rouge',
      'P3.2.3',
      'En cours',
      0.4,
      12500,
    ]);
    const workbook = await buildXlsx([{ name: 'Programmation', rows: [[...headers, ...more], ...rows] }]);
    await panel.getByLabel('Choisir un fichier (.xlsx ou .csv)').setInputFiles({
      name: 'programmation.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook),
    });
    const report = panel.getByRole('region', { name: 'Résultat de la lecture' });
    await report.waitFor({ timeout: 20_000 });
    expect(await report.textContent()).toMatch(/4\s000 lignes lues/);
    await expectNoViolation();
    await page.context().close();
  }, 45_000);
});

/** The demo's actions with hostile free text: every title carries them all, each holder and public one. */
const hostileActions = (actions: Action[]) =>
  actions.map((action, index) => {
    const hostile = HOSTILE[index % HOSTILE.length];
    return {
      ...action,
      title: `${HOSTILE.join(' ')} ${action.title}`,
      porteur: { ...action.porteur, name: `${hostile} ${action.porteur.name}` },
      targetPublic: hostile,
    };
  });

describe('Hostile text in the data (demo build)', () => {
  it('shows titles full of markup as text, and nothing runs', async () => {
    const dialogs: string[] = [];
    const { page, expectNoViolation } = await openWatched('/actions', {
      build: 'demo',
      beforeGoto: async (page) => {
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.route('**/data/actions.json', async (route) => {
          const response = await route.fetch();
          const { actions } = (await response.json()) as { actions: Action[] };
          await route.fulfill({ response, json: { actions: hostileActions(actions) } });
        });
        await page.route('**/data/territories.json', async (route) => {
          const response = await route.fetch();
          const document = (await response.json()) as { territories: { id: string; name: string }[] };
          await route.fulfill({
            response,
            json: {
              territories: document.territories.map((territory) =>
                territory.id === 'terre-rouge'
                  ? { ...territory, name: `${HOSTILE[2]} Terre-Rouge` }
                  : territory,
              ),
            },
          });
        });
      },
    });
    const injected = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter(
            (element) =>
              element.matches('img[src="x"], script:not([src]), iframe, object, embed') ||
              [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
          )
          .map((element) => element.outerHTML.slice(0, 80)),
      );

    const titles = page.locator('.actions-table th.action-title');
    await titles.first().waitFor();
    const shown = (await titles.allTextContents()).join('\n');
    for (const hostile of HOSTILE) expect(shown).toContain(hostile);
    expect(await injected()).toEqual([]);

    // In a chart's SVG text too, and in the chart's exported file.
    await page.goto(new URL('/', page.url()).href);
    await waitForApp(page);
    const chart = page
      .locator('figure.chart-figure')
      .filter({ has: page.getByRole('heading', { name: 'Couverture et avancement par quartier' }) });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('svg text').allTextContents()).toContain(`${HOSTILE[2]} Terre-Rouge`);
    const svg = (
      await download(
        page,
        chart.getByRole('button', {
          name: /^Exporter « Couverture et avancement par quartier » en image SVG$/,
        }),
      )
    ).bytes.toString('utf8');
    // Parsed in a blank page: a document made by DOMParser in the app's page would fall under its policy,
    // and the chart's style attributes in the file would be reported as violations of the page.
    const blank = await page.context().newPage();
    const exported = await blank.evaluate((text) => {
      const file = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        texts: [...file.querySelectorAll('text')].map((text) => text.textContent),
        injected: [...file.querySelectorAll('*')].filter(
          (element) =>
            ['script', 'img', 'foreignObject', 'iframe'].includes(element.localName) ||
            [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
        ).length,
      };
    }, svg);
    await blank.close();
    expect(exported.texts).toContain(`${HOSTILE[2]} Terre-Rouge`);
    expect(exported.injected).toBe(0);

    await page.goto(new URL('/objectifs/P2.3.1', page.url()).href);
    await page.getByRole('heading', { name: /^Actions \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('table', { name: /Actions de l’objectif/ }).textContent()).toContain(
      HOSTILE.join(' '),
    );
    expect(await injected()).toEqual([]);
    await expectNoViolation();
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
