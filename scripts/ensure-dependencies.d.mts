/** Types of ensure-dependencies.mjs, which is plain JavaScript so that it runs before any install. */
export type LockEntry = { version?: string; optional?: boolean; devOptional?: boolean; link?: boolean };
export type Lockfile = { packages?: Record<string, LockEntry> };
export declare const dependencyDifference: (root: string, lock: Lockfile) => string | null;
