import { describe, expect, it } from 'vitest';
import {
  moveSlide,
  type PresentationParams,
  parsePresentationParams,
  writePresentationParams,
} from '../../../src/features/presentation/presentation-params';

const parse = (search: string) => parsePresentationParams(new URLSearchParams(search));

const defaults: PresentationParams = { slide: 1, auto: null, theme: 'clair', deck: null };

describe('presentation params', () => {
  it.each<[string, Partial<PresentationParams>]>([
    ['', {}],
    ['diapo=4&auto=30&theme=contraste', { slide: 4, auto: 30, theme: 'contraste' }],
    ['diapo=0', {}],
    ['diapo=-2&auto=abc', {}],
    ['diapo=2.5', {}],
    ['auto=2', {}],
    ['auto=5', { auto: 5 }],
    ['auto=3601', {}],
    ['theme=sombre', {}],
    ['diapos=vue-ensemble,pilier-P2', { deck: ['vue-ensemble', 'pilier-P2'] }],
    // Spaces and empty items are dropped, a repeated id is kept once (its first place), a repeated param read.
    [
      'diapos= pilier-P2 ,,vue-ensemble,pilier-P2&diapos=quartiers',
      { deck: ['pilier-P2', 'vue-ensemble', 'quartiers'] },
    ],
    ['diapos=', {}],
    ['diapos=,,', {}],
  ])('reads "%s", falling back to the defaults for anything malformed', (search, expected) => {
    expect(parse(search)).toEqual({ ...defaults, ...expected });
  });

  it.each<PresentationParams>([
    defaults,
    { slide: 7, auto: 45, theme: 'contraste', deck: null },
    { slide: 3, auto: null, theme: 'contraste', deck: ['quartier-terre-rouge'] },
    { slide: 2, auto: null, theme: 'clair', deck: ['depuis-le-dernier-comite', 'vue-ensemble', 'pilier-T1'] },
  ])('round-trips %o, keeping the filter params as they were', (value) => {
    const params = writePresentationParams(value, new URLSearchParams('annee=2023&quartier=terre-rouge'));
    expect(parsePresentationParams(params)).toEqual(value);
    // And through the address's text, as a copied link carries it.
    expect(parsePresentationParams(new URLSearchParams(params.toString()))).toEqual(value);
    expect(params.get('annee')).toBe('2023');
    expect(params.get('quartier')).toBe('terre-rouge');
  });

  it('writes the chosen slides in their order, each once', () => {
    const params = writePresentationParams({
      ...defaults,
      deck: ['pilier-P2', 'vue-ensemble', 'pilier-P2'],
    });
    expect(params.get('diapos')).toBe('pilier-P2,vue-ensemble');
  });

  it('leaves the defaults out of the address, so that a plain deck has a plain link', () => {
    expect(writePresentationParams(defaults).toString()).toBe('');
    expect(writePresentationParams({ ...defaults, deck: [] }).toString()).toBe('');
    expect(
      writePresentationParams(
        defaults,
        new URLSearchParams('diapo=5&auto=20&theme=contraste&diapos=quartiers'),
      ).toString(),
    ).toBe('');
  });

  it.each([
    [3, 10, 'next', false, 4],
    [10, 10, 'next', false, 10],
    [10, 10, 'next', true, 1],
    [1, 10, 'previous', false, 1],
    [5, 10, 'previous', false, 4],
    [5, 10, 'first', false, 1],
    [5, 10, 'last', false, 10],
    [14, 10, 'previous', false, 10],
    [1, 0, 'next', false, 1],
  ] as const)('moves from %i of %i, %s (wrap %s) to %i', (current, count, move, wrap, expected) => {
    expect(moveSlide(current, count, move, wrap)).toBe(expected);
  });
});
