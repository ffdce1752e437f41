import { describe, expect, it } from 'vitest';
import {
  type Territory,
  territoriesDocumentSchema,
  territoryResolver,
  territorySchema,
} from '../../src/domain/territory';
import type { FieldProblem } from '../../src/lib/fetch-json';
import { only, problemsWith } from '../support/schema-problems';
import { readRepoFile } from '../support/seed';

const problems = problemsWith(territorySchema);

const terreRouge = () => ({
  id: 'terre-rouge',
  name: 'Terre-Rouge',
  commune: 'Cahors',
  kind: 'qpv',
  code: 'QP046001',
  population: 1000,
});

type Draft = ReturnType<typeof terreRouge>;

describe('territorySchema', () => {
  it('accepts the QPV Terre-Rouge with its code', () => {
    expect(problems(terreRouge())).toEqual([]);
    expect(territorySchema.parse(terreRouge())).toEqual(terreRouge());
  });

  it('defaults the code and the population to null (never guessed)', () => {
    const { code: _code, population: _population, ...rest } = terreRouge();
    const watched = { ...rest, id: 'sainte-valerie', name: 'Sainte-Valérie', kind: 'veille-active' };
    expect(territorySchema.parse(watched)).toEqual({ ...watched, code: null, population: null });
  });

  it('accepts every territory of public/data/territories.json', () => {
    const document = territoriesDocumentSchema.parse(
      JSON.parse(readRepoFile('public/data/territories.json')),
    );
    expect(document.territories.length).toBeGreaterThan(0);
    for (const territory of document.territories) expect(problems(territory)).toEqual([]);
  });

  it.each<[string, (territory: Draft) => unknown, FieldProblem[]]>([
    [
      'an unknown kind',
      (t) => ({ ...t, kind: 'quartier' }),
      only('kind', /^type de territoire inconnu \(attendu : qpv, veille-active, observation\)$/),
    ],
    ['a name as id', (t) => ({ ...t, id: 'Terre Rouge' }), only('id', /^identifiant mal formé/)],
    ['an empty name', (t) => ({ ...t, name: '' }), only('name', /^nom vide$/)],
    ['a name of spaces only', (t) => ({ ...t, name: '   ' }), only('name', /^nom vide$/)],
    ['an empty commune', (t) => ({ ...t, commune: '' }), only('commune', /^commune vide$/)],
    ['a negative population', (t) => ({ ...t, population: -1 }), only('population', /^population négative$/)],
    [
      'a fractional population',
      (t) => ({ ...t, population: 999.5 }),
      only('population', /^population entière attendue$/),
    ],
    ['a malformed QPV code', (t) => ({ ...t, code: 'qp046001' }), only('code', /^code QPV mal formé/)],
  ])('rejects %s, naming the field', (_, change, expected) => {
    expect(problems(change(terreRouge()))).toEqual(expected);
  });
});

describe('territoryResolver', () => {
  const territories: Territory[] = [
    territorySchema.parse(terreRouge()),
    territorySchema.parse({ ...terreRouge(), id: 'sainte-valerie', name: 'Sainte-Valérie', code: null }),
  ];
  const resolve = territoryResolver(territories);

  it('finds a territory by its id, by its QPV code, or by both when they agree', () => {
    expect(resolve({ territory: 'terre-rouge', code: null })).toEqual({ territory: territories[0] });
    expect(resolve({ territory: null, code: 'QP046001' })).toEqual({ territory: territories[0] });
    expect(resolve({ territory: 'terre-rouge', code: 'QP046001' })).toEqual({ territory: territories[0] });
  });

  it('names the field and the value of a reference that leads nowhere, or to two territories', () => {
    expect(resolve({ territory: 'quartier-inconnu', code: 'QP046001' })).toEqual({
      field: 'territory',
      message: 'territoire « quartier-inconnu » absent de territories.json',
    });
    expect(resolve({ territory: null, code: 'QP046999' })).toEqual({
      field: 'code',
      message: 'code « QP046999 » : aucun territoire de territories.json n’a ce code',
    });
    expect(resolve({ territory: 'sainte-valerie', code: 'QP046001' })).toEqual({
      field: 'code',
      message: 'code « QP046001 » : le territoire « sainte-valerie » a aucun code dans territories.json',
    });
    expect(resolve({ territory: 'terre-rouge', code: 'QP046999' })).toEqual({
      field: 'code',
      message:
        'code « QP046999 » : le territoire « terre-rouge » a le code « QP046001 » dans territories.json',
    });
  });
});
