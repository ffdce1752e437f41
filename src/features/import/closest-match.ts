import { looseText } from '../../lib/text-match';

/** Edit distance (insertions, deletions, substitutions), giving up once it exceeds `limit`. */
export const editDistance = (a: string, b: string, limit = Number.POSITIVE_INFINITY): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // Every later row is at least this row's minimum: no need to finish a comparison already lost.
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
};

export type Candidate<T> = {
  /** What the user may have meant, as written in the reference (a label, a name). */
  display: string;
  value: T;
};

/**
 * The candidate a mistyped value was most likely meant to be, or null when none is close: a few letters
 * off ("Renforcer le CLSP" for "Renforcer le CLSPD"), or the start of a longer label. The tolerance grows
 * with the length, so that a short code is not "corrected" into an unrelated one.
 */
export const closestMatch = <T>(
  query: string,
  candidates: readonly Candidate<T>[],
  /** How both sides are compared; place names drop their spaces and spell out « Ste » (place-names.ts). */
  key: (text: string) => string = looseText,
): Candidate<T> | null => {
  const needle = key(query);
  if (needle.length < 3) return null;
  const limit = Math.max(1, Math.min(6, Math.floor(needle.length / 5)));
  let best: Candidate<T> | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(needle, key(candidate.display), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best) return best;
  // A truncated label (a spreadsheet column too narrow, a copy cut short): the only label it begins.
  if (needle.length >= 12) {
    const starts = candidates.filter((candidate) => key(candidate.display).startsWith(needle));
    if (starts.length === 1) return starts[0] as Candidate<T>;
  }
  return null;
};
