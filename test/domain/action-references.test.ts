import { describe, expect, it } from 'vitest';
import { type Action, actionSchema } from '../../src/domain/action';
import { checkActionReferences } from '../../src/domain/action-references';

const action = (id: string, overrides: Partial<Action> = {}): Action =>
  actionSchema.parse({
    id,
    year: 2021,
    title: `Action ${id}`,
    porteur: { name: 'Centre social', type: 'association' },
    objectives: ['P2.1.1'],
    territories: ['terre-rouge'],
    status: 'realisee',
    budget: { totalCost: 10_000, funding: { etat: 4_000 } },
    ...overrides,
  });

const codes = new Set(['P2.1.1', 'P2.1.2', 'T1.1.1']);
const territories = new Set(['terre-rouge', 'sainte-valerie']);

const check = (records: Action[], positions = records.map((_, index) => index)) =>
  checkActionReferences('actions.json', { records, positions }, codes, territories);

describe('checkActionReferences', () => {
  it('keeps every action whose objectives and territories exist', () => {
    const records = [
      action('a'),
      action('b', { objectives: ['P2.1.2', 'T1.1.1'], territories: ['sainte-valerie'] }),
    ];
    expect(check(records)).toEqual({ actions: records, rejected: [] });
  });

  it.each<[string, Partial<Action>, { path: string; message: RegExp }[]]>([
    [
      'an unknown objective',
      { objectives: ['P2.1.1', 'P9.9.9'] },
      [{ path: 'actions[4].objectives[1]', message: /« P9\.9\.9 » n’est pas un objectif opérationnel/ }],
    ],
    [
      'an unknown territory',
      { territories: ['quartier-inconnu'] },
      [{ path: 'actions[4].territories[0]', message: /« quartier-inconnu » absent de territories\.json/ }],
    ],
    [
      'both',
      { objectives: ['P2.9.9'], territories: ['terre-rouge', 'ailleurs'] },
      [
        { path: 'actions[4].objectives[0]', message: /P2\.9\.9/ },
        { path: 'actions[4].territories[1]', message: /ailleurs/ },
      ],
    ],
  ])('leaves out and reports an action with %s, at its position in the file', (_, overrides, expected) => {
    const good = action('good');
    const bad = action('bad', overrides);
    const result = check([good, bad], [1, 4]);
    expect(result.actions).toEqual([good]);
    expect(result.rejected).toHaveLength(1);
    const [rejected] = result.rejected;
    expect(rejected).toMatchObject({ file: 'actions.json', index: 4, id: 'bad' });
    expect(rejected?.problems).toHaveLength(expected.length);
    expected.forEach((problem, index) => {
      expect(rejected?.problems[index]?.path).toBe(problem.path);
      expect(rejected?.problems[index]?.message).toMatch(problem.message);
    });
  });

  it('keeps the first of two actions sharing an id and reports the second', () => {
    const first = action('2021-001');
    const second = action('2021-001', { title: 'Doublon' });
    const result = check([first, action('2021-002'), second]);
    expect(result.actions.map((kept) => kept.title)).toEqual(['Action 2021-001', 'Action 2021-002']);
    expect(result.rejected).toEqual([
      {
        file: 'actions.json',
        index: 2,
        id: '2021-001',
        problems: [
          {
            path: 'actions[2].id',
            message: 'identifiant « 2021-001 » déjà utilisé par l’enregistrement n° 1',
          },
        ],
      },
    ]);
  });

  it('does not let a rejected action reserve its id', () => {
    const result = check([action('x', { territories: ['ailleurs'] }), action('x')]);
    expect(result.actions).toHaveLength(1);
    expect(result.rejected.map((record) => record.index)).toEqual([0]);
  });
});
