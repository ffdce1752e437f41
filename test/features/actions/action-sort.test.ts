import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/action';
import {
  type ActionSort,
  defaultSort,
  firstDirection,
  nextSort,
  objectiveCodesOf,
  parseSortParams,
  type SortContext,
  sortActions,
  sortDirections,
  sortKeys,
  territoryNamesOf,
  writeSortParams,
} from '../../../src/features/actions/action-sort';
import { toSearch } from '../../../src/features/filters/filter-params';
import { actions, dashboardIndex, dashboardTerritories, NORD, SUD } from '../../support/dashboard-fixtures';

const context: SortContext = {
  territoryName: (id) => dashboardTerritories.find((territory) => territory.id === id)?.name ?? id,
  objectivePosition: (code) => dashboardIndex.idByCode.get(code) ?? Number.MAX_SAFE_INTEGER,
};

const ids = (list: readonly Action[]) => list.map((action) => action.id);
const sorted = (list: readonly Action[], sort: ActionSort) => ids(sortActions(list, sort, context));

describe('parseSortParams', () => {
  it.each<[string, ActionSort]>([
    ['', defaultSort],
    ['tri=budget&ordre=desc', { key: 'budget', direction: 'desc' }],
    ['tri=budget&ordre=asc', { key: 'budget', direction: 'asc' }],
    ['tri=intitule&ordre=desc', { key: 'intitule', direction: 'desc' }],
    // A missing or unknown direction: the column's own first direction.
    ['tri=budget', { key: 'budget', direction: 'desc' }],
    ['tri=porteur', { key: 'porteur', direction: 'asc' }],
    ['tri=avancement&ordre=haut', { key: 'avancement', direction: 'desc' }],
    ['tri=statut&ordre=', { key: 'statut', direction: 'asc' }],
    // An unknown column: the default order as a whole.
    ['tri=couleur&ordre=asc', defaultSort],
    ['tri=&ordre=', defaultSort],
    ['tri=budget%3B', defaultSort],
    // A direction alone applies to the default column.
    ['ordre=asc', { key: 'annee', direction: 'asc' }],
    ['ordre=bof', defaultSort],
    // Forgiving like the filter: case and spaces.
    ['tri=%20Budget%20&ordre=DESC', { key: 'budget', direction: 'desc' }],
    // The first of a repeated param.
    ['tri=statut&tri=budget&ordre=desc', { key: 'statut', direction: 'desc' }],
    // Filter params are not its business.
    ['annee=2023&statut=en-cours&tri=quartiers&ordre=desc', { key: 'quartiers', direction: 'desc' }],
  ])('?%s → %o', (search, expected) => {
    expect(parseSortParams(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('writeSortParams', () => {
  it.each<[ActionSort, string, string]>([
    [defaultSort, '', ''],
    [{ key: 'budget', direction: 'desc' }, '', '?tri=budget&ordre=desc'],
    [{ key: 'annee', direction: 'asc' }, '', '?tri=annee&ordre=asc'],
    // Filter params kept, in their place; the order goes after them.
    [
      { key: 'budget', direction: 'desc' },
      'annee=2022,2023&statut=en-cours',
      '?annee=2022,2023&statut=en-cours&tri=budget&ordre=desc',
    ],
    // An earlier order is replaced, not repeated.
    [
      { key: 'porteur', direction: 'asc' },
      'tri=budget&ordre=desc&quartier=terre-rouge',
      '?quartier=terre-rouge&tri=porteur&ordre=asc',
    ],
    // Back to the default: no trace, the filter stays.
    [defaultSort, 'tri=budget&ordre=desc&annee=2023', '?annee=2023'],
  ])('%o on ?%s → %s', (sort, before, expected) => {
    const params = new URLSearchParams(before);
    expect(toSearch(writeSortParams(sort, params))).toBe(expected);
    expect(params.toString()).toBe(new URLSearchParams(before).toString());
  });

  const every = sortKeys.flatMap((key) => sortDirections.map((direction) => ({ key, direction })));

  it.each(every)('round-trips $key $direction', (sort) => {
    expect(parseSortParams(writeSortParams(sort, new URLSearchParams('annee=2023')))).toEqual(sort);
  });

  it.each(['', 'tri=budget', 'tri=couleur&ordre=asc', 'ordre=asc', 'tri=Budget&ordre=DESC'])(
    'writes ?%s back in one canonical form',
    (search) => {
      const once = writeSortParams(parseSortParams(new URLSearchParams(search)));
      expect(writeSortParams(parseSortParams(once)).toString()).toBe(once.toString());
    },
  );
});

describe('nextSort', () => {
  it.each<[ActionSort, ActionSort['key'], ActionSort]>([
    [defaultSort, 'annee', { key: 'annee', direction: 'asc' }],
    [{ key: 'annee', direction: 'asc' }, 'annee', { key: 'annee', direction: 'desc' }],
    [defaultSort, 'budget', { key: 'budget', direction: 'desc' }],
    [defaultSort, 'avancement', { key: 'avancement', direction: 'desc' }],
    [defaultSort, 'intitule', { key: 'intitule', direction: 'asc' }],
    [{ key: 'budget', direction: 'asc' }, 'porteur', { key: 'porteur', direction: 'asc' }],
  ])('%o, click on %s → %o', (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });

  it('gives every column a first direction', () => {
    for (const key of sortKeys) expect(sortDirections).toContain(firstDirection[key]);
  });
});

describe('sortActions', () => {
  const list = actions(
    { title: 'Zèbre', year: 2022, budget: { totalCost: 500, funding: {} }, progress: 40 },
    { title: 'école ouverte', year: 2023, budget: { totalCost: 3_000, funding: {} }, progress: null },
    { title: 'Été des quartiers', year: 2023, budget: { totalCost: 3_000, funding: {} }, progress: 0 },
    { title: 'abri', year: 2021, budget: { totalCost: 10, funding: {} }, progress: 100 },
    { title: 'Ecole des parents', year: 2023, budget: { totalCost: 700, funding: {} }, progress: null },
  );

  it.each<[ActionSort, string[]]>([
    // Default: most recent year, then title in French order (accents and case do not push a title to the end).
    [defaultSort, ['A-005', 'A-002', 'A-003', 'A-001', 'A-004']],
    [{ key: 'annee', direction: 'asc' }, ['A-004', 'A-001', 'A-005', 'A-002', 'A-003']],
    [{ key: 'intitule', direction: 'asc' }, ['A-004', 'A-005', 'A-002', 'A-003', 'A-001']],
    [{ key: 'intitule', direction: 'desc' }, ['A-001', 'A-003', 'A-002', 'A-005', 'A-004']],
    // Ties on the column fall back to the title, A to Z, in both directions.
    [{ key: 'budget', direction: 'desc' }, ['A-002', 'A-003', 'A-005', 'A-001', 'A-004']],
    [{ key: 'budget', direction: 'asc' }, ['A-004', 'A-001', 'A-005', 'A-002', 'A-003']],
    // "non renseigné" after every figure, 0 % included, in both directions; between them, by title.
    [{ key: 'avancement', direction: 'desc' }, ['A-004', 'A-001', 'A-003', 'A-005', 'A-002']],
    [{ key: 'avancement', direction: 'asc' }, ['A-003', 'A-001', 'A-004', 'A-005', 'A-002']],
  ])('%o', (sort, expected) => {
    expect(sorted(list, sort)).toEqual(expected);
  });

  it('keeps the original order of actions equal on the column and the title (stable)', () => {
    const twins = actions(
      { title: 'Même action', budget: { totalCost: 100, funding: {} } },
      { title: 'Même action', budget: { totalCost: 100, funding: {} } },
      { title: 'Autre', budget: { totalCost: 50, funding: {} } },
      { title: 'Même action', budget: { totalCost: 100, funding: {} } },
    );
    for (const direction of sortDirections) {
      expect(sorted(twins, { key: 'budget', direction })).toEqual(
        direction === 'desc' ? ['A-001', 'A-002', 'A-004', 'A-003'] : ['A-003', 'A-001', 'A-002', 'A-004'],
      );
      expect(sorted(twins, { key: 'porteur', direction })).toEqual(['A-003', 'A-001', 'A-002', 'A-004']);
    }
  });

  it('sorts the status by the lifecycle, not by the label', () => {
    const list = actions(
      { status: 'abandonnee' },
      { status: 'realisee' },
      { status: 'deposee' },
      { status: 'en-cours' },
      { status: 'programmee' },
    );
    expect(sorted(list, { key: 'statut', direction: 'asc' })).toEqual([
      'A-003',
      'A-005',
      'A-004',
      'A-002',
      'A-001',
    ]);
    expect(sorted(list, { key: 'statut', direction: 'desc' })).toEqual([
      'A-001',
      'A-002',
      'A-004',
      'A-005',
      'A-003',
    ]);
  });

  it('sorts the porteur and the territories by their names in French order', () => {
    const list = actions(
      { title: 'a', porteur: { name: 'Ville de Testville', type: 'commune' }, territories: [SUD] },
      { title: 'b', porteur: { name: 'Éducation nationale', type: 'etat' }, territories: [NORD, SUD] },
      { title: 'c', porteur: { name: 'association Test', type: 'association' }, territories: [NORD] },
    );
    expect(sorted(list, { key: 'porteur', direction: 'asc' })).toEqual(['A-003', 'A-002', 'A-001']);
    // "Quartier Nord" < "Quartier Nord, Quartier Sud" < "Quartier Sud"
    expect(sorted(list, { key: 'quartiers', direction: 'asc' })).toEqual(['A-003', 'A-002', 'A-001']);
    expect(sorted(list, { key: 'quartiers', direction: 'desc' })).toEqual(['A-001', 'A-002', 'A-003']);
  });

  it('sorts the objectives in the order of the contract, not of the codes as text', () => {
    // In the fixture tree, the transversal axis T1 comes before the pillars.
    const list = actions(
      { title: 'a', objectives: ['P2.1.1'] },
      { title: 'b', objectives: ['P1.2.1', 'T1.1.2'] },
      { title: 'c', objectives: ['P1.1.2'] },
      { title: 'd', objectives: ['T1.1.2'] },
      { title: 'e', objectives: ['P1.1.1', 'P2.1.2'] },
    );
    expect(sorted(list, { key: 'objectifs', direction: 'asc' })).toEqual([
      'A-004',
      'A-002',
      'A-005',
      'A-003',
      'A-001',
    ]);
    expect(sorted(list, { key: 'objectifs', direction: 'desc' })).toEqual([
      'A-001',
      'A-003',
      'A-005',
      'A-002',
      'A-004',
    ]);
  });

  it('shows the territories and the objectives in the order it sorts them', () => {
    const [action] = actions({ territories: [SUD, NORD], objectives: ['P2.1.1', 'T1.1.1', 'P1.1.1'] });
    expect(territoryNamesOf(action as Action, context)).toEqual(['Quartier Nord', 'Quartier Sud']);
    expect(objectiveCodesOf(action as Action, context)).toEqual(['T1.1.1', 'P1.1.1', 'P2.1.1']);
    expect((action as Action).objectives).toEqual(['P2.1.1', 'T1.1.1', 'P1.1.1']);
  });

  it('does not change the list it is given, and handles an empty one', () => {
    const before = ids(list);
    sortActions(list, { key: 'budget', direction: 'desc' }, context);
    expect(ids(list)).toEqual(before);
    expect(sortActions([], defaultSort, context)).toEqual([]);
  });

  it('agrees with a plain comparator on many actions, for every column and direction', () => {
    const collator = new Intl.Collator('fr');
    const titles = ['Atelier', 'atelier', 'Âge d’or', 'Zone', 'éveil', 'Eveil', 'Jardin'];
    const many = actions(
      ...Array.from({ length: 2_000 }, (_, i) => ({
        title: titles[(i * 7) % titles.length] as string,
        year: 2015 + ((i * 13) % 9),
        budget: { totalCost: ((i * 37) % 50) * 100, funding: {} },
        progress: i % 5 === 0 ? null : (i * 11) % 101,
      })),
    ).map((action, i) => ({ ...action, id: `A-${i}` }));
    const value: Partial<Record<ActionSort['key'], (action: Action) => number | null>> = {
      annee: (action) => action.year,
      budget: (action) => action.budget.totalCost,
      avancement: (action) => action.progress,
    };
    for (const [key, of] of Object.entries(value) as [
      ActionSort['key'],
      (action: Action) => number | null,
    ][]) {
      for (const direction of sortDirections) {
        const sign = direction === 'asc' ? 1 : -1;
        const expected = [...many].sort((a, b) => {
          const x = of(a);
          const y = of(b);
          if (x === null || y === null) {
            if (x !== y) return x === null ? 1 : -1;
          } else if (x !== y) return sign * (x - y);
          return collator.compare(a.title, b.title);
        });
        expect(sorted(many, { key, direction })).toEqual(ids(expected));
      }
    }
    for (const direction of sortDirections) {
      const sign = direction === 'asc' ? 1 : -1;
      const expected = [...many].sort((a, b) => sign * collator.compare(a.title, b.title));
      expect(sorted(many, { key: 'intitule', direction })).toEqual(ids(expected));
    }
  });
});
