/**
 * What the build's prerendered first screen (scripts/prerender.ts), the small script that decides whether it
 * may be shown (src/snapshot-gate.ts) and the app that takes over from it (src/app/snapshot-handover.ts)
 * agree on. No React, no zod: the gate loads before everything and must stay a few kilobytes.
 *
 * The rule they keep: a figure of the snapshot is shown only once it is proven to be the figure the app would
 * draw: the same page, unfiltered, from the same published documents (their fingerprint), at the same chart
 * widths, in a browser holding no imported programmation. Anything else and the snapshot never enters the
 * page: it stays in a <template>, whose content is not part of the document.
 */

/** `<html data-cq-snapshot="…">`: where the snapshot stands. The browser tests and the bench read it too. */
export const SNAPSHOT_STATE_ATTRIBUTE = 'data-cq-snapshot';

export type SnapshotState =
  /** The gate is checking the published documents. */
  | 'pending'
  /** The snapshot is on screen; the app renders behind it. */
  | 'shown'
  /** The app has taken over: the snapshot is gone. */
  | 'handed-over'
  /** The snapshot was not shown (see SnapshotRefusal); the app renders as it would without one. */
  | 'refused';

export type SnapshotRefusal =
  /** Another page than the snapshot's, or a filtered view (a query string). */
  | 'view'
  /** The published documents are not those the snapshot was made from, or could not be read. */
  | 'stale'
  /** This browser shows a programmation imported from a spreadsheet instead of the published one. */
  | 'local-data'
  /** No variant was made at this screen's chart widths. */
  | 'width'
  /** The app had rendered before the check ended. */
  | 'late';

/** `<html data-cq-snapshot-refused="stale">`: why, when refused. */
export const SNAPSHOT_REFUSAL_ATTRIBUTE = 'data-cq-snapshot-refused';

/** Fired on `document` when the gate has decided (state `shown` or `refused`). */
export const SNAPSHOT_EVENT = 'cq-snapshot';

/** The `<script type="application/json">` that describes the page's snapshot (SnapshotInfo). */
export const SNAPSHOT_INFO_ID = 'cq-snapshot-info';

/** Each variant of the first screen is a <template> with this attribute: the viewport width it was captured at. */
export const SNAPSHOT_VARIANT_ATTRIBUTE = 'data-cq-snapshot-variant';
export const SNAPSHOT_TEMPLATE_SELECTOR = `template[${SNAPSHOT_VARIANT_ATTRIBUTE}]`;

/** The element the chosen variant is put in, before the app's root. */
export const SNAPSHOT_CONTAINER_ID = 'cq-snapshot';

/** On the app's root while the snapshot is shown: laid out (its charts measure their width), unseen. */
export const ROOT_BEHIND_CLASS = 'snapshot-behind';

/** On the snapshot's container while its variants are tried: laid out to be measured, never painted. */
export const MEASURING_CLASS = 'snapshot-measuring';

/** Each chart's drawing box in a variant carries the width it was drawn at, in px. */
export const PLOT_WIDTH_ATTRIBUTE = 'data-cq-plot-width';

/**
 * Style attributes of the captured page, moved aside: the Content-Security-Policy (style-src 'self') refuses
 * a style attribute written in the HTML, not one set through the CSSOM, which the gate does.
 */
export const STYLE_ATTRIBUTE = 'data-cq-style';

/** Set by the prerender before the page loads: the page renders its first screen only (useAfterFirstPaint). */
export const CAPTURE_GLOBAL = 'capQuartiersCapture';

/** Where the gate leaves the documents' responses, for the app to read instead of downloading them again. */
export const EARLY_RESPONSES_GLOBAL = 'capQuartiersEarlyResponses';

/** The description of a page's snapshot, written by the prerender. */
export type SnapshotInfo = {
  /** The route it shows, e.g. "/piliers/P2" (with the app's base). */
  path: string;
  /** The documents it was made from, as the app requests them, in order. */
  documents: string[];
  /** fingerprintOf their texts. */
  fingerprint: string;
  /** The imported programmation's IndexedDB database, store and key (src/config/local-dataset-store.ts). */
  localDataset: { database: string; store: string; key: string };
  /** How many chart drawings (`.recharts-surface`) the snapshot holds: the app takes over once it has as many. */
  charts: number;
  /** When it was made (ISO date-time), for whoever reads the HTML. */
  builtAt: string;
};

/**
 * cyrb53 (public domain): a fast 53-bit hash of a string's UTF-16 code units. It tells whether a document is
 * the one a snapshot was made from, against accidents (a file replaced), not against an adversary, who could
 * as well replace the HTML. Written out because the Web Crypto digest is not there outside HTTPS.
 */
export const hashText = (text: string, seed = 0) => {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** A BOM is dropped as the browser's Response.text() drops it, so that the build and the page hash alike. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The fingerprint of a set of documents' texts, in order: each one's length and hash. */
export const fingerprintOf = (texts: readonly string[]) =>
  texts
    .map(withoutBom)
    .map((text) => `${text.length.toString(36)}.${hashText(text)}`)
    .join('-');

/**
 * Whether the snapshot of `snapshotPath` shows the view at this address: the same path (a trailing slash
 * aside) and no query string, since any parameter (a filter, a chart choice, the print view) changes what is
 * drawn. The fragment changes nothing.
 */
export const snapshotShowsView = (snapshotPath: string, location: { pathname: string; search: string }) => {
  const trim = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  return location.search === '' && trim(location.pathname) === trim(snapshotPath);
};

/** Widths equal to the half pixel: the charts are then drawn exactly as in the snapshot. */
export const sameWidth = (measured: number, recorded: number) => Math.abs(measured - recorded) < 0.5;
