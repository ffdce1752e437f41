// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatMs, formatTable, median, parseBenchArgs } from '../../scripts/bench-dashboard';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 1, 1000], 10],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no value, and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('formatMs', () => {
  it.each([
    [0.012, '0.01'],
    [9.994, '9.99'],
    [12.34, '12.3'],
    [125.66, '125.7'],
  ])('%d → %s', (ms, expected) => {
    expect(formatMs(ms)).toBe(expected);
  });
});

describe('formatTable', () => {
  it('aligns the first column left, the others right, under a rule', () => {
    expect(
      formatTable(
        ['filtre', 'ms'],
        [
          ['vide', '1.50'],
          ['année 2023', '12.3'],
        ],
      ),
    ).toBe(['filtre        ms', '----------  ----', 'vide        1.50', 'année 2023  12.3'].join('\n'));
  });
});

describe('parseBenchArgs', () => {
  it.each<[string[], { actions: number; runs: number; json?: boolean }]>([
    [[], { actions: 100_000, runs: 15 }],
    [['--actions', '5000'], { actions: 5_000, runs: 15 }],
    [['--runs', '3', '--actions', '100_000'], { actions: 100_000, runs: 3 }],
    [['--json', '--runs', '2'], { actions: 100_000, runs: 2, json: true }],
  ])('%j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--actions'], /--actions attend un nombre entier/],
    [['--runs', '0'], /--runs attend un nombre entier/],
    [['--runs', '2.5'], /--runs attend un nombre entier/],
    [['--actions', '-3'], /--actions attend un nombre entier/],
    [['--out', 'x'], /argument inconnu : --out/],
    [['--help'], /^usage/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
