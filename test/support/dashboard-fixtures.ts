import type { z } from 'zod';
import { type Action, actionSchema } from '../../src/domain/action';
import { buildObjectiveIndex } from '../../src/domain/objective-index';
import { type ObjectiveNode, type ObjectiveTree, objectiveTreeSchema } from '../../src/domain/objective-tree';
import { type Territory, territorySchema } from '../../src/domain/territory';

/**
 * A tree small enough to redo every figure by hand, shaped like public/data/objectives.json (codes as
 * parse-annex writes them: a theme is "P1.th1", strategic objectives are numbered within the pillar).
 *
 *   id  code     kind
 *    0  T        transversal-group
 *    1  T1       axis
 *    2  T1.1     strategic
 *    3  T1.1.1   operational
 *    4  T1.1.2   operational
 *    5  P1       pillar
 *    6  P1.th1   theme
 *    7  P1.1     strategic
 *    8  P1.1.1   operational
 *    9  P1.1.2   operational
 *   10  P1.2     strategic
 *   11  P1.2.1   operational
 *   12  P2       pillar (no theme)
 *   13  P2.1     strategic
 *   14  P2.1.1   operational
 *   15  P2.1.2   operational
 *
 * 7 operational objectives: 2 in T1, 3 in P1 (2 in P1.1, 1 in P1.2), 2 in P2.
 */
const node = (
  kind: ObjectiveNode['kind'],
  code: string,
  label: string,
  children: ObjectiveNode[] = [],
): ObjectiveNode => ({ kind, code, label, transversal: code.startsWith('T'), children });

export const dashboardTree: ObjectiveTree = objectiveTreeSchema.parse({
  version: 1,
  source: 'annexe-de-test.txt',
  title: 'Annexe de test',
  nodes: [
    node('transversal-group', 'T', 'AXES TRANSVERSAUX', [
      node('axis', 'T1', 'LA JEUNESSE', [
        node('strategic', 'T1.1', 'Soutenir l’implication des jeunes', [
          node('operational', 'T1.1.1', 'Renforcer une politique jeunesse'),
          node('operational', 'T1.1.2', 'Donner une place centrale à la jeunesse'),
        ]),
      ]),
    ]),
    node('pillar', 'P1', 'PILIER COHESION SOCIALE', [
      node('theme', 'P1.th1', 'LA REUSSITE EDUCATIVE', [
        node('strategic', 'P1.1', 'Développer l’égalité des chances', [
          node('operational', 'P1.1.1', 'Accompagner la scolarité'),
          node('operational', 'P1.1.2', 'Ouvrir les pratiques culturelles'),
        ]),
        node('strategic', 'P1.2', 'Lutter contre le décrochage scolaire', [
          node('operational', 'P1.2.1', 'Repérer les élèves décrocheurs'),
        ]),
      ]),
    ]),
    node('pillar', 'P2', 'PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE', [
      node('strategic', 'P2.1', 'Améliorer l’accès à l’emploi', [
        node('operational', 'P2.1.1', 'Lever les freins à l’emploi'),
        node('operational', 'P2.1.2', 'Développer les clauses d’insertion'),
      ]),
    ]),
  ],
});

export const dashboardIndex = buildObjectiveIndex(dashboardTree);

/** Every node code, depth first: a node's id in the index is its position here. */
export const fixtureCodes = [
  'T',
  'T1',
  'T1.1',
  'T1.1.1',
  'T1.1.2',
  'P1',
  'P1.th1',
  'P1.1',
  'P1.1.1',
  'P1.1.2',
  'P1.2',
  'P1.2.1',
  'P2',
  'P2.1',
  'P2.1.1',
  'P2.1.2',
] as const;

export const NORD = 'quartier-nord';
export const SUD = 'quartier-sud';

