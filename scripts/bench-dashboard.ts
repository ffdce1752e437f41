/**
 * npx tsx scripts/bench-dashboard.ts [--actions 100000] [--runs 15]
 *
 * Times the dashboard's computations on a large generated programmation: the real objective tree and
 * territories (public/data), N mock actions from the seeded generator, then for several filters
 * filterActions, computeDashboard (roll-up of the contract and of each territory, budget breakdown) and
 * progressTimeline over the filtered actions. Prints medians and maxima in milliseconds; it is a measure,
 * not a test: the figures depend on the machine.
 *
 * The actions' table (their columns, see src/domain/action-table.ts) is built once per data load: its time
 * is printed apart. Text search folds each action's text once and caches it, so the very first text search
 * (cold) is timed apart, before the warm-up; every later run is warm.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Action } from '../src/domain/action';
import { type ActionFilter, emptyFilter, filterActions } from '../src/domain/action-filter';
import { actionTable, objectiveColumns } from '../src/domain/action-table';
import { computeDashboard } from '../src/domain/dashboard-figures';
import { buildObjectiveIndex, type ObjectiveIndex } from '../src/domain/objective-index';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { progressTimeline } from '../src/domain/progress-timeline';
import { type Territory, territoriesDocumentSchema, territorySchema } from '../src/domain/territory';
import { generateContract } from '../src/mocks/generate-contract';
import { runWhenMain } from './support/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Untimed runs of each filter before its timed ones. */
export const WARM_UP_RUNS = 5;

/** The budget a dashboard update may take (filter + figures), for the summary line. */
export const BUDGET_MS = 50;

const usage = 'usage : npx tsx scripts/bench-dashboard.ts [--actions 100000] [--runs 15] [--json]';

/** `json`: print the result as one JSON line (AggregationBench), for npm run bench. */
export type BenchArgs = { actions: number; runs: number; json?: boolean };

/**
 * Reads `--actions N` and `--runs N` (whole numbers ≥ 1) and `--json`; anything else is refused with the
 * usage line.
 */
export const parseBenchArgs = (argv: readonly string[]): BenchArgs => {
  const args: BenchArgs = { actions: 100_000, runs: 15 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new Error(usage);
    if (arg === '--json') {
      args.json = true;
      continue;
    }
    if (arg !== '--actions' && arg !== '--runs') throw new Error(`argument inconnu : ${arg}\n${usage}`);
    const value = argv[i + 1] ?? '';
    const number = /^\d[\d_]*$/.test(value) ? Number(value.replaceAll('_', '')) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < 1) {
      throw new Error(`${arg} attend un nombre entier ≥ 1 (reçu : ${value || 'rien'})\n${usage}`);
    }
    args[arg === '--actions' ? 'actions' : 'runs'] = number;
    i += 1;
  }
  return args;
};

/** The middle value (the mean of the two middle ones for an even count); NaN for no value. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Milliseconds, two decimals under 10 ms, one above. */
export const formatMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/**
 * A plain-text table: the first column aligned left, the others right, a rule under the header.
 * Every row must have as many cells as the header.
 */
export const formatTable = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
};

export type StepTimes = { filter: number[]; dashboard: number[]; timeline: number[]; total: number[] };

export type Case = { name: string; filter: ActionFilter };

export type CaseResult = { name: string; kept: number; times: StepTimes };

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

type Data = {
  index: ObjectiveIndex;
  territories: readonly Territory[];
  actions: readonly Action[];
  referenceDate: string;
};

/** One filter + dashboard + timeline pass, each step timed. */
const runOnce = (data: Data, filter: ActionFilter) => {
  const [kept, filterMs] = time(() => filterActions(data.actions, filter, data.index));
  const [, dashboardMs] = time(() =>
    computeDashboard({
      index: data.index,
      territories: data.territories,
      actions: kept,
      allActions: data.actions,
      filter,
      referenceDate: data.referenceDate,
    }),
  );
  const [, timelineMs] = time(() => progressTimeline(kept));
  return { kept: kept.length, filterMs, dashboardMs, timelineMs };
};

const benchCase = (data: Data, { name, filter }: Case, runs: number): CaseResult => {
  // Warm-up: V8 compiles the hot loops in stages over the first runs; the figures are those of a session
  // in which the user has already changed a filter or two.
  for (let run = 0; run < WARM_UP_RUNS; run += 1) runOnce(data, filter);
  const times: StepTimes = { filter: [], dashboard: [], timeline: [], total: [] };
  let kept = 0;
  for (let run = 0; run < runs; run += 1) {
    const result = runOnce(data, filter);
    kept = result.kept;
    times.filter.push(result.filterMs);
    times.dashboard.push(result.dashboardMs);
    times.timeline.push(result.timelineMs);
    times.total.push(result.filterMs + result.dashboardMs);
  }
  return { name, kept, times };
};

