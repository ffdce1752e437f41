import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { PrecacheManifest } from '../../src/service-worker/precache';

/**
 * Builds the app's service worker (src/service-worker/service-worker.ts) as /service-worker.js beside the
 * app, with the list of the files it keeps written into it: every file of the build (its HTML page, scripts,
 * styles) and of public/ but the data documents (public/data/, which the app caches itself, dated).
 * The worker's name has no hash: browsers look for a new version of it at that address.
 */

export const SERVICE_WORKER_FILE = 'service-worker.js';
const PLACEHOLDER = /(["'`])__PRECACHE_MANIFEST__\1/;

/** The public/ files (paths from public/, with "/"), data documents left out. */
export const publicFiles = (publicDir: string): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(publicDir, path).split(sep).join('/')];
    });
  let files: string[];
  try {
    files = walk(publicDir);
  } catch {
    return [];
  }
  return files.filter((file) => !file.startsWith('data/'));
};

/**
 * The manifest of a build: `files` maps each file (its path in dist/) to its content; the paths served are
 * under `base`. The version is a hash of every name and content, so that any change makes a new worker.
 */
export const precacheManifest = (
  files: ReadonlyMap<string, string | Uint8Array>,
  base: string,
): PrecacheManifest => {
  const names = [...files.keys()]
    .filter((name) => name !== SERVICE_WORKER_FILE && !name.endsWith('.map'))
    .sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(name);
    hash.update('\0');
    hash.update(files.get(name) as string | Uint8Array);
    hash.update('\0');
  }
  return {
    version: hash.digest('hex').slice(0, 16),
    files: names.map((name) => `${base}${name}`),
    index: `${base}index.html`,
  };
};

/** The worker's code with its manifest written in (as a JSON string literal, which JSON.parse reads). */
export const injectManifest = (code: string, manifest: PrecacheManifest) => {
  if (!PLACEHOLDER.test(code))
    throw new Error(`${SERVICE_WORKER_FILE} : emplacement de la liste des fichiers introuvable`);
  return code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest)));
};

export const serviceWorker = (): Plugin => {
  let base = '/';
  let publicDir = '';
  return {
    name: 'cap-quartiers:service-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: resolve(import.meta.dirname, '../../src/service-worker/service-worker.ts'),
        fileName: SERVICE_WORKER_FILE,
      });
    },
    // After Vite's own generateBundle, which adds index.html to the bundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Map<string, string | Uint8Array>();
        for (const [name, item] of Object.entries(bundle))
          files.set(name, item.type === 'chunk' ? item.code : item.source);
        for (const name of publicFiles(publicDir)) files.set(name, readFileSync(join(publicDir, name)));
        const worker = bundle[SERVICE_WORKER_FILE];
        if (worker?.type !== 'chunk') throw new Error(`${SERVICE_WORKER_FILE} absent du build`);
        if (worker.imports.length > 0) {
          throw new Error(
            `${SERVICE_WORKER_FILE} importe ${worker.imports.join(', ')} : il doit tenir en un fichier`,
          );
        }
        worker.code = injectManifest(worker.code, precacheManifest(files, base));
      },
    },
  };
};