/** Two territories, in the order of territories.json: the QPV first, then a watched area. */
export const dashboardTerritories: Territory[] = [
  territorySchema.parse({
    id: NORD,
    name: 'Quartier Nord',
    commune: 'Testville',
    kind: 'qpv',
    code: 'QP046901',
    population: 2000,
  }),
  territorySchema.parse({ id: SUD, name: 'Quartier Sud', commune: 'Testville', kind: 'veille-active' }),
];

export type ActionDraft = Partial<z.input<typeof actionSchema>>;

/**
 * A valid action: an "en cours" action of 2023 on P1.1.1 in the north, costing 1 000 € with no funder, never
 * reported. `progress` follows the last report of `progressHistory` unless given.
 */
export const action = (overrides: ActionDraft = {}): Action => {
  const history = overrides.progressHistory ?? [];
  return actionSchema.parse({
    id: 'A-001',
    year: 2023,
    title: 'Action de test',
    porteur: { name: 'Association Test', type: 'association' },
    objectives: ['P1.1.1'],
    territories: [NORD],
    status: 'en-cours',
    budget: { totalCost: 1_000, funding: {} },
    ...overrides,
    progress: 'progress' in overrides ? overrides.progress : (history.at(-1)?.progress ?? null),
  });
};

/** Numbers the actions' ids ("A-001", "A-002"…) so that a list of drafts reads short. */
export const actions = (...drafts: ActionDraft[]): Action[] =>
  drafts.map((draft, i) => action({ id: `A-${String(i + 1).padStart(3, '0')}`, ...draft }));

/** A small seeded generator (mulberry32): the same seed gives the same actions on every run. */
const seeded = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], most: number): T[] => {
    const count = 1 + Math.floor(next() * most);
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  return { next, pick, some };
};

const randomObjectives = ['T1.1.1', 'T1.1.2', 'P1.1.1', 'P1.1.2', 'P1.2.1', 'P2.1.1', 'P2.1.2', 'P9.1.1'];
const randomTerritories = [NORD, SUD, 'centre'];
const randomStatuses = ['deposee', 'programmee', 'en-cours', 'realisee', 'abandonnee'] as const;
const randomFunders = ['etat', 'ville', 'caf', 'region', 'porteur'] as const;
const randomDates = ['2022-03-31', '2022-06-30', '2022-12-31', '2023-03-31', '2023-06-30', '2023-09-30'];

/**
 * Many valid actions drawn at random over the fixture tree, for checking the figures against a plain
 * reading of the rules rather than against hand-worked numbers: one to three objectives (sometimes one the
 * tree lacks), one to three territories (sometimes one territories.json lacks), every status, funders in
 * varying order and amounts with cents, progress histories or none. `withRepeats` also lists, in a few of
 * them, an objective and a territory twice, as a record that bypassed the schema would.
 */
export const randomActions = (count: number, seed: number, withRepeats = false): Action[] => {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const funding: Record<string, number> = {};
    for (const funder of random.some(randomFunders, 3))
      funding[funder] = Math.round(random.next() * 50_000) / 100;
    const declared = Object.values(funding).reduce((sum, amount) => sum + amount, 0);
    const dates = random.next() < 0.3 ? [] : random.some(randomDates, 3).sort();
    let progress = 0;
    const progressHistory = dates.map((date) => {
      progress = Math.min(100, progress + Math.round(random.next() * 40));
      return { date, progress };
    });
    const drawn = action({
      id: `R-${i}`,
      year: random.pick([2022, 2023, 2024]),
      objectives: random.some(randomObjectives, 3),
      territories: random.some(randomTerritories, 3),
      status: random.pick(randomStatuses),
      budget: { totalCost: declared + Math.round(random.next() * 100_000) / 100, funding },
      progressHistory,
      endDate: random.next() < 0.2 ? null : random.pick(randomDates),
    });
    if (!withRepeats || random.next() > 0.1) return drawn;
    return {
      ...drawn,
      objectives: [...drawn.objectives, drawn.objectives[0] as string],
      territories: [...drawn.territories, drawn.territories[0] as string],
    };
  });
};
