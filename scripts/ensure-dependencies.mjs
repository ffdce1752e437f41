// @ts-check
/**
 * The first step of `npm test` (its "pretest" script): on a fresh clone there is no node_modules, and
 * `vitest` would be "not found". When the installed packages are missing or differ from package-lock.json,
 * runs `npm ci` quietly, after one line that says so; otherwise does nothing.
 *
 * Plain Node with no dependency, since it runs before any is installed. The installed packages are read
 * from their own package.json files (not from npm's cache of them, node_modules/.package-lock.json, which a
 * hand-deleted folder would leave wrong). An optional package that is absent is another platform's binary
 * (esbuild, rolldown, biome each list one per system) and is not a difference.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ version?: string; optional?: boolean; devOptional?: boolean; link?: boolean }} LockEntry
 * @typedef {{ packages?: Record<string, LockEntry> }} Lockfile
 */

/** @param {string} path */
const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * Why the installed packages differ from the lock, in a few words, or null when they match.
 *
 * @param {string} root the project's folder
 * @param {Lockfile} lock package-lock.json, parsed
 * @returns {string | null}
 */
export const dependencyDifference = (root, lock) => {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules absent';
  const differences = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    // "" is the project itself; a link is a local folder, not an installed copy.
    if (!path.startsWith('node_modules/') || entry.link) continue;
    const installed = readJson(join(root, path, 'package.json'));
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!installed) {
      if (!entry.optional && !entry.devOptional) differences.push(`${name} absent`);
    } else if (entry.version && installed.version !== entry.version) {
      differences.push(`${name} ${installed.version} au lieu de ${entry.version}`);
    }
  }
  if (differences.length === 0) return null;
  const [first, second] = differences;
  const more = differences.length - 2;
  return `${first}${second ? `, ${second}` : ''}${more > 0 ? ` et ${more} autre${more > 1 ? 's' : ''}` : ''}`;
};

const main = () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const lock = readJson(join(root, 'package-lock.json'));
  // Without a lock there is nothing to install from: npm ci would refuse, and the tests say what is missing.
  if (!lock) return;
  const difference = dependencyDifference(root, lock);
  if (!difference) return;
  console.log(
    `Dépendances à installer (${difference}) : npm ci --no-audit --no-fund, une à deux minutes la première fois…`,
  );
  // The npm that runs this script (npm_execpath), else the one on the PATH.
  const npm = process.env.npm_execpath;
  const [command, args] = npm
    ? [process.execPath, [npm, 'ci', '--no-audit', '--no-fund', '--loglevel=error']]
    : ['npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']];
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0) return;
  // Quiet only while it works: a failure shows everything npm said.
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  console.error(
    `npm ci a échoué${result.error ? ` (${result.error.message})` : ''} : les tests ne peuvent pas tourner.`,
  );
  process.exit(result.status || 1);
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
