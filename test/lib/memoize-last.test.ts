// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { memoizeLast } from '../../src/lib/memoize-last';

describe('memoizeLast', () => {
  it('computes once for the same arguments, again when one of them is another object', () => {
    const count = vi.fn((list: number[], extra: { n: number }) => list.length + extra.n);
    const memo = memoizeLast(count);
    const list = [1, 2, 3];
    const extra = { n: 1 };
    expect(memo(list, extra)).toBe(4);
    expect(memo(list, extra)).toBe(4);
    expect(count).toHaveBeenCalledTimes(1);
    // Equal content is not the same data: a refetched document is a new object and must be recomputed.
    expect(memo([1, 2, 3], extra)).toBe(4);
    expect(count).toHaveBeenCalledTimes(2);
    expect(memo([1, 2, 3], { n: 5 })).toBe(8);
    expect(count).toHaveBeenCalledTimes(3);
  });
});
