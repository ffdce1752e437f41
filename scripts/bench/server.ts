/**
 * The benchmark's web server: the production build (with its fallback to index.html for the app's routes),
 * the reference page under /reference/, and the data files, where /data/actions.json is whatever programmation
 * the run is at (279 actions, then 1 000, 10 000, 100 000). Plain node:http, so that nothing but the files
 * is measured.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type BenchServer = {
  url: string;
  /** The text served as /data/actions.json from now on. */
  setActions: (json: string) => void;
  close: () => Promise<void>;
};

const fileIn = (root: string, path: string) => {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
};

export const startBenchServer = async ({
  appDir,
  referenceDir,
}: {
  appDir: string;
  referenceDir: string;
}): Promise<BenchServer> => {
  let actions = '{"actions":[]}\n';
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] as string;
    const send = (status: number, body: Buffer | string, type: string) => {
      // No caching between loads: each load of a measure starts in a new browser context anyway.
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (path === '/data/actions.json') return send(200, actions, types['.json'] as string);
    if (path.startsWith('/reference/')) {
      const file = fileIn(referenceDir, path.slice('/reference'.length)) ?? join(referenceDir, 'index.html');
      return send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
    }
    const file = fileIn(appDir, path);
    if (file) return send(200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
    // A missing file is a 404; any other path is a route of the app.
    if (extname(path) !== '') return send(404, 'introuvable', 'text/plain; charset=utf-8');
    return send(200, readFileSync(join(appDir, 'index.html')), types['.html'] as string);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setActions: (json) => {
      actions = json;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
