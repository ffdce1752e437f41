import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

describe('Production build on the real data files (no actions.json)', () => {
  it('shows the objective tree with the "aucune action publiée" state, and no figure', async () => {
    const page = await openPage('/objectifs');
    await page.getByRole('tree', { name: 'Arbre des objectifs' }).waitFor();
    await page.getByRole('heading', { name: 'Aucune action publiée' }).waitFor();
    expect(await page.getByText(/actions? publiées?,/).count()).toBe(0);
    expect(await page.getByText('Données fictives de démonstration').count()).toBe(0);
    expect(await page.getByText('Aucune donnée d’action publiée').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('never registers a mock service worker nor asks for one: its only worker is the app’s own', async () => {
    const page = await openPage('/objectifs', undefined);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.reload();
    await page.getByRole('heading', { name: 'Aucune action publiée' }).waitFor();
    const workers = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((registration) => {
        // A registration just made may have no worker yet: nothing to name then.
        const worker = registration.active ?? registration.waiting ?? registration.installing;
        return worker ? new URL(worker.scriptURL).pathname : null;
      }),
    );
    // The app's worker (it keeps the app's files for a reload without network) once the page is idle.
    expect(workers.filter((path) => path !== null && path !== '/service-worker.js')).toEqual([]);
    expect(requested.filter((url) => /mockServiceWorker/.test(url))).toEqual([]);
    // The real files are read from /data: the tree, the contract and its territories.
    expect(requested.some((url) => url.endsWith('/data/territories.json'))).toBe(true);
    await page.context().close();
  });

  it('explains on the data page how to publish the actions', async () => {
    const page = await openPage('/donnees');
    await page.getByRole('heading', { name: 'Données du tableau de bord', level: 1 }).waitFor();
    const actionsRow = page.getByRole('row', { name: /actions\.json/ });
    await expect.poll(() => actionsRow.textContent()).toMatch(/Non publié/);
    await page.getByRole('heading', { name: 'Publier les données' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('Demo build (npm run build:demo)', () => {
  it.each(['/objectifs', '/donnees', '/sigles', '/page-inexistante'])(
    'labels %s "Données fictives de démonstration"',
    async (path) => {
      const page = await openPage(path, undefined, { build: 'demo' });
      await page.getByText('Données fictives de démonstration', { exact: true }).first().waitFor();
      expect(await page.getByText('Données fictives de démonstration', { exact: true }).count()).toBe(1);
      await page.context().close();
    },
  );

  it('loads the generated programmation: actions counted, data date shown, no record rejected', async () => {
    const page = await openPage('/objectifs', undefined, { build: 'demo' });
    const status = page.getByText(/actions publiées, programmations 2015 à 2023/);
    await status.waitFor();
    const count = Number(
      (await status.textContent())?.match(/^([\d\s\u202f]+) actions/)?.[1]?.replace(/\D/g, ''),
    );
    // 25 to 45 actions a year over nine years.
    expect(count).toBeGreaterThanOrEqual(9 * 25);
    expect(count).toBeLessThanOrEqual(9 * 45);
    expect(await page.getByText(/^Données au /).textContent()).toMatch(/Données au \d{1,2} \p{L}+ 2023/u);
    expect(await page.getByText(/invalides? (a|ont) été écartés?/).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
