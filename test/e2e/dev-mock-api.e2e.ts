import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupBrowser } from './support/page';

// Development mode: the Vite dev server, where MSW's worker answers the data requests with generated data.
const { openPage } = setupBrowser();
let server: ViteDevServer;
let baseUrl: string;

beforeAll(async () => {
  const root = resolve(import.meta.dirname, '../..');
  server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  await server.listen();
  baseUrl = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
});

afterAll(async () => {
  await server?.close();
});

const open = (path: string) => openPage(path, undefined, { baseUrl });

describe('Mock API in development (Vite dev server + MSW worker)', () => {
  it('serves the generated programmation, labelled as fictitious', async () => {
    const page = await open('/objectifs');
    await page.getByText(/actions publiées, programmations 2015 à 2023/).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Données fictives de démonstration', { exact: true }).count()).toBe(1);
    const workers = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistrations()).length,
    );
    expect(workers).toBe(1);
    await page.context().close();
  });

  it('plays a failure mode given in the address, then drops the mock params from it', async () => {
    const page = await open('/objectifs?mock-failure=http-500');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/erreur 500/);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('switches to 10 000 actions from the development panel', async () => {
    const page = await open('/objectifs');
    await page.getByText(/actions publiées/).waitFor({ timeout: 20_000 });
    await page.getByText('Données fictives (développement)').click();
    await page.getByLabel('Volume d’actions').selectOption('10000');
    await page.getByRole('button', { name: 'Appliquer et recharger les données' }).click();
    await page.getByText(/^10\s000 actions publiées/).waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
