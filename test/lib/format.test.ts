// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatEuros, formatInteger, formatIsoDate, plural } from '../../src/lib/format';

// fr-FR groups thousands with a narrow no-break space (U+202F) and puts a no-break space before "€".
const nnbsp = '\u202f';
const nbsp = '\u00a0';

describe('fr-FR formatting', () => {
  it.each<[number, string]>([
    [0, `0${nbsp}€`],
    [7164, `7${nnbsp}164${nbsp}€`],
    [12000.5, `12${nnbsp}000,50${nbsp}€`],
    [1_250_000, `1${nnbsp}250${nnbsp}000${nbsp}€`],
  ])('formatEuros(%d) → %j', (value, expected) => {
    expect(formatEuros(value)).toBe(expected);
  });

  it('writes whole numbers with grouped thousands', () => {
    expect(formatInteger(100_000)).toBe(`100${nnbsp}000`);
  });

  it('reads an ISO date as a calendar date', () => {
    expect(formatIsoDate('2023-11-30')).toBe('30 novembre 2023');
    expect(formatIsoDate('2024-01-01')).toBe('1 janvier 2024');
  });

  it('agrees the noun with the count', () => {
    expect(plural(1, 'action', 'actions')).toBe('1 action');
    expect(plural(0, 'action', 'actions')).toBe('0 action');
    expect(plural(2_000, 'action', 'actions')).toBe(`2${nnbsp}000 actions`);
  });
});
