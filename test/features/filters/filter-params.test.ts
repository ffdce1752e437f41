import { describe, expect, it } from 'vitest';
import { type ActionFilter, emptyFilter } from '../../../src/domain/action-filter';
import {
  filterParamNames,
  filterSearch,
  type IgnoredParam,
  type KnownValues,
  parseFilterParams,
  toSearch,
  writeFilterParams,
} from '../../../src/features/filters/filter-params';

/** The text's param, whatever its name ("q", "recherche"). */
const Q = filterParamNames.text;

const parse = (search: string, known?: KnownValues) => parseFilterParams(new URLSearchParams(search), known);
const filterOf = (fields: Partial<ActionFilter>): ActionFilter => ({ ...emptyFilter, ...fields });
const searchOf = (filter: ActionFilter) => toSearch(writeFilterParams(filter));

describe('write then parse gives the same filter', () => {
  // Each filter is already canonical: values sorted (years ascending, domains P2 < P10 < T1, funders and
  // statuses in their declared order, territories alphabetically) and each value once.
  it.each<[string, ActionFilter]>([
    ['empty', emptyFilter],
    ['years', filterOf({ years: [2022, 2023] })],
    ['domains', filterOf({ domains: ['P2', 'P10', 'T1'] })],
    ['territories', filterOf({ territories: ['quartier-nord', 'quartier-sud'] })],
    ['funders', filterOf({ funders: ['etat', 'caf', 'porteur'] })],
    ['statuses', filterOf({ statuses: ['programmee', 'en-cours', 'realisee'] })],
    ['text with spaces, comma, accent, apostrophe', filterOf({ text: 'soutien scolaire, santé d’été' })],
    [
      'every field',
      {
        years: [2015, 2023],
        domains: ['P1', 'T2'],
        territories: ['centre-ancien', 'terre-rouge'],
        funders: ['ville', 'bailleurs'],
        statuses: ['deposee', 'abandonnee'],
        text: 'jeunes',
      },
    ],
  ])('%s', (_, filter) => {
    expect(parse(searchOf(filter))).toEqual({ filter, ignored: [] });
  });
});

describe('parse then write gives the same canonical address', () => {
  it.each([
    '',
    '?annee=2022,2023',
    '?pilier=P2,P10,T1',
    '?quartier=quartier-nord,quartier-sud',
    '?financeur=etat,caf,porteur',
    '?statut=deposee,en-cours,abandonnee',
    `?${Q}=soutien+scolaire`,
    `?${Q}=sant%C3%A9`,
    `?${Q}=a,b`,
    `?annee=2023&pilier=P1&quartier=quartier-sud&financeur=etat&statut=en-cours&${Q}=jeunes`,
  ])('%j', (search) => {
    expect(searchOf(parse(search).filter)).toBe(search);
  });
});

describe('canonical order and duplicates', () => {
  it('sorts and dedupes what it reads', () => {
    const { filter, ignored } = parse(
      '?annee=2023,2022,2023&pilier=T1,p2,P10,P2&quartier=sud,nord&financeur=porteur,etat,porteur&statut=realisee,deposee',
    );
    expect(filter).toEqual(
      filterOf({
        years: [2022, 2023],
        domains: ['P2', 'P10', 'T1'],
        territories: ['nord', 'sud'],
        funders: ['etat', 'porteur'],
        statuses: ['deposee', 'realisee'],
      }),
    );
    expect(ignored).toEqual([]);
  });

  it('sorts and dedupes what it writes, params in a fixed order', () => {
    const filter = filterOf({
      text: 'emploi',
      statuses: ['realisee', 'deposee'],
      funders: ['porteur', 'etat', 'etat'],
      domains: ['T1', 'P2'],
      years: [2023, 2022, 2023],
    });
    expect(searchOf(filter)).toBe(
      `?annee=2022,2023&pilier=P2,T1&financeur=etat,porteur&statut=deposee,realisee&${Q}=emploi`,
    );
  });
});

describe('lists', () => {
  it.each<[string, Partial<ActionFilter>]>([
    ['?annee=2022&annee=2023,2024', { years: [2022, 2023, 2024] }],
    ['?statut=en-cours&statut=realisee', { statuses: ['en-cours', 'realisee'] }],
    ['?annee=2022,,2023,', { years: [2022, 2023] }],
    ['?annee=2022+,+2023', { years: [2022, 2023] }],
    ['?quartier=nord&quartier=nord', { territories: ['nord'] }],
    // The text is one value: only the first q counts, commas included.
    [`?${Q}=a&${Q}=b`, { text: 'a' }],
    [`?${Q}=a,b`, { text: 'a,b' }],
  ])('%s', (search, fields) => {
    expect(parse(search)).toEqual({ filter: filterOf(fields), ignored: [] });
  });
});

