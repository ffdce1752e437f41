/**
 * Remembers the last result, keyed by the identity of the arguments. React Query hands every component the
 * same data objects, so components that derive the same thing from them share one computation, where a
 * useMemo in each would repeat it.
 */
export const memoizeLast = <A extends readonly unknown[], R>(fn: (...args: A) => R) => {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
};
