import {
  type Action,
  type ActionStatus,
  type Funder,
  funders,
  type PorteurType,
  type ProgressReport,
  porteurTypes,
} from '../domain/action';
import type { ContractMeta } from '../domain/contract-meta';
import type { ObjectiveNode, ObjectiveTree } from '../domain/objective-tree';
import type { Territory } from '../domain/territory';
import { looseText } from '../lib/text-match';
import {
  type ActionTemplate,
  fallbackTemplates,
  grandCahorsBank,
  porteurs,
  type Theme,
  themeBeneficiaries,
  themeKeywords,
  themes,
} from './grand-cahors-bank';
import { createRandom, createWeightedPicker, deriveSeed, type Random } from './random';

/**
 * A deterministic, seeded mock of a contract's programmation (Grand Cahors by default): its meta, its
 * territories and every action of every year, shaped as a real small contrat de ville's would be. Pure, so
 * that the same code serves the browser (through MSW), the tests and Node scripts.
 */

export type GenerateOptions = {
  tree: ObjectiveTree;
  territories: readonly Territory[];
  /** Any whole number; the same seed always gives the same contract. */
  seed?: number;
  firstYear?: number;
  lastYear?: number;
  /** When set, exactly this many actions spread over the years, instead of 25 to 45 a year (load tests). */
  totalActions?: number;
  contractName?: string;
  contractCode?: string | null;
  agglomeration?: string;
  /** The partners' own names for the funders, as meta.json gives them (Grand Cahors's by default). */
  funderNames?: ContractMeta['funderNames'];
};

export type GeneratedContract = { meta: ContractMeta; territories: Territory[]; actions: Action[] };

/** How Grand Cahors's own spreadsheets name two of its funders (the same names as public/data/meta.json). */
export const grandCahorsFunderNames: ContractMeta['funderNames'] = {
  'Ville de Cahors': 'ville',
  'Grand Cahors': 'agglomeration',
};

/** 46: the Lot's département number, like the contract's territories. */
export const DEFAULT_SEED = 46;
export const DEFAULT_FIRST_YEAR = 2015;
export const DEFAULT_LAST_YEAR = 2023;
export const MIN_ACTIONS_PER_YEAR = 25;
export const MAX_ACTIONS_PER_YEAR = 45;

/** The State's yearly aid for an adulte-relais post (about 19 900 € until 2020, 21 300 € by 2022). */
export const adulteRelaisAid = (year: number) => (year <= 2020 ? 19_900 : year === 2021 ? 20_560 : 21_300);
/** The yearly FONJEP unit, paid in full for a post. */
export const FONJEP_AID = 7_164;

type ObjectiveInfo = {
  code: string;
  /** Position in the annex, so that a year's programmation lists actions pillar by pillar. */
  order: number;
  domain: string;
  transversal: boolean;
  templates: readonly ActionTemplate[];
  posts: readonly ActionTemplate[];
  /** Territories the objective's label names ("sur Terre Rouge"): its actions stay there. */
  named: readonly number[];
};

type Spec = { objective: ObjectiveInfo; template: ActionTemplate };

type Context = {
  lastYear: number;
  dataDate: string;
  territories: readonly Territory[];
  qpv: readonly number[];
  namedByTitle: Map<string, readonly number[]>;
  pickPattern: (random: Pick<Random, 'next'>) => TerritoryPattern;
  veille: readonly number[];
  observation: readonly number[];
};

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const isoDate = (year: number, month: number, day: number) => `${year}-${pad2(month)}-${pad2(day)}`;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const floorTo = (value: number, step: number) => Math.floor(value / step) * step;
/** Budgets are written to the ten euros under 10 000 €, to the hundred above. */
const budgetStep = (value: number) => (value < 10_000 ? 10 : 100);

