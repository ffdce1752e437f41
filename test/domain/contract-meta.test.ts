import { describe, expect, it } from 'vitest';
import { contractMetaSchema } from '../../src/domain/contract-meta';
import type { FieldProblem } from '../../src/lib/fetch-json';
import { only, problemsWith } from '../support/schema-problems';
import { readRepoFile } from '../support/seed';

const problems = problemsWith(contractMetaSchema);

/** Only the required fields. */
const minimalMeta = () => ({
  contractName: 'Contrat de ville du Grand Cahors',
  agglomeration: 'Communauté d’agglomération du Grand Cahors',
  period: { start: 2015, end: 2023 },
  dataDate: '2024-06-30',
  steeringCommittees: ['2024-03-12', '2024-10-08'],
});

type Draft = ReturnType<typeof minimalMeta>;

describe('contractMetaSchema', () => {
  it('accepts the committed public/data/meta.json', () => {
    const meta = contractMetaSchema.parse(JSON.parse(readRepoFile('public/data/meta.json')));
    expect(meta.contractCode).toBe('CV149');
    expect(meta.fictitious).toBe(false);
  });

  it('defaults fictitious to false and contractCode to null', () => {
    expect(contractMetaSchema.parse(minimalMeta())).toEqual({
      ...minimalMeta(),
      contractCode: null,
      funderNames: {},
      fictitious: false,
    });
  });

  it('reads the partners’ names for the funders, as the committed meta.json gives them', () => {
    const meta = contractMetaSchema.parse(JSON.parse(readRepoFile('public/data/meta.json')));
    expect(meta.funderNames).toMatchObject({ 'Ville de Cahors': 'ville', 'Grand Cahors': 'agglomeration' });
  });

  it('keeps fictitious true for the demo', () => {
    expect(contractMetaSchema.parse({ ...minimalMeta(), fictitious: true }).fictitious).toBe(true);
  });

  it('accepts a period of one year and a null data date', () => {
    expect(problems({ ...minimalMeta(), period: { start: 2024, end: 2024 }, dataDate: null })).toEqual([]);
  });

  it.each<[string, (meta: Draft) => unknown, FieldProblem[]]>([
    [
      'a period that ends before it starts',
      (m) => ({ ...m, period: { start: 2023, end: 2015 } }),
      only('period.end', /^la fin de la période précède son début$/),
    ],
    ['a missing data date', ({ dataDate: _, ...m }) => m, only('dataDate', /^champ obligatoire$/)],
    ['an empty contract code', (m) => ({ ...m, contractCode: '  ' }), only('contractCode', /^code vide$/)],
    [
      'the fictitious flag as a string',
      (m) => ({ ...m, fictitious: 'oui' }),
      only('fictitious', /^true ou false attendu$/),
    ],
    [
      'a steering committee date that does not exist',
      (m) => ({ ...m, steeringCommittees: ['2024-03-12', '2024-02-30'] }),
      only('steeringCommittees[1]', /^date attendue au format AAAA-MM-JJ$/),
    ],
    [
      'a steering committee date written the French way',
      (m) => ({ ...m, steeringCommittees: ['2024-03-12', '08/10/2024'] }),
      only('steeringCommittees[1]', /^date attendue au format AAAA-MM-JJ$/),
    ],
    [
      'an empty contract name',
      (m) => ({ ...m, contractName: ' ' }),
      only('contractName', /^nom du contrat vide$/),
    ],
    [
      'a partner named for an unknown funder',
      (m) => ({ ...m, funderNames: { 'Ville de Cahors': 'mairie' } }),
      only('funderNames.Ville de Cahors', /^financeur attendu : etat, ville, agglomeration/),
    ],
    [
      'a partner with an empty name',
      (m) => ({ ...m, funderNames: { '  ': 'ville' } }),
      only('funderNames.  ', /^nom de partenaire vide$/),
    ],
    [
      'funderNames as a list',
      (m) => ({ ...m, funderNames: ['Ville de Cahors'] }),
      only('funderNames', /^objet attendu/),
    ],
    [
      'a data date with a time',
      (m) => ({ ...m, dataDate: '2024-06-30T12:00:00Z' }),
      only('dataDate', /^date attendue au format AAAA-MM-JJ$/),
    ],
  ])('rejects %s, naming the field', (_, change, expected) => {
    expect(problems(change(minimalMeta()))).toEqual(expected);
  });
});
