/**
 * Remembers the last results, keyed by the identity of the arguments. React Query hands every component the
 * same data objects, so components that derive the same thing from them share one computation, where a
 * useMemo in each would repeat it. `size` > 1 keeps a few results, for a page that asks for two views at
 * once (a territory and the whole contract) without each evicting the other.
 */
export const memoizeLast = <A extends readonly unknown[], R>(fn: (...args: A) => R, size = 1) => {
  const recent: { args: A; result: R }[] = [];
  return (...args: A): R => {
    const hit = recent.findIndex(
      (entry) => entry.args.length === args.length && entry.args.every((arg, index) => arg === args[index]),
    );
    if (hit >= 0) {
      const [entry] = recent.splice(hit, 1);
      recent.unshift(entry as { args: A; result: R });
      return (entry as { args: A; result: R }).result;
    }
    const result = fn(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
};
