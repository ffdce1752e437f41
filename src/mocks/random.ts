/**
 * A tiny seeded pseudo-random generator for mock data. Mock data must be reproducible (same seed, same
 * actions, in the browser, in tests and in scripts), which Math.random cannot give.
 */

/** mulberry32: 32 bits of state, fast and good enough for mock data (not for anything secret). */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * A seed for a named sub-stream ("year 2019", "structure"), so that one part of the data can draw more or
 * fewer numbers without shifting every other part. FNV-1a, then murmur3's finaliser to spread close inputs.
 */
export const deriveSeed = (seed: number, ...parts: readonly (string | number)[]): number => {
  let hash = 0x811c9dc5;
  const mix = (code: number) => {
    hash = Math.imul(hash ^ (code & 0xff), 0x01000193);
  };
  const base = seed >>> 0;
  for (let shift = 0; shift < 32; shift += 8) mix(base >>> shift);
  for (const part of parts) {
    mix(0x1f);
    const text = String(part);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      mix(code);
      mix(code >>> 8);
    }
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
};

export type Random = {
  /** A number in [0, 1). */
  next: () => number;
  /** A number in [min, max). */
  float: (min: number, max: number) => number;
  /** A whole number in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with the given probability (0 never, 1 always). */
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** One value, drawn in proportion to its (non-negative) weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle: <T>(items: readonly T[]) => T[];
};

export const createRandom = (seed: number): Random => {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: no item to pick from');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    float: (min, max) => min + next() * (max - min),
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => createWeightedPicker(entries)({ next }),
    shuffle: <T>(items: readonly T[]) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        const swap = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = swap;
      }
      return copy;
    },
  };
};

/**
 * A weighted draw prepared once: cumulative weights and a binary search, for loops that draw from the same
 * entries tens of thousands of times.
 */
export const createWeightedPicker = <T>(
  entries: readonly (readonly [T, number])[],
): ((random: Pick<Random, 'next'>) => T) => {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`weight must be ≥ 0, got ${weight}`);
    if (weight === 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new RangeError('weighted pick: no entry with a positive weight');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return values[low] as T;
  };
};
