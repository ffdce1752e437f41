import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action';
import {
  type ActionFilter,
  actionFilterSchema,
  emptyFilter,
  filterActions,
  isEmptyFilter,
} from '../../src/domain/action-filter';
import { action, dashboardIndex as index, NORD, randomActions, SUD } from '../support/dashboard-fixtures';
import { actionMatcher } from '../support/reference-filter';

/**
 * Five actions, each field set so that every filter below keeps a set one can read off this table:
 *
 *   id        year  objectives (domain)        territories  status      funding (> 0)      texts
 *   2022-001  2022  T1.1.1 (T1)                nord         realisee    etat, ville        Chantier éducatif / Association Trait d’union / Jeunes de 16 à 25 ans
 *   2023-001  2023  P1.1.1 (P1)                sud          en-cours    ville (etat: 0)    Jardin partagé / Ville de Testville / Habitants
 *   2023-002  2023  P2.1.1 (P2), T1.1.2 (T1)   nord, sud    programmee  caf, porteur       Fête du CŒUR des quartiers / Centre social / Familles
 *   2024-001  2024  P2.1.2 (P2)                sud          deposee     etat               Permanence emploi / Maison de l’emploi / (none)
 *   2024-002  2024  P1.2.1 (P1)                nord         abandonnee  (none)             Atelier théâtre / Compagnie Élan / Collégiens
 */
const all: Action[] = [
  action({
    id: '2022-001',
    year: 2022,
    title: 'Chantier éducatif',
    porteur: { name: 'Association Trait d’union', type: 'association' },
    targetPublic: 'Jeunes de 16 à 25 ans',
    objectives: ['T1.1.1'],
    territories: [NORD],
    status: 'realisee',
    budget: { totalCost: 1_000, funding: { etat: 500, ville: 500 } },
  }),
  action({
    id: '2023-001',
    year: 2023,
    title: 'Jardin partagé',
    porteur: { name: 'Ville de Testville', type: 'commune' },
    targetPublic: 'Habitants',
    objectives: ['P1.1.1'],
    territories: [SUD],
    status: 'en-cours',
    budget: { totalCost: 1_000, funding: { etat: 0, ville: 1_000 } },
  }),
  action({
    id: '2023-002',
    year: 2023,
    title: 'Fête du CŒUR des quartiers',
    porteur: { name: 'Centre social', type: 'association' },
    targetPublic: 'Familles',
    objectives: ['P2.1.1', 'T1.1.2'],
    territories: [NORD, SUD],
    status: 'programmee',
    budget: { totalCost: 500, funding: { caf: 300, porteur: 200 } },
  }),
  action({
    id: '2024-001',
    year: 2024,
    title: 'Permanence emploi',
    porteur: { name: 'Maison de l’emploi', type: 'etablissement-public' },
    targetPublic: null,
    objectives: ['P2.1.2'],
    territories: [SUD],
    status: 'deposee',
    budget: { totalCost: 1_000, funding: { etat: 1_000 } },
  }),
  action({
    id: '2024-002',
    year: 2024,
    title: 'Atelier théâtre',
    porteur: { name: 'Compagnie Élan', type: 'association' },
    targetPublic: 'Collégiens',
    objectives: ['P1.2.1'],
    territories: [NORD],
    status: 'abandonnee',
    budget: { totalCost: 800, funding: {} },
  }),
];

const kept = (filter: Partial<ActionFilter>) =>
  filterActions(all, { ...emptyFilter, ...filter }, index).map((kept) => kept.id);

describe('isEmptyFilter', () => {
  it.each<[string, Partial<ActionFilter>, boolean]>([
    ['the empty filter', {}, true],
    ['a text of spaces only', { text: '   ' }, true],
    ['a year', { years: [2023] }, false],
    ['a domain', { domains: ['P1'] }, false],
    ['a territory', { territories: [NORD] }, false],
    ['a funder', { funders: ['etat'] }, false],
    ['a status', { statuses: ['deposee'] }, false],
    ['a text', { text: 'x' }, false],
  ])('%s → %s', (_, filter, expected) => {
    expect(isEmptyFilter({ ...emptyFilter, ...filter })).toBe(expected);
  });

  it('holds for emptyFilter, which the schema accepts', () => {
    expect(actionFilterSchema.parse(emptyFilter)).toEqual(emptyFilter);
  });
});

describe('filterActions, one field at a time', () => {
  it('returns the very same array for the empty filter', () => {
    expect(filterActions(all, emptyFilter, index)).toBe(all);
    expect(filterActions(all, { ...emptyFilter, text: '  ' }, index)).toBe(all);
  });

  it.each<[string, Partial<ActionFilter>, string[]]>([
    // Years: the programmation year, alternatives within the field.
    ['year 2023', { years: [2023] }, ['2023-001', '2023-002']],
    ['years 2022 or 2024', { years: [2022, 2024] }, ['2022-001', '2024-001', '2024-002']],
    ['a year without action', { years: [2019] }, []],
    // Domains: through each objective's axis or pillar; an action on two domains is in both.
    ['axis T1', { domains: ['T1'] }, ['2022-001', '2023-002']],
    ['pillar P1', { domains: ['P1'] }, ['2023-001', '2024-002']],
    ['pillar P2', { domains: ['P2'] }, ['2023-002', '2024-001']],
    ['T1 or P2', { domains: ['T1', 'P2'] }, ['2022-001', '2023-002', '2024-001']],
    ['a domain the tree lacks', { domains: ['P9'] }, []],
    // Territories: any overlap with the action's territories.
    ['the north', { territories: [NORD] }, ['2022-001', '2023-002', '2024-002']],
    ['the south', { territories: [SUD] }, ['2023-001', '2023-002', '2024-001']],
    [
      'north or south',
      { territories: [NORD, SUD] },
      ['2022-001', '2023-001', '2023-002', '2024-001', '2024-002'],
    ],
    // Funders: only a positive amount counts (2023-001 lists etat: 0).
    ['the State', { funders: ['etat'] }, ['2022-001', '2024-001']],
    ['the CAF', { funders: ['caf'] }, ['2023-002']],
    ['the town or the holder', { funders: ['ville', 'porteur'] }, ['2022-001', '2023-001', '2023-002']],
    ['a funder of no action', { funders: ['region'] }, []],
    // Statuses.
    ['en cours', { statuses: ['en-cours'] }, ['2023-001']],
    ['déposée or abandonnée', { statuses: ['deposee', 'abandonnee'] }, ['2024-001', '2024-002']],
  ])('%s', (_, filter, expected) => {
    expect(kept(filter)).toEqual(expected);
  });
});

