/**
 * npm run bench [-- --runs 7] [--sizes 1000,10000,100000] [--record]
 *
 * The dashboard's speed and size, measured on the production build (dist/, built by `npm run bench` just
 * before) served locally and loaded in headless Chromium, beside a reference page that draws the same
 * Recharts bar chart from the same data with nothing else (scripts/bench/reference-page). Prints:
 * - the JavaScript each route loads first (gzip), and what it loads on demand after;
 * - the time from navigation to the first chart drawn, median of `--runs` loads each in a new browser
 *   context (nothing cached), normally and with the CPU slowed 4x, for the app and the reference page;
 * - the latency of a filter change, from the click on a year to the frame that shows the updated charts,
 *   median and 95th percentile, at 1 000, 10 000 and 100 000 actions; the JS heap after loading the largest;
 * - the time of the aggregation functions (filterActions + computeDashboard) at 100 000 actions, in Node.
 * and checks each figure against its target. `--record` appends the run to docs/performance.md.
 * It is a measure, not a test: the figures depend on the machine and what else runs on it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { actionsDocumentJson } from '../src/domain/action';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { territoriesDocumentSchema, territorySchema } from '../src/domain/territory';
import { generateContract } from '../src/mocks/generate-contract';
import { launchBrowser } from '../test/e2e/support/browser';
import {
  dynamicImports,
  formatKiB,
  gzipSize,
  htmlScripts,
  staticClosure,
  staticImports,
} from './bench/js-size';
import { type BenchServer, startBenchServer } from './bench/server';
import { type AggregationBench, formatMs, formatTable, median } from './bench-dashboard';
import { runWhenMain } from './support/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'dist-bench');
const referenceDir = join(root, 'node_modules/.cache/cap-quartiers-bench/reference');

export const TARGETS = {
  firstLoadKiB: 230,
  firstChartRatio: 0.8,
  firstChartMs: 1000,
  firstChartSlowMs: 2500,
  filterMedianMs: 100,
  aggregationMs: 10,
  heapMiB: 120,
} as const;

const usage = 'usage : npm run bench -- [--runs 7] [--sizes 1000,10000,100000] [--record]';

export type Args = { runs: number; sizes: number[]; record: boolean };

export const parseArgs = (argv: readonly string[]): Args => {
  const args: Args = { runs: 7, sizes: [1_000, 10_000, 100_000], record: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--record') args.record = true;
    else if (arg === '--runs' || arg === '--sizes') {
      const values = (argv[i + 1] ?? '').split(',').map((value) => Number(value.replaceAll('_', '')));
      if (values.length === 0 || values.some((value) => !Number.isSafeInteger(value) || value < 1)) {
        throw new Error(`${arg} attend des nombres entiers ≥ 1 (reçu : ${argv[i + 1] ?? 'rien'})\n${usage}`);
      }
      if (arg === '--runs') args.runs = values[0] as number;
      else args.sizes = values;
      i += 1;
    } else throw new Error(`argument inconnu : ${arg}\n${usage}`);
  }
  return args;
};

/** The value below which `share` of the values fall (nearest rank); NaN for no value. */
export const percentile = (values: readonly number[], share: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
};

const verdict = (ok: boolean) => (ok ? 'tenu' : 'MANQUÉ');

// ----- JavaScript per route ------------------------------------------------------------------------------

/** Routes of the app, and the chunk a lazy route needs before it shows anything (see src/app/routes.tsx). */
const ROUTES: { path: string; lazyChunk?: string }[] = [
  { path: '/' },
  { path: '/piliers/P2' },
  { path: '/quartiers/terre-rouge' },
  { path: '/objectifs/P2.3.1' },
  { path: '/actions' },
  { path: '/depuis-le-dernier-comite' },
  { path: '/rapport-annuel?annee=2023', lazyChunk: 'annual-report-page-' },
  { path: '/objectifs' },
  { path: '/donnees' },
  { path: '/sigles' },
  { path: '/presentation', lazyChunk: 'presentation-page-' },
];

type RouteJs = { path: string; firstLoad: number; onDemand: number; onDemandFiles: string[] };

const chunkReader = (dir: string) => {
  const cache = new Map<string, string>();
  const read = (file: string) => {
    let code = cache.get(file);
    if (code === undefined) {
      code = readFileSync(join(dir, 'assets', file), 'utf8');
      cache.set(file, code);
    }
    return code;
  };
  return {
    read,
    imports: (file: string) => staticImports(read(file)),
    gzip: (file: string) => gzipSize(read(file)),
  };
};

