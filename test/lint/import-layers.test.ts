import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

// The layers are enforced by Biome's configuration (biome.json: noRestrictedImports per folder, and
// noImportCycles). A pattern that stops matching (a Biome upgrade, a renamed folder) would let every
// upward import through without a word, so these tests write a module that breaks a rule, lint it, and
// expect the rule's message.

const root = join(import.meta.dirname, '../..');
const written: string[] = [];

type Diagnostic = { category: string; message: string; location: { path: string } };

const lint = async (files: Record<string, string>) => {
  const paths = Object.entries(files).map(([path, source]) => {
    written.push(join(root, path));
    return writeFile(join(root, path), source);
  });
  await Promise.all(paths);
  const biome = join(root, 'node_modules/.bin/biome');
  const result = await promisify(execFile)(biome, ['lint', '--reporter=json', ...Object.keys(files)], {
    cwd: root,
  }).catch((error: { stdout: string }) => error);
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
};

const probe = (folder: string) => `${folder}/layer-probe-${randomUUID().slice(0, 8)}.ts`;

afterEach(async () => {
  await Promise.all(written.splice(0).map((path) => rm(path, { force: true })));
});

describe('import layers (biome.json)', () => {
  it.each([
    ['src/components', "import { useMeta } from '../features/contract/api/get-meta';", /shared components/],
    ['src/components/charts', "import { App } from '../../app/app';", /shared components/],
    ['src/domain', "import { useState } from 'react';", /domain code/],
    ['src/domain', "import { ChartFigure } from '../components/charts/chart-figure';", /domain code/],
    ['src/domain', "import { useDashboard } from '../features/dashboard/api/use-dashboard';", /domain code/],
    ['src/lib', "import { buildObjectiveTree } from '../domain/objective-tree';", /lib \(src\/lib\)/],
  ])('refuses, in %s: %s', async (folder, line, message) => {
    const path = probe(folder);
    const diagnostics = await lint({ [path]: `${line}\nexport const probe = 1;\n` });
    const restricted = diagnostics.filter((item) => item.category === 'lint/style/noRestrictedImports');
    expect(restricted.map((item) => item.message)).toEqual([expect.stringMatching(message)]);
  });

  it('lets a feature import the shared components and the domain', async () => {
    const path = probe('src/features/dashboard');
    const diagnostics = await lint({
      [path]:
        "import { ChartFigure } from '../../components/charts/chart-figure';\n" +
        "import { formatEuros } from '../../lib/format';\n" +
        'export const probe = [ChartFigure, formatEuros];\n',
    });
    expect(diagnostics.filter((item) => item.category === 'lint/style/noRestrictedImports')).toEqual([]);
  });

  it('refuses an import cycle, even of types only', async () => {
    const a = probe('src/lib');
    const b = probe('src/lib');
    const name = (path: string) => `./${path.split('/').at(-1)?.replace(/\.ts$/, '')}`;
    const diagnostics = await lint({
      [a]: `import type { B } from '${name(b)}';\nexport type A = { b?: B };\n`,
      [b]: `import type { A } from '${name(a)}';\nexport type B = { a?: A };\n`,
    });
    expect(diagnostics.filter((item) => item.category === 'lint/suspicious/noImportCycles')).toHaveLength(2);
  });
});
