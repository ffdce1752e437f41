// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatDateTimeShort,
  formatEuros,
  formatEurosShort,
  formatInteger,
  formatIsoDate,
  formatIsoDateShort,
  formatPointsDelta,
  formatProgress,
  formatRatio,
  formatShare,
  plural,
} from '../../src/lib/format';

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

  it.each<[number | null, string]>([
    [0, `0${nbsp}%`],
    [0.456, `46${nbsp}%`],
    [1, `100${nbsp}%`],
    [null, 'non renseigné'],
  ])('formatShare(%j) → %j: an unreported figure is never written 0 %', (share, expected) => {
    expect(formatShare(share)).toBe(expected);
  });

  it.each<[number | null, string]>([
    [0, `0${nbsp}%`],
    [45.6, `46${nbsp}%`],
    [null, 'non renseigné'],
  ])('formatProgress(%j) → %j', (progress, expected) => {
    expect(formatProgress(progress)).toBe(expected);
  });

  it.each<[number, string]>([
    [950, `950${nbsp}€`],
    [45_000, `45${nbsp}k${nbsp}€`],
    [45_600, `45,6${nbsp}k${nbsp}€`],
    [1_234_567, `1,2${nbsp}M${nbsp}€`],
  ])('formatEurosShort(%d) → %j, for labels on bars', (value, expected) => {
    expect(formatEurosShort(value)).toBe(expected);
  });

  it('writes short dates day first and ratios with two decimals', () => {
    expect(formatIsoDateShort('2023-03-31')).toBe('31/03/2023');
    expect(formatRatio(1.456)).toBe('1,46');
    expect(formatRatio(2)).toBe('2,00');
  });
});

describe('formatPointsDelta', () => {
  it.each([
    [12.4, '+12 points'],
    [1, '+1 point'],
    [-1, '−1 point'],
    [-3.6, '−4 points'],
    [0.2, '0 point'],
    [-0.3, '0 point'],
    [null, 'non renseigné'],
  ])('writes %s as "%s"', (delta, expected) => {
    expect(formatPointsDelta(delta)).toBe(expected);
  });
});

describe('formatDateTimeShort', () => {
  it('writes a moment short, day and hour, in the local time zone', () => {
    expect(formatDateTimeShort(new Date(2026, 10, 24, 18, 5))).toBe('24/11/2026 à 18:05');
    expect(formatDateTimeShort(new Date(2026, 0, 2, 9, 0))).toBe('02/01/2026 à 09:00');
  });
});