const measureRouteJs = async (browser: Browser, url: string, dir: string): Promise<RouteJs[]> => {
  const chunks = chunkReader(dir);
  const entry = htmlScripts(readFileSync(join(dir, 'index.html'), 'utf8')).map((src) =>
    src.replace(/^\/assets\//, ''),
  );
  const allChunks = new Set(staticClosure(entry, chunks.imports));
  for (const file of [...allChunks])
    for (const next of dynamicImports(chunks.read(file))) allChunks.add(next);
  const results: RouteJs[] = [];
  for (const route of ROUTES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const match = /\/assets\/([^/?]+\.js)$/.exec(request.url());
      if (match) fetched.add(match[1] as string);
    });
    await page.goto(`${url}${route.path}`, { waitUntil: 'networkidle' });
    await context.close();
    const lazy = route.lazyChunk
      ? [...fetched].filter((file) => file.startsWith(route.lazyChunk as string))
      : [];
    const first = new Set(staticClosure([...entry, ...lazy], chunks.imports));
    const onDemandFiles = [...fetched].filter((file) => !first.has(file)).sort();
    results.push({
      path: route.path,
      firstLoad: [...first].reduce((sum, file) => sum + chunks.gzip(file), 0),
      onDemand: onDemandFiles.reduce((sum, file) => sum + chunks.gzip(file), 0),
      onDemandFiles,
    });
  }
  return results;
};

// ----- time to first chart -------------------------------------------------------------------------------

/** Installed before the page's own scripts: the time of the first frame that shows a bar of a chart. */
const firstChartProbe = () => {
  const win = window as unknown as { __firstChart?: number; __appReady?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.recharts-bar-rectangle')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      win.__firstChart = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  // When the app answers a click: once it has replaced a prerendered first screen (src/app/snapshot-handover.ts),
  // or, without one, once its own first chart is drawn (see firstChartTime).
  // (The document, not its <html>: an init script runs before the parser has made it.)
  const handover = new MutationObserver(() => {
    if (document.documentElement.getAttribute('data-cq-snapshot') !== 'handed-over') return;
    handover.disconnect();
    requestAnimationFrame(() => {
      win.__appReady = performance.now();
    });
  });
  handover.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-cq-snapshot'] });
};

type Load = { chart: number; ready: number };

/** Waits for the probe's marks (see firstChartProbe): ms from navigation to first chart, and to the app's. */
const firstChartTime = async (page: Page, timeout: number): Promise<Load> => {
  const handle = await page.waitForFunction(
    () => {
      const win = window as unknown as { __firstChart?: number; __appReady?: number };
      if (!win.__firstChart) return null;
      const state = document.documentElement.getAttribute('data-cq-snapshot');
      // A snapshot on screen: the app is ready once it has taken over; otherwise its first chart is its own.
      if (state === 'shown' || state === 'pending') return null;
      if (state === 'handed-over' && !win.__appReady) return null;
      return { chart: win.__firstChart, ready: win.__appReady ?? win.__firstChart };
    },
    null,
    { timeout },
  );
  return (await handle.jsonValue()) as Load;
};

const newContext = (browser: Browser) =>
  browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });

/** Loads `url` in a fresh context (empty cache and storage) and returns ms from navigation to first chart. */
const timeToFirstChart = async (browser: Browser, url: string, cpuSlowdown: number) => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(firstChartProbe);
    await page.goto(url);
    return await firstChartTime(page, 60_000);
  } finally {
    await context.close();
  }
};

type FirstChart = { app: number[]; appReady: number[]; client: number[]; reference: number[] };

/**
 * The app with its prerendered first screen (the build's own actions.json), the app rendered by its code
 * alone as before the snapshot (the same actions with one more newline: the gate refuses the snapshot as
 * stale, the figures are the same), and the reference page.
 */
