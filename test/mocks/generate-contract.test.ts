// @vitest-environment node
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  type ActionStatus,
  actionSchema,
  funders,
  porteurTypes,
  sumFunding,
} from '../../src/domain/action';
import { contractMetaSchema } from '../../src/domain/contract-meta';
import { type ObjectiveNode, type ObjectiveTree, objectiveTreeSchema } from '../../src/domain/objective-tree';
import { flattenTree } from '../../src/domain/objective-tree-queries';
import { type Territory, territorySchema } from '../../src/domain/territory';
import {
  adulteRelaisAid,
  FONJEP_AID,
  type GeneratedContract,
  generateContract,
  MAX_ACTIONS_PER_YEAR,
  MIN_ACTIONS_PER_YEAR,
} from '../../src/mocks/generate-contract';
import { fallbackTemplates, grandCahorsBank } from '../../src/mocks/grand-cahors-bank';
import { createRandom, createWeightedPicker, deriveSeed } from '../../src/mocks/random';
import { readRepoFile } from '../support/seed';

const tree = objectiveTreeSchema.parse(JSON.parse(readRepoFile('public/data/objectives.json')));
const territories = territorySchema
  .array()
  .parse((JSON.parse(readRepoFile('public/data/territories.json')) as { territories: unknown }).territories);

const operationalCodes = (objectiveTree: ObjectiveTree) =>
  new Set(
    flattenTree(objectiveTree.nodes)
      .filter((node) => node.kind === 'operational')
      .map((node) => node.code),
  );
const seedCodes = operationalCodes(tree);
const territoryIds = new Set(territories.map((territory) => territory.id));
const qpvIds = new Set(territories.filter((t) => t.kind === 'qpv').map((t) => t.id));
const observationIds = new Set(territories.filter((t) => t.kind === 'observation').map((t) => t.id));

const contract = generateContract({ tree, territories });
const { actions, meta } = contract;
const DATA_DATE = '2023-11-30';
const SEEDS = [1, 46, 2024, 987_654_321];
const bySeed = new Map<number, GeneratedContract>(
  SEEDS.map((seed) => [seed, seed === 46 ? contract : generateContract({ tree, territories, seed })]),
);
const everyAction = [...bySeed.values()].flatMap((generated) => generated.actions);

const share = (items: readonly Action[], keep: (action: Action) => boolean) =>
  items.filter(keep).length / items.length;