describe('values that cannot be used', () => {
  it.each<[string, KnownValues | undefined, Partial<ActionFilter>, IgnoredParam[]]>([
    ['?annee=20x3,2022', undefined, { years: [2022] }, [{ param: 'annee', value: '20x3' }]],
    ['?annee=1999', undefined, {}, [{ param: 'annee', value: '1999' }]],
    ['?annee=22', undefined, {}, [{ param: 'annee', value: '22' }]],
    ['?annee=2022.0', undefined, {}, [{ param: 'annee', value: '2022.0' }]],
    ['?statut=fini,en-cours', undefined, { statuses: ['en-cours'] }, [{ param: 'statut', value: 'fini' }]],
    // A lower-case domain is read in upper case.
    ['?pilier=p2', undefined, { domains: ['P2'] }, []],
    [
      '?pilier=X1,P',
      undefined,
      {},
      [
        { param: 'pilier', value: 'X1' },
        { param: 'pilier', value: 'P' },
      ],
    ],
    ['?financeur=banque,caf', undefined, { funders: ['caf'] }, [{ param: 'financeur', value: 'banque' }]],
    ['?quartier=Terre+Rouge', undefined, {}, [{ param: 'quartier', value: 'Terre Rouge' }]],
    // Values outside what the data holds, when it is known.
    [
      '?quartier=quartier-nord,inconnu',
      { territories: ['quartier-nord', 'quartier-sud'] },
      { territories: ['quartier-nord'] },
      [{ param: 'quartier', value: 'inconnu' }],
    ],
    ['?annee=2021,2022', { years: [2022, 2023] }, { years: [2022] }, [{ param: 'annee', value: '2021' }]],
    [
      '?pilier=p9,p1',
      { domains: ['T1', 'P1', 'P2'] },
      { domains: ['P1'] },
      [{ param: 'pilier', value: 'p9' }],
    ],
    // A field the known values do not mention is not restricted.
    ['?annee=2019', { territories: ['quartier-nord'] }, { years: [2019] }, []],
  ])('%s (known: %j)', (search, known, fields, ignored) => {
    expect(parse(search, known)).toEqual({ filter: filterOf(fields), ignored });
  });

  it('lists every ignored value, field by field, and keeps the valid ones', () => {
    expect(parse(`?statut=fini,realisee&annee=20x3,2023&pilier=Z&${Q}=emploi`)).toEqual({
      filter: filterOf({ years: [2023], statuses: ['realisee'], text: 'emploi' }),
      ignored: [
        { param: 'annee', value: '20x3' },
        { param: 'pilier', value: 'Z' },
        { param: 'statut', value: 'fini' },
      ],
    });
  });

  it('trims the text and cuts it at 200 characters', () => {
    expect(parse(`?${Q}=++soutien++`).filter.text).toBe('soutien');
    expect(parse(`?${Q}=${'a'.repeat(250)}`).filter.text).toBe('a'.repeat(200));
  });
});

describe('writeFilterParams', () => {
  it('keeps the other params and replaces the filter ones', () => {
    const params = new URLSearchParams('tri=cout&annee=2020&page=2');
    expect(writeFilterParams(filterOf({ years: [2022] }), params).toString()).toBe(
      'tri=cout&page=2&annee=2022',
    );
    // The params it was given are left as they were.
    expect(params.toString()).toBe('tri=cout&annee=2020&page=2');
  });

  it('removes the filter params the filter leaves empty', () => {
    const params = new URLSearchParams(`annee=2020&${Q}=x&tri=cout&statut=fini&quartier=a&quartier=b`);
    expect(writeFilterParams(emptyFilter, params).toString()).toBe('tri=cout');
  });

  it.each([
    ['  emploi  ', `?${Q}=emploi`],
    ['   ', ''],
  ])('writes the text %j trimmed: %j', (text, expected) => {
    expect(searchOf(filterOf({ text }))).toBe(expected);
  });
});

describe('toSearch and filterSearch', () => {
  it('keeps commas readable', () => {
    const params = new URLSearchParams({ annee: '2022,2023' });
    expect(params.toString()).toBe('annee=2022%2C2023');
    expect(toSearch(params)).toBe('?annee=2022,2023');
  });

  it('gives an empty string for no params', () => {
    expect(toSearch(new URLSearchParams())).toBe('');
    expect(filterSearch(emptyFilter)).toBe('');
  });

  it('writes the filter part of a link', () => {
    expect(filterSearch(filterOf({ years: [2023], domains: ['P2'] }))).toBe('?annee=2023&pilier=P2');
  });
});