const measureFirstChart = async (
  browser: Browser,
  server: BenchServer,
  actions: string,
  runs: number,
  cpuSlowdown: number,
) => {
  const times: FirstChart = { app: [], appReady: [], client: [], reference: [] };
  const load = async (kind: 'app' | 'client' | 'reference') => {
    server.setActions(kind === 'client' ? `${actions}\n` : actions);
    return timeToFirstChart(
      browser,
      `${server.url}${kind === 'reference' ? '/reference/' : '/'}`,
      cpuSlowdown,
    );
  };
  // One load of each, untimed, so that the server and the browser are warm for all alike.
  for (const kind of ['app', 'client', 'reference'] as const) await load(kind);
  // Interleaved, so that a slow spell of the machine weighs on all alike.
  for (let run = 0; run < runs; run += 1) {
    const app = await load('app');
    times.app.push(app.chart);
    times.appReady.push(app.ready);
    times.client.push((await load('client')).chart);
    times.reference.push((await load('reference')).chart);
  }
  server.setActions(actions);
  return times;
};

// ----- filter latency and heap ---------------------------------------------------------------------------

/**
 * In the page: clicks the year checkboxes one after another (checking them all, then unchecking them all),
 * so that every step is a filter not seen before (no cached figures), and times each click to the frame
 * after the last change it made to the first chart (the one at the top of the page), and to the frame after
 * the last change anywhere in the page's main content (every chart drawn again).
 */
const clickYears = async (steps: number): Promise<{ chart: number[]; page: number[] }> => {
  const boxes = [
    ...(document.querySelector('details.choice-list')?.querySelectorAll('input[type="checkbox"]') ?? []),
  ] as HTMLInputElement[];
  if (boxes.length === 0) throw new Error('aucune case à cocher d’année');
  const main = document.querySelector('main') as HTMLElement;
  const firstChart = document.querySelector('.chart-figure .chart-area') as HTMLElement;
  const order = [...boxes, ...boxes];
  const times = { chart: [] as number[], page: [] as number[] };
  for (let step = 0; step < steps; step += 1) {
    const box = order[step % order.length] as HTMLInputElement;
    const { chart, page } = await new Promise<{ chart: number; page: number }>((resolve) => {
      let start = 0;
      let lastFrame = 0;
      let lastChartFrame = 0;
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        clearTimeout(quiet);
        // The update is over when nothing has changed for 400 ms.
        quiet = setTimeout(() => {
          observer.disconnect();
          resolve({ chart: lastChartFrame - start, page: lastFrame - start });
        }, 400);
      };
      const observer = new MutationObserver((records) => {
        const inChart = records.some((record) => firstChart.contains(record.target));
        requestAnimationFrame(() => {
          lastFrame = performance.now();
          if (inChart) lastChartFrame = lastFrame;
          settle();
        });
      });
      observer.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
      start = performance.now();
      box.click();
      settle();
    });
    times.chart.push(chart);
    times.page.push(page);
  }
  return times;
};

type Scale = {
  actions: number;
  loadMs: number;
  latencies: { chart: number[]; page: number[] };
  heapMiB: number;
};

const measureScale = async (
  browser: Browser,
  url: string,
  actions: number,
  steps: number,
): Promise<Scale> => {
  const context: BrowserContext = await newContext(browser);
  try {
    const page: Page = await context.newPage();
    // tsx (esbuild) names the functions clickYears defines with a __name helper that the page lacks.
    await page.addInitScript('window.__name = (f) => f;');
    await page.addInitScript(firstChartProbe);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}/`);
    const loadMs = (await firstChartTime(page, 180_000)).chart;
    // Let the page finish what it does after the first chart (the other charts, saving the data).
    await page.waitForTimeout(2_000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const latencies = await page.evaluate(clickYears, steps);
    return { actions, loadMs, latencies, heapMiB: usedSize / 1024 / 1024 };
  } finally {
    await context.close();
  }
};

// ----- data ----------------------------------------------------------------------------------------------

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const generator = () => {
  const tree = objectiveTreeSchema.parse(readJson('public/data/objectives.json'));
  const document = territoriesDocumentSchema.parse(readJson('public/data/territories.json'));
  const territories = territorySchema.array().parse(document.territories);
  return (totalActions?: number) =>
    actionsDocumentJson(generateContract({ tree, territories, totalActions }).actions);
};

/**
 * The domain bench in a Node process of its own (scripts/bench-dashboard.ts --json): in this one, which
 * holds Vite, Playwright and the generated documents, the same functions measured 20 to 30 % slower, the
 * garbage collector's work on a larger heap falling on the few milliseconds timed.
 */
const measureAggregation = (actions: number): AggregationBench => {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/bench-dashboard.ts'), '--actions', String(actions), '--json'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(output.toString().trim().split('\n').at(-1) as string) as AggregationBench;
};

const buildReference = async () => {
  mkdirSync(referenceDir, { recursive: true });
  await build({
    configFile: false,
    root: join(root, 'scripts/bench/reference-page'),
    base: '/reference/',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: referenceDir, emptyOutDir: true, target: 'es2022' },
  });
};

// ----- report --------------------------------------------------------------------------------------------

const chromiumVersion = (browser: Browser) => browser.version();

const machine = () => {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'processeur inconnu'}, ${cpu.length} cœurs, ${Math.round(totalmem() / 1024 ** 3)} Gio`;
};

