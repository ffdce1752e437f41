import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEnv } from '../../scripts/support/with-env';
import { dataDownloads, firstDrawnChart, setupBrowser } from './support/page';
import { startPreview } from './support/preview-server';

// A production build whose data live on another origin (VITE_DATA_URL), as a city's data server would
// serve them: the demo's generated files, with the CORS header such a server must send.
const root = resolve(import.meta.dirname, '../..');
let dataServer: Server;
let app: Awaited<ReturnType<typeof startPreview>>;
let dataUrl = '';
const { openPage } = setupBrowser();
const outDir = join(tmpdir(), `cap-quartiers-cross-origin-${process.pid}`);

beforeAll(async () => {
  dataServer = createServer((request, response) => {
    const name = request.url?.match(/^\/contrat\/(meta|objectives|territories|actions)\.json$/)?.[1];
    if (!name) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(readFileSync(join(root, 'dist-demo/data', `${name}.json`)));
  });
  await new Promise<void>((done) => dataServer.listen(0, '127.0.0.1', done));
  const { port } = dataServer.address() as AddressInfo;
  dataUrl = `http://127.0.0.1:${port}/contrat/`;
  // Vitest sets NODE_ENV=test, with which Vite builds in development mode: the app would carry MSW and try
  // to register its worker. A production build is what a host serves.
  await withEnv({ VITE_DATA_URL: dataUrl, NODE_ENV: 'production' }, () =>
    build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    }),
  );
  // The same checks as every production build: no MSW, no source maps.
  execFileSync('bash', [join(root, 'scripts/check-dist.sh'), outDir], { cwd: root });
  app = await startPreview(outDir);
});

afterAll(async () => {
  await app?.close();
  await new Promise((done) => dataServer?.close(done));
  rmSync(outDir, { recursive: true, force: true });
});

describe('Production build reading its data from another origin (VITE_DATA_URL)', () => {
  it('loads the contract and its actions from that server', async () => {
    const page = await openPage('/objectifs', undefined, { baseUrl: app.url });
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) dataRequests.push(new URL(request.url()).origin);
    });
    await page.reload();
    await page.getByText(/actions publiées, programmations 2015 à 2023/).waitFor();
    expect(new Set(dataRequests).size).toBe(1);
    expect(dataRequests[0]).not.toBe(new URL(app.url).origin);
    await page.context().close();
  });

  it('downloads each document once, from the page’s preloads, on that server too (CORS)', async () => {
    const page = await openPage('/', undefined, { baseUrl: app.url });
    await firstDrawnChart(page);
    expect(await dataDownloads(page)).toEqual(
      ['actions', 'meta', 'objectives', 'territories'].map((name) => ({
        url: `${dataUrl}${name}.json`,
        initiator: 'link',
      })),
    );
    await page.context().close();
  });
});
