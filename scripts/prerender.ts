/**
 * npm run prerender -- [--out dist] [--largeurs 1280,1366,1536,1920]
 *
 * Prerenders the first screen of the dashboard's pages from the data of the build ({out}/data), so that a
 * visit shows its key figures and first charts as soon as the HTML is read, before the app's code has run
 * (docs/performance.md). Run by `npm run build` and `npm run build:demo` after Vite.
 *
 * Each page (the overview, each pillar and axis, each territory, the objectives) is loaded from the build in
 * headless Chromium (Debian's, as the browser tests), once per screen width, and its first screen is kept as
 * the app drew it, Recharts' SVG included: {out}/index.html for the overview, {out}/piliers/P2.html and so on
 * for the others (the address without its .html, as `vite preview` and most static hosts answer). Each
 * variant goes into a <template>; the gate (src/snapshot-gate.ts, built here) puts one on the page only when
 * the published documents are still those it was made from and the charts' widths are those it was drawn at.
 *
 * Nothing is prerendered (and the build is as without this step) when the data are read from another
 * server (VITE_DATA_URL), when no action is published, or when Chromium is not installed (said, not failed).
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import {
  LOCAL_DATASET_DATABASE,
  LOCAL_DATASET_STORE,
  localDatasetKeyFor,
} from '../src/config/local-dataset-store';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { listDomains } from '../src/domain/objective-tree-queries';
import { territoriesDocumentSchema, territorySchema } from '../src/domain/territory';
import { domainPath, territoryPath } from '../src/features/dashboard/view-paths';
import {
  CAPTURE_GLOBAL,
  fingerprintOf,
  PLOT_WIDTH_ATTRIBUTE,
  SNAPSHOT_INFO_ID,
  SNAPSHOT_VARIANT_ATTRIBUTE,
  type SnapshotInfo,
  STYLE_ATTRIBUTE,
} from '../src/lib/snapshot-protocol';
import { chromiumPath, launchBrowser } from '../test/e2e/support/browser';
import { runWhenMain } from './support/cli';
import { escapeHtml } from './support/html';
import { startStaticServer } from './support/static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage : npm run prerender -- [--out dist] [--largeurs 1280,1366,1536,1920]';

/** The committee's projectors (1280×720, 1920×1080) and the commonest laptop screens. */
export const DEFAULT_VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1080 },
];

export type Args = { out: string; viewports: { width: number; height: number }[] };

export const parseArgs = (argv: readonly string[]): Args => {
  const args: Args = { out: join(root, 'dist'), viewports: DEFAULT_VIEWPORTS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--out' && value) {
      args.out = resolve(value);
      i++;
    } else if (flag === '--largeurs' && value) {
      const widths = value.split(',').map(Number);
      if (widths.some((width) => !Number.isInteger(width) || width < 320 || width > 3840))
        throw new Error(
          `--largeurs : des largeurs d’écran en pixels, entre 320 et 3840 (${value}).\n${usage}`,
        );
      args.viewports = widths.map((width) => ({ width, height: Math.round((width * 9) / 16) }));
      i++;
    } else throw new Error(`argument inconnu : ${flag}\n${usage}`);
  }
  return args;
};