const main = async () => {
  const args = parseArgs(process.argv.slice(2));
  const lines: string[] = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const checks: { what: string; figure: string; target: string; ok: boolean }[] = [];

  console.log('Mesure de l’agrégation…');
  const aggregation = measureAggregation(Math.max(...args.sizes));
  console.log('Construction de la page de référence…');
  await buildReference();
  const generate = generator();
  const server = await startBenchServer({ appDir, referenceDir });
  const browser = await launchBrowser();
  try {
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    say(`### ${date} UTC`);
    say();
    say(
      `Machine : ${machine()} ; Node ${process.version} ; Chromium ${chromiumVersion(browser)} ; ` +
        `git ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim()}.`,
    );
    say();

    // The realistic programmation the demo serves (a few hundred actions): the build's own, from which its first
    // screens were prerendered.
    const realistic = readFileSync(join(appDir, 'data/actions.json'), 'utf8');
    server.setActions(realistic);
    const realisticCount = (JSON.parse(realistic) as { actions: unknown[] }).actions.length;

    say(
      '**JavaScript par route** (Kio gzip ; « premier chargement » : ce que la page charge avant de rien montrer,',
    );
    say(
      'l’entrée et ses imports statiques, plus le module d’une route chargée à la demande ; « ensuite » : ce qu’elle',
    );
    say('charge à la demande, en parallèle des données : le tracé des graphiques avec recharts, etc.)');
    say();
    const routes = await measureRouteJs(browser, server.url, appDir);
    say('```');
    say(
      formatTable(
        ['route', 'premier chargement', 'ensuite', 'modules chargés ensuite'],
        routes.map((route) => [
          route.path,
          formatKiB(route.firstLoad),
          formatKiB(route.onDemand),
          route.onDemandFiles.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).join(', ') || '—',
        ]),
      ),
    );
    say('```');
    const heaviest = Math.max(...routes.map((route) => route.firstLoad));
    checks.push({
      what: 'JavaScript du premier chargement (route la plus lourde)',
      figure: `${formatKiB(heaviest)} Kio`,
      target: `≤ ${TARGETS.firstLoadKiB} Kio`,
      ok: heaviest / 1024 <= TARGETS.firstLoadKiB,
    });
    say();

    say(
      `**Premier graphique** (ms de la navigation à la première image qui montre une barre ; médiane de ${args.runs} ` +
        `chargements, chacun dans un contexte neuf ; ${realisticCount} actions ; « application » : avec l’aperçu ` +
        'prérendu ; « sans aperçu » : la même page rendue par son code seul (aperçu refusé) ; « app. prête » : ' +
        'quand l’application a remplacé l’aperçu et répond à un clic)',
    );
    say();
    const rows: string[][] = [];
    for (const slowdown of [1, 4]) {
      const times = await measureFirstChart(browser, server, realistic, args.runs, slowdown);
      const app = median(times.app);
      const reference = median(times.reference);
      const ratio = app / reference;
      const client = median(times.client);
      const ready = median(times.appReady);
      rows.push([
        slowdown === 1 ? 'processeur normal' : `processeur ralenti ${slowdown}×`,
        formatMs(app),
        formatMs(reference),
        ratio.toLocaleString('fr-FR', { maximumFractionDigits: 2 }),
        `${formatMs(Math.min(...times.app))}–${formatMs(Math.max(...times.app))}`,
        formatMs(client),
        formatMs(ready),
      ]);
      checks.push({
        what: `Application prête (reprise de l’aperçu)${slowdown === 1 ? '' : `, processeur ralenti ${slowdown}×`}`,
        figure: `${formatMs(ready)} ms`,
        target: `≤ rendu sans aperçu (${formatMs(client)} ms) + 10 %`,
        ok: ready <= client * 1.1,
      });
      if (slowdown === 1) {
        checks.push({
          what: 'Premier graphique',
          figure: `${formatMs(app)} ms`,
          target: `< ${TARGETS.firstChartMs} ms`,
          ok: app < TARGETS.firstChartMs,
        });
        checks.push({
          what: 'Premier graphique / page de référence',
          figure: ratio.toLocaleString('fr-FR', { maximumFractionDigits: 2 }),
          target: `≤ ${String(TARGETS.firstChartRatio).replace('.', ',')}`,
          ok: ratio <= TARGETS.firstChartRatio,
        });
      } else {
        checks.push({
          what: `Premier graphique, processeur ralenti ${slowdown}×`,
          figure: `${formatMs(app)} ms`,
          target: `< ${TARGETS.firstChartSlowMs} ms`,
          ok: app < TARGETS.firstChartSlowMs,
        });
      }
    }
    say('```');
    say(
      formatTable(
        ['', 'application', 'référence', 'rapport', 'application min–max', 'sans aperçu', 'app. prête'],
        rows,
      ),
    );
    say('```');
    say();

    say(
      '**Changement de filtre** (ms du clic sur une année à l’image qui montre le premier graphique à jour, ' +
        'puis la page entière ; 18 clics, chacun un filtre encore jamais vu)',
    );
    say();
    const scales: Scale[] = [];
    for (const size of args.sizes) {
      console.log(`Génération de ${size.toLocaleString('fr-FR')} actions…`);
      server.setActions(generate(size));
      scales.push(await measureScale(browser, server.url, size, 18));
    }
    server.setActions(realistic);
    say('```');
    say(
      formatTable(
        [
          'actions',
          'premier graphique',
          'graphique à jour : médiane',
          '95e centile',
          'page entière : médiane',
          '95e centile',
          'tas JS après chargement',
        ],
        scales.map((scale) => [
          scale.actions.toLocaleString('fr-FR'),
          formatMs(scale.loadMs),
          formatMs(median(scale.latencies.chart)),
          formatMs(percentile(scale.latencies.chart, 0.95)),
          formatMs(median(scale.latencies.page)),
          formatMs(percentile(scale.latencies.page, 0.95)),
          `${scale.heapMiB.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mio`,
        ]),
      ),
    );
    say('```');
    const largest = scales.at(-1) as Scale;
    checks.push({
      what: `Changement de filtre à ${largest.actions.toLocaleString('fr-FR')} actions (premier graphique à jour, médiane)`,
      figure: `${formatMs(median(largest.latencies.chart))} ms`,
      target: `≤ ${TARGETS.filterMedianMs} ms`,
      ok: median(largest.latencies.chart) <= TARGETS.filterMedianMs,
    });
    checks.push({
      what: `Tas JS après chargement de ${largest.actions.toLocaleString('fr-FR')} actions`,
      figure: `${largest.heapMiB.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mio`,
      target: `≤ ${TARGETS.heapMiB} Mio`,
      ok: largest.heapMiB <= TARGETS.heapMiB,
    });
    say();
  } finally {
    await browser.close();
    await server.close();
  }

  const aggregationSize = Math.max(...args.sizes);
  say(
    `**Agrégation** (Node, ${aggregationSize.toLocaleString('fr-FR')} actions ; scripts/bench-dashboard.ts)`,
  );
  say();
  say('```');
  for (const line of aggregation.lines) say(line);
  say('```');
  checks.push({
    what: `Agrégation à ${aggregationSize.toLocaleString('fr-FR')} actions (filtre + tableau de bord, filtre le plus lent)`,
    figure: `${formatMs(aggregation.worstMs)} ms (${aggregation.worstCase})`,
    target: `≤ ${TARGETS.aggregationMs} ms`,
    ok: aggregation.worstMs <= TARGETS.aggregationMs,
  });
  say();

  say('**Objectifs**');
  say();
  say('| mesure | valeur | objectif | |');
  say('| --- | --- | --- | --- |');
  for (const check of checks)
    say(`| ${check.what} | ${check.figure} | ${check.target} | ${verdict(check.ok)} |`);
  say();

  if (args.record) {
    appendFileSync(join(root, 'docs/performance.md'), `\n${lines.join('\n')}\n`);
    console.log('\nMesures ajoutées à docs/performance.md.');
  }
};

runWhenMain(import.meta.url, main);