/** The table's rows: median / max of each step, per filter. */
export const resultRows = (results: readonly CaseResult[]): string[][] =>
  results.map(({ name, kept, times }) => [
    name,
    kept.toLocaleString('fr-FR'),
    ...(['filter', 'dashboard', 'timeline', 'total'] as const).map(
      (step) => `${formatMs(median(times[step]))} / ${formatMs(Math.max(...times[step]))}`,
    ),
  ]);

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

export type AggregationBench = {
  /** The lines to print: the data, the cold text search, the table of medians and maxima, the summary. */
  lines: string[];
  /** The slowest filter's median of filterActions + computeDashboard, and its name. */
  worstMs: number;
  worstCase: string;
  /** Median of computeDashboard alone, over all the filters' runs (the aggregation proper). */
  worstDashboardMs: number;
};

/** Times the domain functions on `args.actions` generated actions (see the file's comment). */
export const benchAggregation = (args: BenchArgs): AggregationBench => {
  const lines: string[] = [];
  const tree = objectiveTreeSchema.parse(readJson('public/data/objectives.json'));
  const document = territoriesDocumentSchema.parse(readJson('public/data/territories.json'));
  const territories = territorySchema.array().parse(document.territories);

  const [contract, generateMs] = time(() =>
    generateContract({ tree, territories, totalActions: args.actions }),
  );
  const [index, indexMs] = time(() => buildObjectiveIndex(tree));
  // Once per data load, as the app does on its first dashboard: the actions' columns (see action-table.ts).
  const [, tableMs] = time(() => objectiveColumns(actionTable(contract.actions), index));
  const data: Data = {
    index,
    territories: contract.territories,
    actions: contract.actions,
    // As the dashboard does: the data date, or today when the contract gives none.
    referenceDate: contract.meta.dataDate ?? new Date().toISOString().slice(0, 10),
  };

  const lastYear = contract.meta.period.end;
  const qpv = contract.territories.find((territory) => territory.kind === 'qpv') ?? contract.territories[0];
  const territory = qpv ? [qpv.id] : [];
  const cases: Case[] = [
    { name: 'vide', filter: emptyFilter },
    { name: `année ${lastYear}`, filter: { ...emptyFilter, years: [lastYear] } },
    { name: 'pilier P2', filter: { ...emptyFilter, domains: ['P2'] } },
    { name: `quartier ${territory.join('')}`, filter: { ...emptyFilter, territories: territory } },
    { name: 'État + en cours', filter: { ...emptyFilter, funders: ['etat'], statuses: ['en-cours'] } },
    { name: 'texte « jeunes »', filter: { ...emptyFilter, text: 'jeunes' } },
    {
      name: 'tout combiné',
      filter: {
        years: [lastYear - 1, lastYear],
        domains: ['P2', 'T1'],
        territories: territory,
        funders: ['etat'],
        statuses: ['en-cours', 'realisee'],
        text: 'jeunes',
      },
    },
  ];

  lines.push(
    `${contract.actions.length.toLocaleString('fr-FR')} actions générées en ${formatMs(generateMs)} ms ` +
      `(${contract.meta.period.start}–${lastYear}, ${contract.territories.length} territoires), ` +
      `index de l’arborescence en ${formatMs(indexMs)} ms, table des actions en ${formatMs(tableMs)} ms ; ` +
      `Node ${process.version}, ${args.runs} mesures ` +
      `après ${WARM_UP_RUNS} tours de chauffe.`,
  );

  // Before anything else: the first text search folds every action's text (cold cache).
  const textCase = cases.find((each) => each.filter.text !== '') as Case;
  const cold = runOnce(data, textCase.filter);
  lines.push(
    `Première recherche de texte (à froid, textes repliés puis mis en cache) : filtre ${formatMs(cold.filterMs)} ms, ` +
      `filtre + tableau de bord ${formatMs(cold.filterMs + cold.dashboardMs)} ms.\n`,
  );

  const results = cases.map((each) => benchCase(data, each, args.runs));
  lines.push('Médiane / max en ms :\n');
  lines.push(
    formatTable(
      ['filtre', 'actions', 'filterActions', 'computeDashboard', 'progressTimeline', 'filtre + tableau'],
      resultRows(results),
    ),
  );

  const worst = results.reduce((a, b) => (median(b.times.total) > median(a.times.total) ? b : a));
  const worstMs = median(worst.times.total);
  const worstDashboardMs = Math.max(...results.map((result) => median(result.times.dashboard)));
  lines.push(
    `\nToutes les médianes filtre + tableau de bord sous ${BUDGET_MS} ms : ${worstMs < BUDGET_MS ? 'oui' : 'non'} ` +
      `(la plus lente : ${formatMs(worstMs)} ms, filtre « ${worst.name} » ; première recherche à froid non comprise).`,
  );
  return { lines, worstMs, worstCase: worst.name, worstDashboardMs };
};

const main = () => {
  const args = parseBenchArgs(process.argv.slice(2));
  const result = benchAggregation(args);
  if (args.json) console.log(JSON.stringify(result));
  else for (const line of result.lines) console.log(line);
};

runWhenMain(import.meta.url, main);
