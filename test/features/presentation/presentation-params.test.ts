import { describe, expect, it } from 'vitest';
import {
  moveSlide,
  type PresentationParams,
  parsePresentationParams,
  writePresentationParams,
} from '../../../src/features/presentation/presentation-params';

const parse = (search: string) => parsePresentationParams(new URLSearchParams(search));

describe('presentation params', () => {
  it.each([
    ['', { slide: 1, auto: null, theme: 'clair' }],
    ['diapo=4&auto=30&theme=contraste', { slide: 4, auto: 30, theme: 'contraste' }],
    ['diapo=0', { slide: 1, auto: null, theme: 'clair' }],
    ['diapo=-2&auto=abc', { slide: 1, auto: null, theme: 'clair' }],
    ['diapo=2.5', { slide: 1, auto: null, theme: 'clair' }],
    ['auto=2', { slide: 1, auto: null, theme: 'clair' }],
    ['auto=5', { slide: 1, auto: 5, theme: 'clair' }],
    ['auto=3601', { slide: 1, auto: null, theme: 'clair' }],
    ['theme=sombre', { slide: 1, auto: null, theme: 'clair' }],
  ])('reads "%s", falling back to the defaults for anything malformed', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });

  it.each<PresentationParams>([
    { slide: 1, auto: null, theme: 'clair' },
    { slide: 7, auto: 45, theme: 'contraste' },
    { slide: 3, auto: null, theme: 'contraste' },
  ])('round-trips %o, keeping the filter params as they were', (value) => {
    const params = writePresentationParams(value, new URLSearchParams('annee=2023&quartier=terre-rouge'));
    expect(parsePresentationParams(params)).toEqual(value);
    expect(params.get('annee')).toBe('2023');
    expect(params.get('quartier')).toBe('terre-rouge');
  });

  it('leaves the defaults out of the address, so that a plain deck has a plain link', () => {
    expect(writePresentationParams({ slide: 1, auto: null, theme: 'clair' }).toString()).toBe('');
    expect(
      writePresentationParams(
        { slide: 1, auto: null, theme: 'clair' },
        new URLSearchParams('diapo=5&auto=20&theme=contraste'),
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