const isPost = (action: Action) => /adulte-relais|FONJEP/.test(action.title);
const countBy = <T>(items: readonly T[], key: (item: T) => string | number) => {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/** Every problem the schema finds, or a re-shaped record (a default filled in), as readable lines. */
const schemaProblems = (list: readonly Action[]) =>
  list.flatMap((action) => {
    const parsed = actionSchema.safeParse(action);
    if (!parsed.success) return [`${action.id}: ${parsed.error.issues.map((i) => i.message).join('; ')}`];
    return isDeepStrictEqual(parsed.data, action) ? [] : [`${action.id}: re-shaped by the schema`];
  });

describe('createRandom', () => {
  it('draws the same numbers from the same seed, other numbers from another seed', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps int() within its bounds, both included', () => {
    const random = createRandom(3);
    const values = new Set(Array.from({ length: 2_000 }, () => random.int(2, 5)));
    expect([...values].sort()).toEqual([2, 3, 4, 5]);
  });

  it('never picks an entry of zero weight, and refuses to pick from nothing', () => {
    const random = createRandom(5);
    const pick = createWeightedPicker([
      ['never', 0],
      ['often', 3],
      ['sometimes', 1],
    ]);
    const counts = countBy(
      Array.from({ length: 4_000 }, () => pick(random)),
      (value) => value,
    );
    expect(counts.has('never')).toBe(false);
    expect(counts.get('often') ?? 0).toBeGreaterThan(2 * (counts.get('sometimes') ?? 0));
    expect(() => random.pick([])).toThrow(RangeError);
    expect(() => createWeightedPicker([['a', 0]])).toThrow(RangeError);
  });

  it('shuffles into a permutation and leaves its input alone', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = createRandom(11).shuffle(input);
    expect(shuffled).not.toEqual(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(input).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('derives distinct seeds for distinct parts', () => {
    const seeds = new Set([
      deriveSeed(1, 'year', 2015),
      deriveSeed(1, 'year', 2016),
      deriveSeed(2, 'year', 2015),
      deriveSeed(1, 'structure'),
      deriveSeed(1, 'year2015'),
    ]);
    expect(seeds.size).toBe(5);
  });
});

describe('generateContract: determinism', () => {
  it('gives deep-equal data for the same seed', () => {
    expect(generateContract({ tree, territories, seed: 1 })).toEqual(bySeed.get(1));
    expect(generateContract({ tree, territories, totalActions: 2_000, seed: 9 })).toEqual(
      generateContract({ tree, territories, totalActions: 2_000, seed: 9 }),
    );
  });

  it('gives different data for a different seed', () => {
    const other = bySeed.get(2024);
    expect(other?.actions).not.toEqual(actions);
    expect(other?.actions.map((a) => a.title)).not.toEqual(actions.map((a) => a.title));
    expect(other?.actions.map((a) => a.budget.totalCost)).not.toEqual(actions.map((a) => a.budget.totalCost));
  });

  it('leaves its inputs untouched', () => {
    const treeCopy = structuredClone(tree);
    const territoriesCopy = structuredClone(territories);
    generateContract({ tree, territories, seed: 5 });
    expect(tree).toEqual(treeCopy);
    expect(territories).toEqual(territoriesCopy);
  });
});

describe('generateContract: schemas and references', () => {
  it.each(SEEDS)('every action of seed %i passes actionSchema unchanged', (seed) => {
    expect(schemaProblems(bySeed.get(seed)?.actions ?? [])).toEqual([]);
  });

  it('gives each action exactly the schema’s fields, every defaulted one filled in', () => {
    const keys = Object.keys(actionSchema.shape).sort();
    for (const action of actions) {
      expect(Object.keys(action).sort()).toEqual(keys);
      expect(Object.keys(action.porteur).sort()).toEqual(['name', 'type']);
      expect(Object.keys(action.beneficiaries).sort()).toEqual(['actual', 'planned']);
      expect(action.startDate).not.toBeNull();
      expect(action.endDate).not.toBeNull();
      expect(action.targetPublic).not.toBeNull();
    }
  });

  it('passes the territories and the meta through their schemas unchanged', () => {
    for (const territory of contract.territories) expect(territorySchema.parse(territory)).toEqual(territory);
    expect(contract.territories).toEqual(territories);
    expect(contractMetaSchema.parse(meta)).toEqual(meta);
  });

  it('refers only to operational objectives of the tree and territories of the contract, each once', () => {
    for (const action of everyAction) {
      for (const code of action.objectives) expect(seedCodes).toContain(code);
      for (const id of action.territories) expect(territoryIds).toContain(id);
      expect(new Set(action.objectives).size).toBe(action.objectives.length);
      expect(new Set(action.territories).size).toBe(action.territories.length);
    }
  });

  it('takes porteurs of known types and titles from the bank of each action’s first objective', () => {
    for (const action of actions) {
      expect(porteurTypes).toContain(action.porteur.type);
      const code = action.objectives[0] ?? '';
      const titles = grandCahorsBank[code]?.templates.map((t) => t.title) ?? [];
      expect(titles).toContain(action.title);
    }
  });

  it('has a bank entry whose label matches the seed for every one of the 50 operational objectives', () => {
    const loose = (text: string) => text.replace(/[’']/g, "'");
    const operational = flattenTree(tree.nodes).filter((node) => node.kind === 'operational');
    expect(operational).toHaveLength(50);
    expect(Object.keys(grandCahorsBank).sort()).toEqual([...seedCodes].sort());
    for (const node of operational) {
      expect(loose(grandCahorsBank[node.code]?.label ?? '')).toBe(loose(node.label));
      expect(grandCahorsBank[node.code]?.templates.some((t) => t.post === undefined)).toBe(true);
    }
  });
});

describe('generateContract: years and ids', () => {
  it.each(SEEDS)('spreads seed %i over 2015–2023, 25 to 45 actions a year', (seed) => {
    const generated = bySeed.get(seed)?.actions ?? [];
    const perYear = countBy(generated, (action) => action.year);
    expect([...perYear.keys()].sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    for (const count of perYear.values()) {
      expect(count).toBeGreaterThanOrEqual(MIN_ACTIONS_PER_YEAR);
      expect(count).toBeLessThanOrEqual(MAX_ACTIONS_PER_YEAR);
    }
    // A real programmation varies from year to year.
    expect(new Set(perYear.values()).size).toBeGreaterThan(2);
  });

  it('gives unique ids made of the year and a 3-digit sequence', () => {
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    for (const action of actions) expect(action.id).toMatch(new RegExp(`^${action.year}-\\d{3}$`));
  });

  it('generates exactly totalActions actions, with unique, longer ids', () => {
    const large = generateContract({ tree, territories, totalActions: 10_000, seed: 3 }).actions;
    expect(large).toHaveLength(10_000);
    expect(new Set(large.map((a) => a.id)).size).toBe(10_000);
    for (const action of large) expect(action.id).toMatch(new RegExp(`^${action.year}-\\d{4}$`));
    const perYear = countBy(large, (action) => action.year);
    expect(perYear.size).toBe(9);
    for (const count of perYear.values()) expect(count).toBeGreaterThan(10_000 / 9 / 1.5);
    expect(schemaProblems(large)).toEqual([]);
    for (const action of large) {
      if ((action.budget.funding.etat ?? 0) > 0) {
        expect(action.territories.some((id) => qpvIds.has(id))).toBe(true);
      }
    }
  });

  it.each([0, 1, 7, 123])('generates exactly %i actions when asked', (totalActions) => {
    expect(generateContract({ tree, territories, totalActions }).actions).toHaveLength(totalActions);
  });

  it('follows firstYear and lastYear', () => {
    const short = generateContract({ tree, territories, firstYear: 2019, lastYear: 2021 });
    expect([...new Set(short.actions.map((a) => a.year))].sort()).toEqual([2019, 2020, 2021]);
    expect(short.meta.period).toEqual({ start: 2019, end: 2021 });
    expect(short.meta.dataDate).toBe('2021-11-30');
    expect(short.actions.filter((a) => a.year < 2021).some((a) => a.status === 'programmee')).toBe(false);
    expect(schemaProblems(short.actions)).toEqual([]);
  });

  it.each([
    ['lastYear before firstYear', { firstYear: 2020, lastYear: 2019 }],
    ['a seed that is not a whole number', { seed: 1.5 }],
    ['a negative totalActions', { totalActions: -1 }],
    ['no territory', { territories: [] }],
  ])('refuses %s', (_, options) => {
    expect(() => generateContract({ tree, territories, ...options })).toThrow(RangeError);
  });
});

describe('generateContract: meta', () => {
  it('describes the fictitious Grand Cahors contract', () => {
    expect(meta).toMatchObject({
      fictitious: true,
      contractName: 'Contrat de ville du Grand Cahors',
      contractCode: 'CV149',
      agglomeration: 'Communauté d’agglomération du Grand Cahors',
      period: { start: 2015, end: 2023 },
      dataDate: DATA_DATE,
    });
  });

  it('lists two committees a year, in June and early December, up to the data date', () => {
    const committees = meta.steeringCommittees;
    expect(committees).toHaveLength(2 * 8 + 1);
    expect(committees).toEqual([...committees].sort());
    expect(committees.at(-1)).toMatch(/^2023-06-/);
    for (const date of committees) {
      expect(date <= DATA_DATE).toBe(true);
      expect(date).toMatch(/^20(1[5-9]|2[0-3])-(06-\d\d|12-(0\d|1[0-4]))$/);
      expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
    for (let year = 2015; year <= 2022; year += 1) {
      expect(committees.filter((date) => date.startsWith(`${year}-`))).toHaveLength(2);
    }
  });
});

describe('generateContract: territories', () => {
  it.each(SEEDS)('puts most actions of seed %i in Terre-Rouge, few in observation territories', (seed) => {
    const generated = bySeed.get(seed)?.actions ?? [];
    const inQpv = share(generated, (a) => a.territories.includes('terre-rouge'));
    expect(inQpv).toBeGreaterThanOrEqual(0.55);
    expect(inQpv).toBeLessThanOrEqual(0.8);
    expect(share(generated, (a) => a.territories.length > 1)).toBeGreaterThan(0.1);
    const inObservation = share(generated, (a) => a.territories.some((id) => observationIds.has(id)));
    expect(inObservation).toBeGreaterThan(0);
    expect(inObservation).toBeLessThan(0.2);
  });

  it('keeps an action whose title names Terre-Rouge in Terre-Rouge', () => {
    const named = everyAction.filter((a) => a.title.includes('Terre-Rouge'));
    expect(named.length).toBeGreaterThan(0);
    for (const action of named) expect(action.territories).toEqual(['terre-rouge']);
  });
});

describe('generateContract: money', () => {
  it('never funds more than the total cost, and funds it exactly in most cases', () => {
    for (const action of everyAction) {
      expect(sumFunding(action.budget.funding)).toBeLessThanOrEqual(action.budget.totalCost + 0.005);
      for (const [funder, amount] of Object.entries(action.budget.funding)) {
        expect(funders).toContain(funder);
        // A funder that gives nothing is left out.
        expect(amount).toBeGreaterThan(0);
      }
    }
    const exact = share(everyAction, (a) => sumFunding(a.budget.funding) === a.budget.totalCost);
    expect(exact).toBeGreaterThan(0.8);
    expect(exact).toBeLessThan(1);
  });

  it('costs from a few thousand to a few tens of thousands of euros, rounded to 10 €', () => {
    for (const { budget } of everyAction) {
      expect(budget.totalCost).toBeGreaterThanOrEqual(2_000);
      expect(budget.totalCost).toBeLessThanOrEqual(60_000);
      expect(budget.totalCost % 10).toBe(0);
    }
    const usual = share(everyAction, (a) => a.budget.totalCost >= 5_000 && a.budget.totalCost <= 25_000);
    expect(usual).toBeGreaterThan(0.5);
  });

  it('funds with BOP 147 only actions that include the QPV, often', () => {
    for (const action of everyAction) {
      if (action.budget.funding.etat !== undefined) {
        expect(action.territories.some((id) => qpvIds.has(id))).toBe(true);
      }
    }
    const inQpv = everyAction.filter((a) => a.territories.some((id) => qpvIds.has(id)));
    expect(share(inQpv, (a) => a.budget.funding.etat !== undefined)).toBeGreaterThan(0.5);
    const ordinary = inQpv.filter((a) => !isPost(a) && a.budget.funding.etat !== undefined);
    for (const { budget } of ordinary) {
      const stateShare = (budget.funding.etat ?? 0) / budget.totalCost;
      expect(stateShare).toBeGreaterThanOrEqual(0.18);
      expect(stateShare).toBeLessThanOrEqual(0.5);
    }
  });

  it('pays adulte-relais and FONJEP posts at their national rates', () => {
    const adultesRelais = everyAction.filter((a) => a.title.includes('adulte-relais'));
    const fonjep = everyAction.filter((a) => a.title.includes('FONJEP'));
    expect(adultesRelais.length).toBeGreaterThan(SEEDS.length * 5);
    expect(fonjep.length).toBeGreaterThan(SEEDS.length * 5);
    for (const action of adultesRelais) {
      expect(action.budget.funding.etat).toBe(adulteRelaisAid(action.year));
      expect(action.budget.funding.etat).toBeGreaterThanOrEqual(19_900);
      expect(action.budget.funding.etat).toBeLessThanOrEqual(21_300);
    }
    for (const action of fonjep) expect(action.budget.funding.etat).toBe(FONJEP_AID);
  });

  it('draws co-funders from the action’s field', () => {
    const funded = (funder: 'caf' | 'region' | 'bailleurs') =>
      everyAction.filter((a) => (a.budget.funding[funder] ?? 0) > 0);
    expect(funded('caf').length).toBeGreaterThan(0);
    expect(funded('region').length).toBeGreaterThan(0);
    // TFPB money comes with the bailleurs' cadre de vie actions.
    expect(
      share(funded('bailleurs'), (a) => a.objectives.some((code) => code.startsWith('P3'))),
    ).toBeGreaterThan(0.8);
    for (const action of everyAction.filter((a) => a.porteur.type === 'bailleur-social')) {
      expect(action.budget.funding.bailleurs).toBeGreaterThan(0);
    }
  });
});

describe('generateContract: statuses, progress and dates', () => {
  const allowed: [string, (year: number) => boolean, readonly ActionStatus[]][] = [
    ['two years or more before the last', (year) => year <= 2021, ['realisee', 'abandonnee']],
    ['the year before the last', (year) => year === 2022, ['realisee', 'en-cours', 'abandonnee']],
    [
      'the last year',
      (year) => year === 2023,
      ['deposee', 'programmee', 'en-cours', 'realisee', 'abandonnee'],
    ],
  ];
  it.each(allowed)('gives actions of %s only the statuses they can have', (_, inYears, statuses) => {
    const chosen = everyAction.filter((a) => inYears(a.year));
    expect(chosen.length).toBeGreaterThan(0);
    for (const action of chosen) expect(statuses).toContain(action.status);
  });

  it('mixes statuses as a real programmation does', () => {
    const past = everyAction.filter((a) => a.year <= 2021);
    expect(share(past, (a) => a.status === 'realisee')).toBeGreaterThan(0.9);
    expect(share(past, (a) => a.status === 'abandonnee')).toBeGreaterThan(0);
    const lastButOne = everyAction.filter((a) => a.year === 2022);
    expect(share(lastButOne, (a) => a.status === 'realisee')).toBeGreaterThan(0.6);
    expect(share(lastButOne, (a) => a.status === 'en-cours')).toBeGreaterThan(0);
    const current = countBy(
      everyAction.filter((a) => a.year === 2023),
      (a) => a.status,
    );
    const total = [...current.values()].reduce((sum, n) => sum + n, 0);
    expect(current.get('en-cours') ?? 0).toBeGreaterThan(total / 4);
    expect(current.get('programmee') ?? 0).toBeGreaterThan(total / 8);
    expect(current.get('deposee') ?? 0).toBeGreaterThan(0);
    expect(current.get('realisee') ?? 0).toBeLessThan(total / 5);
  });

  const progressRules: [ActionStatus, (progress: number | null) => boolean][] = [
    ['realisee', (p) => p === null || p === 100],
    ['en-cours', (p) => p !== null && p >= 10 && p <= 90],
    ['programmee', (p) => p === null || (p >= 0 && p <= 15)],
    ['deposee', (p) => p === null],
    ['abandonnee', (p) => p === null || p < 60],
  ];
  it.each(progressRules)('reports a progress a %s action can have', (status, fits) => {
    const chosen = everyAction.filter((a) => a.status === status);
    expect(chosen.length).toBeGreaterThan(0);
    for (const action of chosen) expect(fits(action.progress), `${action.id}: ${action.progress}`).toBe(true);
  });

  it('tells a progress never reported (null) from 0 %', () => {
    const realisees = everyAction.filter((a) => a.status === 'realisee');
    const late = share(realisees, (a) => a.progress === null);
    expect(late).toBeGreaterThan(0.02);
    expect(late).toBeLessThan(0.15);
    expect(everyAction.some((a) => a.progress === 0)).toBe(true);
    for (const action of everyAction) {
      if (action.progress === null) expect(action.progressHistory).toEqual([]);
      else expect(action.progressHistory.at(-1)?.progress).toBe(action.progress);
    }
  });

  it('keeps each history on quarter ends within the action, in order and never going down', () => {
    for (const action of everyAction) {
      const until = (action.endDate ?? '') < DATA_DATE ? (action.endDate ?? '') : DATA_DATE;
      action.progressHistory.forEach((report, i) => {
        expect(report.date).toMatch(/^\d{4}-(03-31|06-30|09-30|12-31)$/);
        expect(report.date >= (action.startDate ?? '')).toBe(true);
        expect(report.date <= until).toBe(true);
        const previous = action.progressHistory[i - 1];
        if (previous) {
          expect(report.date > previous.date).toBe(true);
          expect(report.progress).toBeGreaterThanOrEqual(previous.progress);
        }
      });
    }
  });

  it('dates each action in its year, ending after it starts and not far beyond the contract', () => {
    for (const action of everyAction) {
      const start = action.startDate ?? '';
      const end = action.endDate ?? '';
      expect(start.slice(0, 4)).toBe(String(action.year));
      expect(end >= start).toBe(true);
      expect(end <= '2024-12-31').toBe(true);
      if (action.status === 'realisee') expect(end <= DATA_DATE).toBe(true);
      if (action.status === 'en-cours') expect(end >= DATA_DATE).toBe(true);
      if (action.status === 'deposee') expect(start > DATA_DATE).toBe(true);
    }
  });

  it('plans 10 to 300 beneficiaries and counts them, ±30 %, once an action is done and reported', () => {
    for (const { beneficiaries, status, progress, id } of everyAction) {
      const { planned, actual } = beneficiaries;
      expect(Number.isInteger(planned)).toBe(true);
      expect(planned).toBeGreaterThanOrEqual(10);
      expect(planned).toBeLessThanOrEqual(300);
      if (status === 'realisee' && progress !== null) {
        expect(actual, id).not.toBeNull();
        expect(Math.abs((actual ?? 0) - (planned ?? 0))).toBeLessThanOrEqual(0.3 * (planned ?? 0) + 1);
      } else {
        expect(actual, id).toBeNull();
      }
    }
  });
});

describe('generateContract: coverage', () => {
  const uncovered = (generated: readonly Action[], codes: ReadonlySet<string>) => {
    const used = new Set(generated.flatMap((a) => a.objectives));
    return [...codes].filter((code) => !used.has(code));
  };

  it.each(SEEDS)('leaves 5 to 8 of the 50 objectives without any action for seed %i', (seed) => {
    const never = uncovered(bySeed.get(seed)?.actions ?? [], seedCodes);
    expect(never.length).toBeGreaterThanOrEqual(5);
    expect(never.length).toBeLessThanOrEqual(8);
  });

  it('leaves other objectives uncovered in each year, and not the same ones every year', () => {
    const never = new Set(uncovered(actions, seedCodes));
    const gapsByYear = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) =>
      uncovered(
        actions.filter((a) => a.year === year),
        seedCodes,
      ).filter((code) => !never.has(code)),
    );
    for (const gaps of gapsByYear) expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gapsByYear.map((gaps) => gaps.join())).size).toBeGreaterThan(1);
  });

  it('keeps the chosen gaps when asked for many actions', () => {
    const never = uncovered(generateContract({ tree, territories, totalActions: 5_000 }).actions, seedCodes);
    expect(never).toEqual(uncovered(actions, seedCodes));
  });
});

describe('generateContract: no personal data', () => {
  const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
  const PHONE = /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;
  // Civilities and first-name-like words are what a person's name would bring in.
  const PERSON =
    /\b(M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Docteur|Dr)\s|\b(Jean|Marie|Pierre|Sophie|Ahmed)\b/;

  const strings = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  };

  it.each([
    ['an e-mail address', EMAIL],
    ['a phone number', PHONE],
    ['a person', PERSON],
  ])('writes no %s anywhere', (_, pattern) => {
    const found = [...bySeed.values()]
      .flatMap((generated) => strings(generated))
      .filter((s) => pattern.test(s));
    expect(found).toEqual([]);
  });
});

describe('generateContract: another contract’s tree', () => {
  const node = (code: string, label: string, children: ObjectiveNode[] = []): ObjectiveNode => ({
    kind:
      code.split('.').length === 3 ? 'operational' : code.split('.').length === 2 ? 'strategic' : 'pillar',
    code,
    label,
    transversal: false,
    children,
  });
  // Same codes as Grand Cahors' first pillar, other labels: the bank's titles must not be used for them.
  const otherTree = objectiveTreeSchema.parse({
    version: 1,
    source: 'autre-contrat.txt',
    nodes: [
      node('P1', 'PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE', [
        node('P1.1', 'Lever les freins à l’emploi', [
          node('P1.1.1', 'Développer la mobilité vers les zones d’activité'),
          node('P1.1.2', 'Ouvrir des ateliers de français à visée professionnelle'),
        ]),
      ]),
      node('P2', 'PILIER COHESION SOCIALE', [
        node('P2.1', 'Soutenir les familles', [
          node('P2.1.1', 'Renforcer le soutien à la parentalité'),
          node('P2.1.2', 'Développer les loisirs éducatifs'),
          node('P2.1.3', 'Accompagner les seniors isolés'),
        ]),
      ]),
    ],
  });
  const otherTerritories: Territory[] = territorySchema.array().parse([
    {
      id: 'les-hauts',
      name: 'Les Hauts',
      commune: 'Ailleurs',
      kind: 'qpv',
      code: 'QP999001',
      population: 2400,
    },
    { id: 'le-port', name: 'Le Port', commune: 'Ailleurs', kind: 'qpv', code: 'QP999002', population: 1800 },
    { id: 'la-gare', name: 'La Gare', commune: 'Ailleurs', kind: 'veille-active' },
  ]);
  const other = generateContract({
    tree: otherTree,
    territories: otherTerritories,
    seed: 12,
    contractName: 'Contrat de ville d’Ailleurs',
    contractCode: null,
    agglomeration: 'Communauté de communes d’Ailleurs',
  });

  it('still generates valid actions that refer to that tree and those territories', () => {
    expect(other.actions.length).toBeGreaterThanOrEqual(9 * MIN_ACTIONS_PER_YEAR);
    expect(schemaProblems(other.actions)).toEqual([]);
    const codes = operationalCodes(otherTree);
    const ids = new Set(otherTerritories.map((t) => t.id));
    for (const action of other.actions) {
      for (const code of action.objectives) expect(codes).toContain(code);
      for (const id of action.territories) expect(ids).toContain(id);
      if (action.budget.funding.etat !== undefined) {
        expect(action.territories.some((id) => id === 'les-hauts' || id === 'le-port')).toBe(true);
      }
    }
    expect(other.meta).toMatchObject({
      contractName: 'Contrat de ville d’Ailleurs',
      contractCode: null,
      agglomeration: 'Communauté de communes d’Ailleurs',
    });
  });

  it('titles its actions from the fallback bank, by theme', () => {
    const fallbackTitles = new Set(
      Object.values(fallbackTemplates).flatMap((list) => list.map((t) => t.title)),
    );
    for (const action of other.actions) expect(fallbackTitles).toContain(action.title);
    const emploi = new Set(fallbackTemplates.emploi.map((t) => t.title));
    const firstPillar = other.actions.filter((a) => a.objectives[0]?.startsWith('P1.'));
    expect(firstPillar.length).toBeGreaterThan(0);
    for (const action of firstPillar) expect(emploi).toContain(action.title);
  });
});
