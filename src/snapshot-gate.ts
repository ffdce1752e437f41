/**
 * The snapshot's gate: a classic script in a prerendered page's <head> (scripts/prerender.ts), a few
 * kilobytes, run as the HTML is read, long before the app's code: it asks for the documents and checks them
 * while the browser reads the rest of the page (the snapshot's variants, at the end of its body). It puts the prerendered first
 * screen on the page only when it is proven to be what the app is about to draw (src/lib/snapshot-protocol.ts):
 * - the address is the snapshot's page, unfiltered;
 * - the published documents are those it was made from: it downloads them (the page preloads them; the app
 *   then reads these same responses, see src/lib/early-responses.ts) and compares their fingerprint;
 * - this browser holds no imported programmation;
 * - one of its variants was drawn at this screen's chart widths.
 * Until then the snapshot stays in its <template>s, which are not part of the document: an outdated figure is
 * never on the page, not even hidden. On any doubt it is dropped, and the app renders as it does without one.
 */
import {
  EARLY_RESPONSES_GLOBAL,
  fingerprintOf,
  MEASURING_CLASS,
  PLOT_WIDTH_ATTRIBUTE,
  ROOT_BEHIND_CLASS,
  SNAPSHOT_CONTAINER_ID,
  SNAPSHOT_EVENT,
  SNAPSHOT_INFO_ID,
  SNAPSHOT_REFUSAL_ATTRIBUTE,
  SNAPSHOT_STATE_ATTRIBUTE,
  SNAPSHOT_TEMPLATE_SELECTOR,
  SNAPSHOT_VARIANT_ATTRIBUTE,
  type SnapshotInfo,
  type SnapshotRefusal,
  type SnapshotState,
  STYLE_ATTRIBUTE,
  sameWidth,
  snapshotShowsView,
} from './lib/snapshot-protocol';

const html = document.documentElement;

const announce = (state: SnapshotState, refusal?: SnapshotRefusal) => {
  html.setAttribute(SNAPSHOT_STATE_ATTRIBUTE, state);
  if (refusal) html.setAttribute(SNAPSHOT_REFUSAL_ATTRIBUTE, refusal);
  document.dispatchEvent(new CustomEvent(SNAPSHOT_EVENT, { detail: { state, refusal } }));
};

/** Once the whole HTML is read: the variants, at the end of the body, are there. */
const parsed = () =>
  document.readyState !== 'loading'
    ? Promise.resolve()
    : new Promise<void>((resolve) =>
        document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
      );

const dropTemplates = () =>
  parsed().then(() => {
    for (const template of document.querySelectorAll(SNAPSHOT_TEMPLATE_SELECTOR)) template.remove();
  });

const refuse = (refusal: SnapshotRefusal) => {
  document.getElementById(SNAPSHOT_CONTAINER_ID)?.remove();
  void dropTemplates();
  announce('refused', refusal);
};

/** The documents' texts, or null when one cannot be read as the app would read it. */
const readDocuments = async (responses: Promise<Response>[]) => {
  try {
    return await Promise.all(
      responses.map(async (pending) => {
        const response = await pending;
        if (!response.ok) throw new Error(String(response.status));
        // A clone: the app reads the response itself.
        return response.clone().text();
      }),
    );
  } catch {
    return null;
  }
};

/**
 * Whether this browser keeps an imported programmation for this contract. Never creates the database (opening
 * one that does not exist would create it empty, and the app's store could then never be made): where the
 * browser cannot list its databases, the answer is yes, the safe side.
 */
