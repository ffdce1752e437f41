/**
 * A built app served as a static host serves it: its files; a route of the app as its prerendered page
 * (`/piliers/P2` → `piliers/P2.html`, as `vite preview` and `try_files $uri $uri.html /index.html` do); any
 * other route as index.html; a missing file as a 404. Plain node:http, no caching, for the prerender and the
 * bench. `override` answers some paths with other content (the bench's generated programmations).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
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

export const contentType = (file: string) => types[extname(file)] ?? 'application/octet-stream';

const fileIn = (root: string, path: string) => {
  let file: string;
  try {
    file = normalize(join(root, decodeURIComponent(path)));
  } catch {
    return null;
  }
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
};

export const send = (response: ServerResponse, status: number, body: Buffer | string, type: string) => {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
};

/** The file that answers `path` in `dir`, or null for a 404. */
export const resolveStatic = (dir: string, path: string): string | null => {
  const file = fileIn(dir, path);
  if (file) return file;
  if (extname(path) !== '' && !/\.\d+$/.test(path)) return null;
  return fileIn(dir, `${path.replace(/\/+$/, '')}.html`) ?? join(dir, 'index.html');
};

export type StaticServer = { url: string; close: () => Promise<void> };

export const startStaticServer = async (
  dir: string,
  override?: (path: string, response: ServerResponse) => boolean,
): Promise<StaticServer> => {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] as string;
    if (override?.(path, response)) return;
    const file = resolveStatic(dir, path);
    if (!file) return send(response, 404, 'introuvable', 'text/plain; charset=utf-8');
    send(response, 200, readFileSync(file), contentType(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
