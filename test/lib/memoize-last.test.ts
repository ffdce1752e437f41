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

  it('keeps the `size` most recently used results, and forgets the oldest beyond that', () => {
    const square = vi.fn((key: string) => `${key}²`);
    const memo = memoizeLast(square, 2);
    memo('a');
    memo('b');
    memo('a'); // 'a' is now the most recent: 'b' goes first when a third key comes
    expect(square).toHaveBeenCalledTimes(2);
    memo('c');
    memo('a');
    expect(square).toHaveBeenCalledTimes(3);
    memo('b');
    expect(square).toHaveBeenCalledTimes(4);
  });
});
