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
