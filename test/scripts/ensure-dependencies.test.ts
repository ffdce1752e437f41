// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dependencyDifference, type Lockfile } from '../../scripts/ensure-dependencies.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with these packages installed (path → version). */
const project = (installed: Record<string, string> | null) => {
  root = mkdtempSync(join(tmpdir(), 'deps-'));
  if (installed === null) return root;
  mkdirSync(join(root, 'node_modules'));
  for (const [path, version] of Object.entries(installed)) {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify({ version }));
  }
  return root;
};

const lock: Lockfile = {
  packages: {
    '': { version: '0.1.0' },
    'node_modules/vitest': { version: '4.1.12' },
    'node_modules/@vitest/runner': { version: '4.1.12' },
    'node_modules/vite/node_modules/esbuild': { version: '0.25.0' },
    // Another platform's binary: never installed here.
    'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', optional: true },
    'node_modules/local-tool': { link: true },
  },
};

const complete = {
  'node_modules/vitest': '4.1.12',
  'node_modules/@vitest/runner': '4.1.12',
  'node_modules/vite/node_modules/esbuild': '0.25.0',
};

describe('dependencyDifference (npm test’s pretest)', () => {
  it('is null when every package of the lock is installed at its version, optional ones of other systems aside', () => {
    expect(dependencyDifference(project(complete), lock)).toBeNull();
  });

  it('says node_modules is absent on a fresh clone', () => {
    expect(dependencyDifference(project(null), lock)).toBe('node_modules absent');
  });

  it('names a package that is missing or at another version, nested ones too', () => {
    expect(
      dependencyDifference(
        project({
          ...complete,
          'node_modules/vitest': '4.0.0',
          'node_modules/vite/node_modules/esbuild': '0.24.0',
        }),
        lock,
      ),
    ).toBe('vitest 4.0.0 au lieu de 4.1.12, esbuild 0.24.0 au lieu de 0.25.0');
    const { 'node_modules/@vitest/runner': _, ...withoutRunner } = complete;
    expect(dependencyDifference(project(withoutRunner), lock)).toBe('@vitest/runner absent');
  });

  it('counts the differences beyond the first two', () => {
    expect(dependencyDifference(project({}), lock)).toBe('vitest absent, @vitest/runner absent et 1 autre');
  });
});