const checkWholeNumber = (name: string, value: number, min = Number.MIN_SAFE_INTEGER) => {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number${min > Number.MIN_SAFE_INTEGER ? ` ≥ ${min}` : ''}`);
  }
};

// ——— The tree ———

const themeOf = (labels: readonly string[]): Theme => {
  for (const label of labels) {
    const text = ` ${looseText(label)} `;
    for (const [theme, words] of themeKeywords) {
      if (words.some((word) => text.includes(word))) return theme;
    }
  }
  return 'general';
};

/** The territories whose name stands in a text, as whole words ("Terre Rouge" names Terre-Rouge). */
const namedIn = (text: string, names: readonly string[]): number[] => {
  const haystack = ` ${looseText(text)} `;
  return names.flatMap((name, index) => (name !== '' && haystack.includes(` ${name} `) ? [index] : []));
};

const describeObjectives = (tree: ObjectiveTree, territoryNames: readonly string[]): ObjectiveInfo[] => {
  const infos: ObjectiveInfo[] = [];
  const visit = (node: ObjectiveNode, domain: string, path: readonly ObjectiveNode[]) => {
    if (node.kind === 'operational') {
      const labels = [node, ...[...path].reverse()].map((n) => `${n.label} ${n.goal ?? ''}`);
      const entry = grandCahorsBank[node.code];
      const templates =
        entry && looseText(entry.label) === looseText(node.label)
          ? entry.templates
          : fallbackTemplates[themeOf(labels)];
      const regular = templates.filter((t) => t.post === undefined);
      infos.push({
        code: node.code,
        order: infos.length,
        domain,
        transversal: node.transversal,
        // An objective whose only templates are posts still gets ordinary actions from them.
        templates: regular.length > 0 ? regular : templates,
        posts: templates.filter((t) => t.post !== undefined),
        named: namedIn(node.label, territoryNames),
      });
      return;
    }
    for (const child of node.children) visit(child, domain, [...path, node]);
  };
  for (const root of tree.nodes) {
    const domains = root.kind === 'transversal-group' ? root.children : [root];
    for (const domain of domains) visit(domain, domain.code, []);
  }
  return infos;
};

// ——— Territories ———

type TerritoryPattern = { qpv: boolean; veille: boolean; observation: boolean };

// About two actions in three are in the QPV, the only territory the State's BOP 147 funds; the
// observation territories are watched rather than worked in, so few actions reach them.
const territoryPatterns: readonly (readonly [TerritoryPattern, number])[] = [
  [{ qpv: true, veille: false, observation: false }, 0.37],
  [{ qpv: true, veille: true, observation: false }, 0.15],
  [{ qpv: true, veille: false, observation: true }, 0.02],
  [{ qpv: true, veille: true, observation: true }, 0.03],
  [{ qpv: false, veille: true, observation: false }, 0.36],
  [{ qpv: false, veille: true, observation: true }, 0.03],
  [{ qpv: false, veille: false, observation: true }, 0.04],
];

const someOf = (random: Random, indices: readonly number[], manyChance: number): number[] =>
  indices.length <= 1 || !random.chance(manyChance)
    ? [random.pick(indices)]
    : random.shuffle(indices).slice(0, random.int(2, indices.length));

const chooseTerritories = (random: Random, ctx: Context, spec: Spec): number[] => {
  const named = ctx.namedByTitle.get(spec.template.title) ?? [];
  if (named.length > 0) return [...named];
  if (spec.objective.named.length > 0) return [...spec.objective.named];
  if (spec.template.post !== undefined && ctx.qpv.length > 0) {
    const chosen = [random.pick(ctx.qpv)];
    if (ctx.veille.length > 0 && random.chance(0.25)) chosen.push(random.pick(ctx.veille));
    return chosen.sort((a, b) => a - b);
  }
  const pattern = ctx.pickPattern(random);
  const chosen: number[] = [];
  if (pattern.qpv) chosen.push(random.pick(ctx.qpv));
  if (pattern.veille) chosen.push(...someOf(random, ctx.veille, 0.3));
  if (pattern.observation) chosen.push(...someOf(random, ctx.observation, 0.2));
  return chosen.sort((a, b) => a - b);
};

// ——— Status, dates and progress ———

const statusWeights = (yearsBeforeLast: number): readonly (readonly [ActionStatus, number])[] => {
  if (yearsBeforeLast >= 2) {
    return [
      ['realisee', 0.96],
      ['abandonnee', 0.04],
    ];
  }
  if (yearsBeforeLast === 1) {
    return [
      ['realisee', 0.8],
      ['en-cours', 0.15],
      ['abandonnee', 0.05],
    ];
  }
  return [
    ['en-cours', 0.5],
    ['programmee', 0.3],
    ['deposee', 0.1],
    ['realisee', 0.06],
    ['abandonnee', 0.04],
  ];
};
const pickPastStatus = createWeightedPicker(statusWeights(2));
const pickLastButOneStatus = createWeightedPicker(statusWeights(1));
const pickCurrentStatus = createWeightedPicker(statusWeights(0));
const pickStatus = (random: Random, yearsBeforeLast: number) =>
  yearsBeforeLast >= 2
    ? pickPastStatus(random)
    : yearsBeforeLast === 1
      ? pickLastButOneStatus(random)
      : pickCurrentStatus(random);

/** Quarter ends from `from` to `to`, both included: the dates holders report progress on. */
const quarterEnds = (from: string, to: string): string[] => {
  const dates: string[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year += 1) {
    for (const end of QUARTER_ENDS) {
      const date = `${year}-${end}`;
      if (date >= from && date <= to) dates.push(date);
    }
  }
  return dates;
};

/** Reports stop at the action's end, or at the data date if it is still running. */
const reportedUntil = (end: string, dataDate: string) => (end < dataDate ? end : dataDate);

/** Reports climbing to `final` on the last date, never going down; a report is now and then skipped. */
const climb = (random: Random, dates: readonly string[], final: number): ProgressReport[] => {
  const reports: ProgressReport[] = [];
  // t(1 + a) / (1 + at) bends the climb (fast start when a > 0, slow when a < 0) with arithmetic only:
  // unlike Math.pow, it gives the same figures in every JavaScript engine.
  const bend = random.float(-0.4, 1.5);
  const count = dates.length;
  dates.forEach((date, i) => {
    const last = i === count - 1;
    if (!last && random.chance(0.2)) return;
    const t = (i + 1) / count;
    const progress = last ? final : floorTo((final * t * (1 + bend)) / (1 + bend * t), 5);
    reports.push({ date, progress });
  });
  return reports;
};

type Timeline = {
  startDate: string;
  endDate: string;
  progress: number | null;
  progressHistory: ProgressReport[];
};

const dayOfMonth = (random: Random) => (random.chance(0.5) ? 1 : random.int(2, 28));

/** A start date in the given months; a post runs from 1 January. */
const startIn = (random: Random, year: number, fromMonth: number, toMonth: number, post: boolean) =>
  post && fromMonth === 1
    ? `${year}-01-01`
    : isoDate(year, random.int(fromMonth, toMonth), dayOfMonth(random));

type DateChoice = readonly [date: string, weight: number];

/** One of the dates on or after `start`, by weight; the end of the year when none is. */
const endAmong = (random: Random, year: number, start: string, choices: readonly DateChoice[]) => {
  let total = 0;
  for (const [date, weight] of choices) if (date >= start) total += weight;
  if (total === 0) return `${year}-12-31`;
  let target = random.next() * total;
  let chosen = `${year}-12-31`;
  for (const [date, weight] of choices) {
    if (date < start) continue;
    chosen = date;
    target -= weight;
    if (target < 0) break;
  }
  return chosen;
};

const reported = (
  random: Random,
  dataDate: string,
  start: string,
  end: string,
  final: number | null,
): Pick<Timeline, 'progress' | 'progressHistory'> => {
  if (final === null) return { progress: null, progressHistory: [] };
  const dates = quarterEnds(start, reportedUntil(end, dataDate));
  // A figure no report backs would be a guess: with no quarter end to report on, there is none.
  if (dates.length === 0) return { progress: null, progressHistory: [] };
  const progressHistory = climb(random, dates, final);
  return { progress: progressHistory.at(-1)?.progress ?? null, progressHistory };
};

const timeline = (
  random: Random,
  ctx: Context,
  year: number,
  status: ActionStatus,
  post: boolean,
): Timeline => {
  const last = ctx.lastYear;
  switch (status) {
    case 'realisee': {
      const current = year === last;
      const startDate = startIn(random, year, 1, current ? 4 : 9, post);
      const endDate = current
        ? endAmong(random, year, startDate, [
            [`${year}-06-30`, 0.5],
            [`${year}-09-30`, 0.5],
          ])
        : endAmong(random, year, startDate, [
            [`${year}-12-31`, 0.6],
            [`${year + 1}-03-31`, 0.15],
            [`${year + 1}-06-30`, 0.15],
            [`${year}-09-30`, 0.1],
          ]);
      // About one bilan in twelve is late: the action is over, its progress never reported.
      const final = random.chance(0.08) ? null : 100;
      return { startDate, endDate, ...reported(random, ctx.dataDate, startDate, endDate, final) };
    }
    case 'en-cours': {
      // Started by the last quarter end before the data date, so that at least one report exists.
      const startDate = startIn(random, year, 1, year === last ? 8 : 12, post);
      const endDate = endAmong(random, year, startDate, [
        [`${last}-12-31`, 0.6],
        [`${last + 1}-03-31`, 0.2],
        [`${last + 1}-06-30`, 0.2],
      ]);
      const final = 5 * random.int(2, 18);
      return { startDate, endDate, ...reported(random, ctx.dataDate, startDate, endDate, final) };
    }
    case 'programmee': {
      // Validated but not started: a late start still reported at 0–15 %, or a start still to come.
      const late = random.chance(0.6);
      const startDate = late ? startIn(random, year, 7, 9, false) : startIn(random, year, 10, 12, false);
      const endDate = endAmong(random, year, startDate, [
        [`${year}-12-31`, 0.3],
        [`${year + 1}-06-30`, 0.5],
        [`${year + 1}-12-31`, 0.2],
      ]);
      const final = late ? 5 * random.int(0, 3) : null;
      return { startDate, endDate, ...reported(random, ctx.dataDate, startDate, endDate, final) };
    }
    case 'deposee': {
      const startDate = isoDate(year, 12, dayOfMonth(random));
      const endDate = random.chance(0.6) ? `${year + 1}-06-30` : `${year + 1}-12-31`;
      return { startDate, endDate, progress: null, progressHistory: [] };
    }
    case 'abandonnee': {
      const startDate = startIn(random, year, 1, 9, post);
      const endDate = endAmong(random, year, startDate, [
        [`${year}-12-31`, 0.7],
        [`${year + 1}-06-30`, 0.3],
      ]);
      if (random.chance(0.5)) return { startDate, endDate, progress: null, progressHistory: [] };
      const dates = quarterEnds(startDate, reportedUntil(endDate, ctx.dataDate));
      if (dates.length === 0) return { startDate, endDate, progress: null, progressHistory: [] };
      // Reports stop where the action stopped, below 60 %.
      const stop = random.int(1, dates.length);
      const progressHistory = climb(random, dates.slice(0, stop), 5 * random.int(0, 11));
      return { startDate, endDate, progress: progressHistory.at(-1)?.progress ?? null, progressHistory };
    }
  }
};

// ——— Money ———

/** How likely each co-funder joins an action of a theme (the State and the holder's own funds aside). */
const cofunderOdds: Record<Theme, Partial<Record<Funder, number>>> = {
  jeunesse: { ville: 0.7, agglomeration: 0.4, caf: 0.6, departement: 0.35, autres: 0.15 },
  egalite: { ville: 0.4, agglomeration: 0.6, departement: 0.2, region: 0.2, autres: 0.3 },
  citoyennete: { ville: 0.7, agglomeration: 0.5, caf: 0.2, autres: 0.15 },
  education: { ville: 0.75, caf: 0.65, departement: 0.3, autres: 0.2 },
  famille: { ville: 0.6, caf: 0.8, departement: 0.45 },
  'lien-social': { ville: 0.75, agglomeration: 0.3, caf: 0.4, departement: 0.25, autres: 0.2 },
  sante: { ville: 0.5, agglomeration: 0.3, departement: 0.3, autres: 0.65 },
  'cadre-de-vie': { ville: 0.55, agglomeration: 0.5, bailleurs: 0.35, autres: 0.1 },
  prevention: { ville: 0.75, departement: 0.4, autres: 0.4 },
  emploi: { agglomeration: 0.55, departement: 0.45, region: 0.6, autres: 0.35 },
  general: { ville: 0.6, agglomeration: 0.5 },
};
// As [funder's position in `funders`, odds], so that amounts live in a plain array while an action is built.
const cofunderTable = new Map(
  themes.map((theme) => {
    const odds = cofunderOdds[theme];
    return [
      theme,
      funders.flatMap((funder, index) => {
        const chance = odds[funder];
        return chance === undefined ? [] : [[index, chance] as const];
      }),
    ];
  }),
);
const ETAT = funders.indexOf('etat');

/** A commune's own money is the Ville's, a bailleur's is its TFPB abatement: committees count it so. */
const ownFunder = (type: PorteurType): Funder =>
  type === 'commune'
    ? 'ville'
    : type === 'intercommunalite'
      ? 'agglomeration'
      : type === 'bailleur-social'
        ? 'bailleurs'
        : 'porteur';
const ownFunderIndex = Object.fromEntries(
  porteurTypes.map((type) => [type, funders.indexOf(ownFunder(type))]),
) as Record<PorteurType, number>;

const stateOdds = (type: PorteurType) =>
  type === 'association'
    ? 0.85
    : type === 'bailleur-social'
      ? 0.15
      : type === 'etablissement-public'
        ? 0.7
        : 0.45;

/** Share of what the State leaves that co-funders bring, the holder paying the rest. */
const cofundedShare = (random: Random, type: PorteurType) =>
  type === 'association' || type === 'autre'
    ? random.float(0.7, 1)
    : type === 'bailleur-social'
      ? random.float(0, 0.4)
      : random.float(0.2, 0.7);

const drawCost = (random: Random, range: ActionTemplate['cost']) => {
  if (range) return roundTo(random.float(range[0], range[1]), 100);
  const band = random.next();
  const value =
    band < 0.12
      ? random.float(2_000, 5_000)
      : band < 0.9
        ? random.float(5_000, 25_000)
        : random.float(25_000, 60_000);
  return roundTo(value, budgetStep(value));
};

const budget = (
  random: Random,
  year: number,
  template: ActionTemplate,
  porteurType: PorteurType,
  inQpv: boolean,
): Action['budget'] => {
  const totalCost = drawCost(random, template.cost);
  const amounts: number[] = funders.map(() => 0);

  // BOP 147 funds the QPV only; posts get a national rate, other actions a share of their cost.
  let state = 0;
  if (inQpv && template.post === 'adulte-relais') state = adulteRelaisAid(year);
  else if (inQpv && template.post === 'fonjep') state = FONJEP_AID;
  else if (inQpv && random.chance(stateOdds(porteurType))) {
    const share = totalCost * random.float(0.2, 0.5);
    state = floorTo(share, budgetStep(share));
  }
  state = Math.min(state, totalCost);
  amounts[ETAT] = state;

  const own = ownFunderIndex[porteurType];
  const cofunders: number[] = [];
  for (const [index, odds] of cofunderTable.get(template.theme) ?? []) {
    if (index !== own && random.chance(odds)) cofunders.push(index);
  }
  const remaining = totalCost - state;
  let funded = state;
  if (cofunders.length > 0 && remaining > 0) {
    const pot = remaining * (template.post ? random.float(0, 0.5) : cofundedShare(random, porteurType));
    const weights = cofunders.map(() => random.float(1, 3));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    cofunders.forEach((index, i) => {
      const share = (pot * (weights[i] ?? 0)) / weightSum;
      const amount = floorTo(share, budgetStep(share));
      amounts[index] = (amounts[index] ?? 0) + amount;
      funded += amount;
    });
  }

  // Now and then the plan is not fully funded yet: the holder's share is still being found.
  const gap = funded > 0 && random.chance(0.08);
  const ownShare = gap ? floorTo((totalCost - funded) * random.float(0, 0.5), 10) : totalCost - funded;
  amounts[own] = (amounts[own] ?? 0) + ownShare;

  const funding: Action['budget']['funding'] = {};
  funders.forEach((funder, index) => {
    const amount = amounts[index] ?? 0;
    if (amount > 0) funding[funder] = amount;
  });
  return { totalCost, funding };
};

// ——— Actions ———

const buildAction = (
  random: Random,
  ctx: Context,
  year: number,
  id: string,
  spec: Spec,
  extra: string[],
): Action => {
  const { template } = spec;
  const porteur = porteurs[random.pick(template.porteurs)];
  const territoryIndices = chooseTerritories(random, ctx, spec);
  const inQpv = territoryIndices.some((index) => ctx.territories[index]?.kind === 'qpv');
  const status = pickStatus(random, ctx.lastYear - year);
  const dates = timeline(random, ctx, year, status, template.post !== undefined);
  const [low, high] = template.beneficiaries ?? themeBeneficiaries[template.theme];
  const drawn = random.int(low, high);
  const planned = drawn > 50 ? Math.min(roundTo(drawn, 5), high) : drawn;
  const actual =
    status === 'realisee' && dates.progress !== null ? Math.round(planned * random.float(0.7, 1.3)) : null;
  return {
    id,
    year,
    title: template.title,
    porteur: { name: porteur.name, type: porteur.type },
    objectives: [spec.objective.code, ...extra],
    territories: territoryIndices.map((index) => ctx.territories[index]?.id ?? ''),
    targetPublic: random.pick(template.publics),
    status,
    progress: dates.progress,
    progressHistory: dates.progressHistory,
    budget: budget(random, year, template, porteur.type, inQpv),
    beneficiaries: { planned, actual },
    startDate: dates.startDate,
    endDate: dates.endDate,
  };
};

/** How many actions each year holds: 25 to 45, or `total` shared out over the years, to the unit. */
const yearCounts = (random: Random, years: readonly number[], total: number | undefined): number[] => {
  if (total === undefined) return years.map(() => random.int(MIN_ACTIONS_PER_YEAR, MAX_ACTIONS_PER_YEAR));
  const weights = years.map(() => random.float(0.85, 1.15));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
};

/** A weekday on or after the given day: committees do not sit at weekends. */
const weekdayFrom = (year: number, month: number, day: number) => {
  let d = day;
  while ([0, 6].includes(new Date(Date.UTC(year, month - 1, d)).getUTCDay())) d += 1;
  return isoDate(year, month, d);
};

export const generateContract = (options: GenerateOptions): GeneratedContract => {
  const seed = options.seed ?? DEFAULT_SEED;
  const firstYear = options.firstYear ?? DEFAULT_FIRST_YEAR;
  const lastYear = options.lastYear ?? DEFAULT_LAST_YEAR;
  checkWholeNumber('seed', seed);
  checkWholeNumber('firstYear', firstYear, 2000);
  checkWholeNumber('lastYear', lastYear, firstYear);
  if (lastYear > 2099) throw new RangeError('lastYear must be before 2100');
  if (options.totalActions !== undefined) checkWholeNumber('totalActions', options.totalActions, 0);
  if (options.territories.length === 0) throw new RangeError('at least one territory is needed');

  const territories = options.territories.map((territory) => ({ ...territory }));
  const territoryNames = territories.map((territory) => looseText(territory.name));
  const objectives = describeObjectives(options.tree, territoryNames);
  if (objectives.length === 0) throw new RangeError('the tree has no operational objective');

  const indicesOf = (kind: Territory['kind']) =>
    territories.flatMap((territory, index) => (territory.kind === kind ? [index] : []));
  const qpv = indicesOf('qpv');
  const veille = indicesOf('veille-active');
  const observation = indicesOf('observation');
  const possiblePatterns = territoryPatterns.filter(
    ([pattern]) =>
      (!pattern.qpv || qpv.length > 0) &&
      (!pattern.veille || veille.length > 0) &&
      (!pattern.observation || observation.length > 0),
  );
  const namedByTitle = new Map<string, readonly number[]>();
  for (const objective of objectives) {
    for (const template of [...objective.templates, ...objective.posts]) {
      namedByTitle.set(template.title, namedIn(template.title, territoryNames));
    }
  }
  const dataDate = `${lastYear}-11-30`;
  const ctx: Context = {
    lastYear,
    dataDate,
    territories,
    qpv,
    veille,
    observation,
    namedByTitle,
    // Contracts without a QPV or a watched area keep to the territories they have.
    pickPattern:
      possiblePatterns.length > 0
        ? createWeightedPicker(possiblePatterns)
        : () => ({ qpv: qpv.length > 0, veille: veille.length > 0, observation: observation.length > 0 }),
  };

  const structure = createRandom(deriveSeed(seed, 'structure'));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const counts = yearCounts(structure, years, options.totalActions);

  // A real contract leaves some objectives without any action over its whole life; posts, funded every
  // year, keep theirs.
  const withoutPosts = objectives.filter((objective) => objective.posts.length === 0);
  const neverCount = Math.min(
    Math.round(objectives.length * structure.float(0.1, 0.16)),
    Math.max(0, withoutPosts.length - 1),
  );
  const never = new Set(structure.shuffle(withoutPosts).slice(0, neverCount));
  const active = objectives.filter((objective) => !never.has(objective));
  const weights = new Map(
    active.map((objective) => [
      objective,
      structure.float(0.4, 2.2) * (1 + 0.25 * (objective.templates.length - 1)),
    ]),
  );
  const recurringPosts: Spec[] = [];
  const postTitles = new Set<string>();
  for (const objective of active) {
    for (const template of objective.posts) {
      if (postTitles.has(template.title)) continue;
      postTitles.add(template.title);
      recurringPosts.push({ objective, template });
    }
  }

  const committees = years.flatMap((year) => [
    weekdayFrom(year, 6, structure.int(8, 26)),
    weekdayFrom(year, 12, structure.int(1, 10)),
  ]);

  const widest = Math.max(0, ...counts);
  const idWidth = Math.max(3, String(widest).length);
  const actions: Action[] = [];

  type YearPlan = {
    year: number;
    random: Random;
    specs: Spec[];
    gaps: ReadonlySet<ObjectiveInfo>;
    byDomain: Map<string, ObjectiveInfo[]>;
    transversal: ObjectiveInfo[];
  };
  const plans: YearPlan[] = [];
  years.forEach((year, yearIndex) => {
    const count = counts[yearIndex] ?? 0;
    if (count === 0) return;
    const random = createRandom(deriveSeed(seed, 'year', year));
    const posts = recurringPosts.filter(() => random.chance(0.85)).slice(0, count);
    const kept = new Set(posts.map((post) => post.objective));
    const gapCount = Math.round(active.length * random.float(0.05, 0.15));
    const gaps = new Set(
      random
        .shuffle(active.filter((objective) => !kept.has(objective)))
        .slice(0, Math.min(gapCount, Math.max(0, active.length - 1))),
    );
    const yearObjectives = active.filter((objective) => !gaps.has(objective));
    const pickObjective = createWeightedPicker(
      yearObjectives.map((objective) => [objective, weights.get(objective) ?? 1] as const),
    );
    const byDomain = new Map<string, ObjectiveInfo[]>();
    for (const objective of yearObjectives) {
      byDomain.set(objective.domain, [...(byDomain.get(objective.domain) ?? []), objective]);
    }
    const specs: Spec[] = [...posts];
    while (specs.length < count) {
      const objective = pickObjective(random);
      specs.push({ objective, template: random.pick(objective.templates) });
    }
    const transversal = yearObjectives.filter((objective) => objective.transversal);
    plans.push({ year, random, specs, gaps, byDomain, transversal });
  });

  // The objectives left without action over the whole contract must be exactly those chosen above: an
  // objective that chance left out gets one action, in place of one of an objective that has several.
  const uses = new Map<ObjectiveInfo, number>();
  for (const plan of plans) {
    for (const spec of plan.specs) uses.set(spec.objective, (uses.get(spec.objective) ?? 0) + 1);
  }
  for (const objective of active) {
    if (uses.has(objective)) continue;
    const candidates = plans.filter((plan) =>
      plan.specs.some((spec) => spec.template.post === undefined && (uses.get(spec.objective) ?? 0) > 1),
    );
    if (candidates.length === 0) break;
    const plan = structure.pick(candidates);
    const replaceable = plan.specs.flatMap((spec, index) =>
      spec.template.post === undefined && (uses.get(spec.objective) ?? 0) > 1 ? [index] : [],
    );
    const index = structure.pick(replaceable);
    const replaced = plan.specs[index];
    if (!replaced) continue;
    uses.set(replaced.objective, (uses.get(replaced.objective) ?? 1) - 1);
    uses.set(objective, 1);
    plan.specs[index] = { objective, template: structure.pick(objective.templates) };
    if (plan.gaps.has(objective)) {
      plan.byDomain.set(objective.domain, [...(plan.byDomain.get(objective.domain) ?? []), objective]);
      if (objective.transversal) plan.transversal.push(objective);
    }
  }

  for (const { year, random, specs, byDomain, transversal } of plans) {
    // A programmation is listed pillar by pillar, in the annex's order.
    specs.sort((a, b) => a.objective.order - b.objective.order);
    specs.forEach((spec, i) => {
      const extra: string[] = [];
      const siblings = (byDomain.get(spec.objective.domain) ?? []).filter((o) => o !== spec.objective);
      if (siblings.length > 0 && random.chance(0.15)) extra.push(random.pick(siblings).code);
      if (!spec.objective.transversal && transversal.length > 0 && random.chance(0.06)) {
        extra.push(random.pick(transversal).code);
      }
      const id = `${year}-${String(i + 1).padStart(idWidth, '0')}`;
      actions.push(buildAction(random, ctx, year, id, spec, extra));
    });
  }

  const meta: ContractMeta = {
    contractName: options.contractName ?? 'Contrat de ville du Grand Cahors',
    contractCode: options.contractCode === undefined ? 'CV149' : options.contractCode,
    agglomeration: options.agglomeration ?? 'Communauté d’agglomération du Grand Cahors',
    period: { start: firstYear, end: lastYear },
    dataDate,
    steeringCommittees: committees.filter((date) => date <= dataDate),
    funderNames: options.funderNames ?? grandCahorsFunderNames,
    fictitious: true,
  };
  return { meta, territories, actions };
};
