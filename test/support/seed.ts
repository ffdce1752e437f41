import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ObjectiveTree } from '../../src/domain/objective-tree';
import { parseAnnex } from '../../src/domain/parse-annex';

// Resolved with node:path rather than `new URL(…)`: under the jsdom environment, URL is jsdom's, which
// node:fs does not accept.
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const readRepoFile = (relative: string) => readFileSync(resolve(repoRoot, relative), 'utf8');

/** The Grand Cahors annex, as received. */
export const SEED_NAME = '000_d2f761683cab1619.txt';
export const seedText = readRepoFile(`seeds/${SEED_NAME}`);

/** The seed annex parsed; a test that needs it fails loudly if the annex no longer parses. */
export const loadSeedTree = (): ObjectiveTree => {
  const parsed = parseAnnex(seedText, SEED_NAME);
  if (!parsed.ok) throw new Error(`the seed annex no longer parses: ${parsed.issues[0]?.message}`);
  return parsed.tree;
};