describe('filterActions by text', () => {
  it.each<[string, string[]]>([
    // Title, ignoring case and accents.
    ['chantier educatif', ['2022-001']],
    ['CHANTIER', ['2022-001']],
    ['THÉÂTRE', ['2024-002']],
    // The ligature: "coeur" finds "CŒUR".
    ['coeur', ['2023-002']],
    ['cœur des', ['2023-002']],
    // Porteur, whatever the apostrophe.
    ["trait d'union", ['2022-001']],
    ['elan', ['2024-002']],
    ['maison de l emploi', ['2024-001']],
    // Public cible.
    ['jeunes', ['2022-001']],
    ['collegiens', ['2024-002']],
    // Id, punctuation folded.
    ['2024-002', ['2024-002']],
    ['2024', ['2024-001', '2024-002']],
    // Objective codes, in any case.
    ['P2.1.2', ['2024-001']],
    ['p1.2.1', ['2024-002']],
    ['T1.1', ['2022-001', '2023-002']],
    // Surrounding spaces do not count; a word nowhere finds nothing.
    ['  jardin  ', ['2023-001']],
    ['piscine', []],
  ])('%j', (text, expected) => {
    expect(kept({ text })).toEqual(expected);
  });

  it('does not search the territories', () => {
    expect(kept({ text: 'nord' })).toEqual([]);
  });

  it('gives the same answer on a second search (the folded text is cached)', () => {
    expect(kept({ text: 'emploi' })).toEqual(['2024-001']);
    expect(kept({ text: 'emploi' })).toEqual(['2024-001']);
  });
});

describe('filterActions, fields combined', () => {
  it.each<[string, Partial<ActionFilter>, string[]]>([
    ['2023 in the north', { years: [2023], territories: [NORD] }, ['2023-002']],
    [
      'en cours or programmée, funded by the town',
      { statuses: ['en-cours', 'programmee'], funders: ['ville'] },
      ['2023-001'],
    ],
    ['"atelier" in 2024', { text: 'atelier', years: [2024] }, ['2024-002']],
    ['P1 funded by the State', { domains: ['P1'], funders: ['etat'] }, []],
    ['T1 in the south', { domains: ['T1'], territories: [SUD] }, ['2023-002']],
    [
      'every field',
      {
        years: [2023, 2024],
        domains: ['P2'],
        territories: [SUD],
        funders: ['caf', 'etat'],
        statuses: ['programmee', 'deposee'],
        text: 'e',
      },
      ['2023-002', '2024-001'],
    ],
  ])('%s', (_, filter, expected) => {
    expect(kept(filter)).toEqual(expected);
  });

  it('leaves out an action whose objective the tree lacks, under a domain filter only', () => {
    const stray = action({ id: 'stray', objectives: ['P9.1.1'] });
    expect(filterActions([stray], { ...emptyFilter, domains: ['P1'] }, index)).toEqual([]);
    expect(filterActions([stray], { ...emptyFilter, years: [2023] }, index)).toEqual([stray]);
  });
});

describe('actionMatcher', () => {
  it('is a predicate built once and run on each action', () => {
    const matches = actionMatcher({ ...emptyFilter, territories: [SUD], statuses: ['deposee'] }, index);
    expect(all.map(matches)).toEqual([false, false, false, true, false]);
  });
});

describe('filterActions and actionMatcher', () => {
  // filterActions reads the actions' table, actionMatcher the actions: the same rules, both ways.
  const drawn = randomActions(300, 93, true);

  it.each<[string, Partial<ActionFilter>]>([
    ['years', { years: [2022, 2024] }],
    ['domains', { domains: ['T1', 'P2'] }],
    ['a domain the tree lacks', { domains: ['P9'] }],
    ['territories, one territories.json lacks', { territories: [SUD, 'centre'] }],
    ['funders', { funders: ['caf', 'region'] }],
    ['statuses', { statuses: ['deposee', 'realisee'] }],
    ['text', { text: 'R-1' }],
    [
      'every field',
      {
        years: [2023],
        domains: ['P1'],
        territories: [NORD],
        funders: ['etat', 'ville'],
        statuses: ['en-cours', 'programmee', 'realisee'],
        text: 'action',
      },
    ],
  ])('keep the same actions: %s', (_, partial) => {
    const filter = { ...emptyFilter, ...partial };
    const expected = drawn.filter(actionMatcher(filter, index));
    expect(filterActions(drawn, filter, index)).toEqual(expected);
  });

  it('filters a filter’s result again', () => {
    const first = filterActions(drawn, { ...emptyFilter, years: [2023] }, index);
    const second = filterActions(first, { ...emptyFilter, statuses: ['en-cours'] }, index);
    expect(second).toEqual(drawn.filter((each) => each.year === 2023 && each.status === 'en-cours'));
  });
});