const hasLocalDataset = async ({ database, store, key }: SnapshotInfo['localDataset']) => {
  if (typeof indexedDB === 'undefined') return false;
  try {
    if (typeof indexedDB.databases !== 'function') return true;
    const databases = await indexedDB.databases();
    if (!databases.some((item) => item.name === database)) return false;
    return await new Promise<boolean>((resolve) => {
      const request = indexedDB.open(database);
      request.onerror = () => resolve(true);
      request.onblocked = () => resolve(true);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(store)) {
          db.close();
          resolve(false);
          return;
        }
        const count = db.transaction(store, 'readonly').objectStore(store).count(key);
        count.onsuccess = () => {
          db.close();
          resolve(count.result > 0);
        };
        count.onerror = () => {
          db.close();
          resolve(true);
        };
      };
    });
  } catch {
    return true;
  }
};

/** The style attributes set aside by the prerender, set again through the CSSOM (which the CSP allows). */
const restoreStyles = (container: HTMLElement) => {
  for (const element of container.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE_ATTRIBUTE}]`)) {
    element.style.cssText = element.getAttribute(STYLE_ATTRIBUTE) ?? '';
    element.removeAttribute(STYLE_ATTRIBUTE);
  }
};

/** Whether every chart of the laid-out variant has the width it was drawn at. */
const widthsMatch = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>(`[${PLOT_WIDTH_ATTRIBUTE}]`)].every((plot) =>
    sameWidth(plot.getBoundingClientRect().width, Number(plot.getAttribute(PLOT_WIDTH_ATTRIBUTE))),
  );

/**
 * Lays out each variant in turn, nearest viewport width first, hidden, and keeps the first whose charts have
 * their drawn widths; all in one task, so that the browser paints none of the tries.
 */
const placeVariant = (root: HTMLElement): HTMLElement | null => {
  const variants = [...document.querySelectorAll<HTMLTemplateElement>(SNAPSHOT_TEMPLATE_SELECTOR)];
  const width = html.clientWidth;
  variants.sort(
    (a, b) =>
      Math.abs(Number(a.getAttribute(SNAPSHOT_VARIANT_ATTRIBUTE)) - width) -
      Math.abs(Number(b.getAttribute(SNAPSHOT_VARIANT_ATTRIBUTE)) - width),
  );
  const container = document.createElement('div');
  container.id = SNAPSHOT_CONTAINER_ID;
  container.className = MEASURING_CLASS;
  root.before(container);
  for (const variant of variants) {
    container.replaceChildren(variant.content.cloneNode(true));
    restoreStyles(container);
    if (widthsMatch(container)) return container;
  }
  container.remove();
  return null;
};

const run = async () => {
  const infoElement = document.getElementById(SNAPSHOT_INFO_ID);
  if (!infoElement) return;
  const info = JSON.parse(infoElement.textContent ?? '') as SnapshotInfo;
  // Read once: the page keeps no script element but its files.
  infoElement.remove();
  announce('pending');
  if (!snapshotShowsView(info.path, window.location)) return refuse('view');

  // The same requests as the app's (src/lib/fetch-json.ts), so that they take the page's preloads.
  const responses = info.documents.map((url) => fetch(url, { headers: { Accept: 'application/json' } }));
  (window as unknown as Record<string, unknown>)[EARLY_RESPONSES_GLOBAL] = new Map(
    info.documents.map((url, index) => [url, responses[index]]),
  );

  const [texts, local] = await Promise.all([readDocuments(responses), hasLocalDataset(info.localDataset)]);
  if (!texts || fingerprintOf(texts) !== info.fingerprint) return refuse('stale');
  if (local) return refuse('local-data');
  await parsed();
  const root = document.getElementById('root');
  if (!root) return refuse('view');
  if (root.childElementCount > 0) return refuse('late');

  const container = placeVariant(root);
  if (!container) return refuse('width');
  void dropTemplates();
  container.dataset.charts = String(info.charts);
  // A picture of the first screen until the app takes over: nothing in it can be focused or clicked (a click on
  // a filter would be lost), and assistive technologies read the app itself a moment later.
  container.inert = true;
  container.classList.remove(MEASURING_CLASS);
  root.classList.add(ROOT_BEHIND_CLASS);
  announce('shown');
};

run().catch(() => refuse('stale'));
