import { describe, expect, it } from 'vitest';
import { parseArgs, percentile } from '../../../scripts/bench';

describe('npm run bench arguments', () => {
  it('defaults to 7 loads and 1 000, 10 000 and 100 000 actions, without recording', () => {
    expect(parseArgs([])).toEqual({ runs: 7, sizes: [1_000, 10_000, 100_000], record: false });
  });

  it('reads --runs, --sizes and --record', () => {
    expect(parseArgs(['--runs', '5', '--sizes', '500,20_000', '--record'])).toEqual({
      runs: 5,
      sizes: [500, 20_000],
      record: true,
    });
  });

  it('refuses what it does not know, with the usage line', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs attend des nombres entiers ≥ 1.*\n.*usage/);
    expect(() => parseArgs(['--sizes', '1000,abc'])).toThrow(/--sizes/);
    expect(() => parseArgs(['--vite'])).toThrow(/argument inconnu : --vite/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 0.95)).toBe(19);
    expect(percentile(values, 0.5)).toBe(10);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBeNaN();
  });
});
