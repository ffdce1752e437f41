/**
 * The rules of the app's service worker (./service-worker.ts), pure so that they are tested on their own.
 *
 * The worker keeps the app's own files (its HTML, scripts, styles and icon: the build lists them, see
 * scripts/vite/service-worker.ts), so that the dashboard opens without a network: in a meeting room whose
 * connection drops, a reload still shows the app, and the app shows the data it saved (features/offline/query-persistence.ts).
 * The data documents are not the worker's: the app's own offline cache dates them, and the banner says so.
 */

/** What the build writes into the worker: the files to keep, and a version that changes with any of them. */
export type PrecacheManifest = {
  version: string;
  /** Absolute paths, e.g. "/assets/index-3f2a.js"; the HTML page as "/index.html". */
  files: string[];
  /** The app's page, served for any of its routes when the network cannot be reached. */
  index: string;
};

const CACHE_PREFIX = 'cap-quartiers-app-';

export const cacheNameOf = (manifest: PrecacheManifest) => `${CACHE_PREFIX}${manifest.version}`;

/** The caches an older worker left: this app's, under another version (other caches are not ours). */
export const staleCaches = (names: readonly string[], manifest: PrecacheManifest) =>
  names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheNameOf(manifest));

export type RequestKind = 'page' | 'file' | 'other';

/** ".json", ".csv", ".xlsx": not ".1", which ends the route of an objective (/objectifs/P2.3.1). */
const FILE_EXTENSION = /\.[a-z][a-z0-9]{1,4}$/i;

/**
 * How the worker answers a request:
 * - `page`: a visit to one of the app's routes (a path without a file extension, or its page itself): the
 *   network first (a new version of the app is seen at once), the kept page when it cannot be reached;
 * - `file`: one of the app's files, named by its content: from the cache, which never holds a stale one;
 * - `other`: anything else (the data documents above all, another origin, a POST): not the worker's business,
 *   left to the browser as if there were no worker.
 */
export const requestKind = (
  request: { method: string; mode: string; url: string },
  origin: string,
  manifest: PrecacheManifest,
): RequestKind => {
  if (request.method !== 'GET') return 'other';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'other';
  const known = manifest.files.includes(url.pathname);
  // A route of the app has no file extension; a document opened in the tab (/data/actions.json) is not
  // one of its pages, and must not get the app's page in its place when the network is down.
  if (
    request.mode === 'navigate' &&
    (url.pathname === manifest.index || !FILE_EXTENSION.test(url.pathname))
  ) {
    return 'page';
  }
  return known ? 'file' : 'other';
};

/**
 * How long a visit waits for the network before the kept page is shown instead: a server that does not
 * answer must not leave the room in front of a blank screen.
 */
export const PAGE_NETWORK_TIMEOUT_MS = 4_000;