/** The build's base and its data documents' URLs, as its index.html preloads them (scripts/vite/preload-data.ts). */
export const readBuild = (indexHtml: string) => {
  const entry = /<script type="module"[^>]*src="([^"]*?)assets\/[^"]+"/.exec(indexHtml);
  const documents = [...indexHtml.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map(
    (match) => match[1] as string,
  );
  return { base: entry?.[1] ?? '/', documents };
};

/** The pages whose first screen is prerendered: the overview, each pillar and axis, each territory, the tree. */
export const snapshotRoutes = (objectivesJson: string, territoriesJson: string) => {
  const tree = objectiveTreeSchema.parse(JSON.parse(objectivesJson));
  const { territories } = territoriesDocumentSchema.parse(JSON.parse(territoriesJson));
  return [
    '/',
    ...listDomains(tree).map(domainPath),
    // Those the app keeps: a record it leaves out has no page.
    ...territories.flatMap((record) => {
      const territory = territorySchema.safeParse(record);
      return territory.success ? [territoryPath(territory.data.id)] : [];
    }),
    '/objectifs',
  ];
};

/** JSON inside a <script>: a "<" could close it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Builds the gate as one classic script, named by its content like Vite's files. */
const buildGate = async (out: string, base: string) => {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(root, 'src/snapshot-gate.ts'),
        formats: ['iife'],
        name: 'capQuartiersSnapshotGate',
        fileName: () => 'snapshot-gate.js',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { code?: string }[] }[];
  const code = outputs[0]?.output[0]?.code;
  if (!code) throw new Error('le script du contrôle de l’aperçu n’a pas été construit');
  const name = `snapshot-gate-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
  writeFileSync(join(out, 'assets', name), code);
  return `${base}assets/${name}`;
};

/** The page's first screen once drawn, as it stands in the page; in the browser. */
const captureFirstScreen = ({ plotWidth, style }: { plotWidth: string; style: string }) => {
  const app = document.getElementById('root') as HTMLElement;
  // What React set as properties, which the HTML would not say: the checked boxes, the fields' values.
  for (const input of app.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
    else input.setAttribute('value', input.value);
  }
  for (const option of app.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
  for (const plot of app.querySelectorAll<HTMLElement>('.chart-plot'))
    plot.setAttribute(plotWidth, String(plot.getBoundingClientRect().width));
  const copy = app.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll('[style]')) {
    element.setAttribute(style, element.getAttribute('style') ?? '');
    element.removeAttribute('style');
  }
  return {
    html: copy.innerHTML,
    charts: copy.querySelectorAll('.recharts-surface').length,
    title: document.title,
  };
};

/** Whether the first screen is drawn: data there, no chart waiting for its turn or its module, fonts loaded. */
const firstScreenDrawn = () =>
  document.querySelector('#root main') !== null &&
  document.querySelector('.chart-skeleton, .dashboard-loading, .skeleton, [aria-busy="true"]') === null &&
  document.fonts.status === 'loaded';

type Capture = { width: number; html: string; charts: number; title: string; modules: string[] };

const capturePage = async (page: Page, url: string): Promise<Omit<Capture, 'width'>> => {
  const errors: string[] = [];
  const onError = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  // The modules the page loaded to draw its first screen (Recharts' chunks above all).
  const modules = new Set<string>();
  const onRequest = (request: { url: () => string }) => {
    const path = new URL(request.url()).pathname;
    if (/\/assets\/[^/]+\.js$/.test(path)) modules.add(path);
  };
  page.on('console', onError);
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(firstScreenDrawn, null, { timeout: 30_000, polling: 'raf' });
    // Two frames more: the last chart's turn given back, the page painted as a visitor would see it.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    if (errors.length > 0) throw new Error(`erreurs dans la console :\n${errors.join('\n')}`);
    const screen = await page.evaluate(captureFirstScreen, {
      plotWidth: PLOT_WIDTH_ATTRIBUTE,
      style: STYLE_ATTRIBUTE,
    });
    return { ...screen, modules: [...modules] };
  } finally {
    page.off('console', onError);
    page.off('request', onRequest);
  }
};

/** The page of `route`: the build's index.html with the snapshot's variants, its description and its gate. */
export const snapshotPage = (
  indexHtml: string,
  { info, captures, gateSrc }: { info: SnapshotInfo; captures: Capture[]; gateSrc: string },
) => {
  const title = captures[0]?.title;
  const templates = captures
    .map((capture) => `<template ${SNAPSHOT_VARIANT_ATTRIBUTE}="${capture.width}">${capture.html}</template>`)
    .join('\n    ');
  // The description and the gate in the <head>, where the gate starts checking as the page is read; the
  // variants at the end of the body.
  // The modules the app loads on demand to draw this page's charts (Recharts), asked for at once, at a low
  // priority: the app needs them to take over from the snapshot, the snapshot does not.
  const onDemand = [...new Set(captures.flatMap((capture) => capture.modules))].filter(
    (path) => !indexHtml.includes(`"${path}"`),
  );
  const head = [
    `<script type="application/json" id="${SNAPSHOT_INFO_ID}">${scriptJson(info)}</script>`,
    `<script src="${gateSrc}"></script>`,
    ...onDemand.map((path) => `<link rel="modulepreload" crossorigin href="${path}" fetchpriority="low">`),
  ].join('\n    ');
  let html = indexHtml
    .replace('</head>', `  ${head}\n  </head>`)
    .replace('</body>', `  ${templates}\n  </body>`);
  if (title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  return html;
};

const routeFile = (out: string, route: string) =>
  route === '/' ? join(out, 'index.html') : join(out, `${route.replace(/^\//, '')}.html`);

/** Prerenders the build in `out` (see the top of this file); says what it did, or why it did nothing. */
export const prerender = async ({ out, viewports }: Args) => {
  const indexPath = join(out, 'index.html');
  const indexHtml = readFileSync(indexPath, 'utf8');
  const skip = (why: string) => console.log(`Aperçu des premiers écrans non construit : ${why}.`);
  if (indexHtml.includes(SNAPSHOT_INFO_ID)) return skip(`${relative(root, indexPath)} en a déjà un`);
  const { base, documents } = readBuild(indexHtml);
  if (base !== '/')
    return skip(
      `l’application est construite pour un sous-chemin (${base}), que cette étape ne sert pas encore`,
    );
  if (documents.length === 0 || documents.some((url) => /^[a-z]+:/i.test(url) || !url.startsWith(base)))
    return skip('les données sont lues sur un autre serveur (VITE_DATA_URL)');
  const files = documents.map((url) => join(out, url.slice(base.length)));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.some((file) => file.endsWith('actions.json')))
    return skip('aucune action publiée (actions.json absent)');
  if (missing.length > 0)
    return skip(`documents absents : ${missing.map((file) => relative(out, file)).join(', ')}`);
  if (!existsSync(chromiumPath))
    return skip(`Chromium est introuvable (${chromiumPath} ; voir scripts/ensure-chromium.sh)`);

  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const byName = (name: string) => texts[files.findIndex((file) => file.endsWith(name))] as string;
  const routes = snapshotRoutes(byName('objectives.json'), byName('territories.json'));
  const dataBase = documents[0]?.replace(/\/[^/]+$/, '') ?? `${base}data`;
  const gateSrc = await buildGate(out, base);
  const fingerprint = fingerprintOf(texts);

  const started = Date.now();
  const server = await startStaticServer(out);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const captures = new Map<string, Capture[]>(routes.map((route) => [route, []]));
    // One browser context per width, two pages at a time: the machine has two cores.
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block' });
      await context.addInitScript((flag) => {
        (window as unknown as Record<string, unknown>)[flag] = true;
      }, CAPTURE_GLOBAL);
      const queue = [...routes];
      const worker = async () => {
        const page = await context.newPage();
        for (let route = queue.shift(); route; route = queue.shift()) {
          const url = `${server.url}${route}`;
          try {
            const capture = await capturePage(page, url);
            captures.get(route)?.push({ width: viewport.width, ...capture });
          } catch (error) {
            throw new Error(`${route} à ${viewport.width} px : ${(error as Error).message}`);
          }
        }
      };
      await Promise.all([worker(), worker()]);
      await context.close();
    }
    let bytes = 0;
    for (const [route, variants] of captures) {
      const info: SnapshotInfo = {
        path: route,
        documents,
        fingerprint,
        localDataset: {
          database: LOCAL_DATASET_DATABASE,
          store: LOCAL_DATASET_STORE,
          key: localDatasetKeyFor(dataBase),
        },
        charts: Math.min(...variants.map((variant) => variant.charts)),
        builtAt: new Date().toISOString(),
      };
      const file = routeFile(out, route);
      mkdirSync(dirname(file), { recursive: true });
      const html = snapshotPage(indexHtml, { info, captures: variants, gateSrc });
      writeFileSync(file, html);
      bytes += html.length;
    }
    console.log(
      `Aperçu des premiers écrans : ${routes.length} pages × ${viewports.length} largeurs ` +
        `(${viewports.map((viewport) => viewport.width).join(', ')} px) en ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `${Math.round(bytes / 1024)} Kio de HTML.`,
    );
  } finally {
    await browser?.close();
    await server.close();
  }
};

runWhenMain(import.meta.url, () => prerender(parseArgs(process.argv.slice(2))));
