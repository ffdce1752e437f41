/**
 * The app's service worker: built on its own as /service-worker.js (scripts/vite/service-worker.ts), with
 * the list of the build's files written in the place of PRECACHE_MANIFEST. Registered by the production
 * app only (app/register-service-worker.ts): development has MSW's worker, and nothing here.
 *
 * It never takes over a page already open (no clients.claim, no skipWaiting): a page keeps the files of its
 * own version, and a new version's worker waits until the pages of the old one are closed.
 */
import {
  cacheNameOf,
  PAGE_NETWORK_TIMEOUT_MS,
  type PrecacheManifest,
  requestKind,
  staleCaches,
} from './precache';

// The worker's events, from TypeScript's WebWorker library, which cannot share a project with the DOM one.
type ExtendableEvent = Event & { waitUntil: (promise: Promise<unknown>) => void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith: (response: Promise<Response>) => void };
type WorkerScope = {
  location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

// Replaced at build time by the manifest's JSON (a string literal survives minification; see the plugin).
const manifest = JSON.parse('__PRECACHE_MANIFEST__') as PrecacheManifest;
const cacheName = cacheNameOf(manifest);
const scope = self as unknown as WorkerScope;

scope.addEventListener('install', (event) => {
  // Every file or none: a half-filled cache would open an app missing a chunk.
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(manifest.files)));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, manifest).map((name) => caches.delete(name)))),
  );
});

// ignoreVary: servers answer with `Vary: Origin`, and the page asks for its modules with an Origin header
// that the worker's own requests (at install) did not carry. A file named by its content is the same file.
const keptPage = async () => (await caches.open(cacheName)).match(manifest.index, { ignoreVary: true });

/** The network's answer, or the kept page when the network fails, errs (5xx) or takes too long. */
const page = async (request: Request): Promise<Response> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PAGE_NETWORK_TIMEOUT_MS);
  });
  const network = fetch(request);
  // A network that fails after the kept page was given must not be reported as unhandled.
  network.catch(() => undefined);
  try {
    const answer = await Promise.race([network, tooLong]);
    if (answer !== 'timeout' && answer.status < 500) return answer;
    const kept = await keptPage();
    if (kept) return kept;
    return answer === 'timeout' ? network : answer;
  } catch (error) {
    const kept = await keptPage();
    if (kept) return kept;
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

const file = async (request: Request): Promise<Response> =>
  (await caches.match(request, { cacheName, ignoreVary: true })) ?? fetch(request);

scope.addEventListener('fetch', (event) => {
  const kind = requestKind(event.request, scope.location.origin, manifest);
  if (kind === 'page') event.respondWith(page(event.request));
  else if (kind === 'file') event.respondWith(file(event.request));
  // Anything else goes to the network as if there were no worker.
});
