// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, serializeTree } from '../../scripts/build-objectives';
import { objectiveTreeSchema } from '../../src/domain/objective-tree';
import { countTree } from '../../src/domain/objective-tree-queries';
import { parseAnnex } from '../../src/domain/parse-annex';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = join(repoRoot, 'seeds');
const committedJson = join(repoRoot, 'public/data/objectives.json');
const fixtureA = join(repoRoot, 'test/support/fixtures/annexes/annex-a-crlf-bom.txt');

const CHILD_TIMEOUT = 20_000;

describe('public/data/objectives.json', () => {
  it('is exactly what the seed annex gives today', () => {
    const seedName = readdirSync(seedsDir).find((name) => name.endsWith('.txt'));
    if (!seedName) throw new Error('no annex in seeds/');
    const parsed = parseAnnex(readFileSync(join(seedsDir, seedName), 'utf8'), seedName);
    if (!parsed.ok) throw new Error(`the seed annex does not parse: ${parsed.issues[0]?.message}`);
    const expected = serializeTree(parsed.tree);
    const committed = readFileSync(committedJson, 'utf8');
    expect(
      committed === expected,
      'public/data/objectives.json is stale: run `npm run objectives` and commit the result',
    ).toBe(true);
  });

  it('ends with a newline and is indented by two spaces', () => {
    const text = serializeTree({ version: 1, nodes: [] });
    expect(text).toBe('{\n  "version": 1,\n  "nodes": []\n}\n');
  });
});

describe('parseArgs', () => {
  it('takes the one annex in seeds/ and writes public/data/objectives.json by default', () => {
    const seedAnnexes = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
    expect(seedAnnexes).toHaveLength(1);
    const args = parseArgs([]);
    expect(args.annex).toBe(join(seedsDir, seedAnnexes[0] as string));
    expect(args.out).toBe(committedJson);
    expect(args.out.endsWith(join('public', 'data', 'objectives.json'))).toBe(true);
  });

  it('resolves the annex and --out against the working directory', () => {
    expect(parseArgs(['x.txt', '--out', 'o.json'])).toEqual({
      annex: resolve(process.cwd(), 'x.txt'),
      out: resolve(process.cwd(), 'o.json'),
    });
  });

  it('accepts --out before the annex, and absolute paths as given', () => {
    const out = join(tmpdir(), 'objectifs.json');
    expect(parseArgs(['--out', out, '/data/annexe.txt'])).toEqual({ annex: '/data/annexe.txt', out });
  });

  it('keeps the default annex when only --out is given', () => {
    expect(parseArgs(['--out', 'o.json']).annex).toBe(parseArgs([]).annex);
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['--verbose'], /option inconnue : --verbose/],
    ['an unknown short option', ['-x', 'a.txt'], /option inconnue : -x/],
    ['--out with no value', ['a.txt', '--out'], /--out attend un chemin de fichier/],
    ['two annex paths', ['a.txt', 'b.txt'], /une seule annexe à la fois/],
    ['--help', ['--help'], /^usage/],
  ])('refuses %s with a French usage message', (_, argv, reason) => {
    expect(() => parseArgs(argv)).toThrow(reason);
    expect(() => parseArgs(argv)).toThrow(/usage : npm run objectives/);
  });
});

describe('npm run objectives (child process)', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cap-quartiers-objectives-'));
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  const run = (...args: string[]) => {
    const result = spawnSync('npx', ['tsx', 'scripts/build-objectives.ts', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT - 2_000,
    });
    if (result.error) throw result.error;
    return result;
  };

  it(
    'converts a valid annex, writes JSON the app accepts and prints the counts',
    () => {
      const out = join(tmp, 'a', 'objectives.json');
      const result = run(fixtureA, '--out', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);

      const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
      const tree = objectiveTreeSchema.parse(written);
      expect(tree.source).toBe('annex-a-crlf-bom.txt');
      const parsed = parseAnnex(readFileSync(fixtureA, 'utf8'), 'annex-a-crlf-bom.txt');
      if (!parsed.ok) throw new Error('fixture A no longer parses');
      expect(readFileSync(out, 'utf8')).toBe(serializeTree(parsed.tree));

      const { strategic, operational } = countTree(tree);
      expect(strategic).toBeGreaterThan(0);
      expect(result.stdout).toContain('annex-a-crlf-bom.txt →');
      expect(result.stdout).toContain(
        `${strategic} objectifs stratégiques, ${operational} objectifs opérationnels`,
      );
    },
    CHILD_TIMEOUT,
  );

  it(
    'rejects a broken annex, lists each problem with its file, line and text, and writes nothing',
    () => {
      const annex = join(tmp, 'annexe-cassee.txt');
      writeFileSync(
        annex,
        [
          'Objectifs stratégiques\tObjectifs opérationnels',
          'PILIER EMPLOI',
          '\tObjectif sans objectif stratégique',
          'Rapprocher les habitants de l’emploi\tOuvrir un point emploi\tEn trop',
          'Soutenir l’activité\tAider les créateurs',
          '',
        ].join('\n'),
      );
      const out = join(tmp, 'cassee', 'objectives.json');
      const result = run(annex, '--out', out);

      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('n’a pas pu être convertie');
      expect(result.stderr).toContain(
        'annexe-cassee.txt, ligne 3 : objectif opérationnel avant tout objectif stratégique',
      );
      expect(result.stderr).toContain('« → Objectif sans objectif stratégique »');
      expect(result.stderr).toContain('annexe-cassee.txt, ligne 4 : ligne à 3 colonnes');
      expect(result.stderr).toContain(
        '« Rapprocher les habitants de l’emploi → Ouvrir un point emploi → En trop »',
      );
      // Line 3 is reported before line 4.
      expect(result.stderr.indexOf('ligne 3')).toBeLessThan(result.stderr.indexOf('ligne 4'));
      expect(existsSync(out)).toBe(false);
    },
    CHILD_TIMEOUT,
  );

  it(
    'says a missing annex is not found, with a failure exit code',
    () => {
      const missing = join(tmp, 'absente.txt');
      const out = join(tmp, 'absente', 'objectives.json');
      const result = run(missing, '--out', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/introuvable/);
      expect(result.stderr).toContain(basename(missing));
      expect(existsSync(out)).toBe(false);
    },
    CHILD_TIMEOUT,
  );

  it(
    'refuses a bad option with the usage and a failure exit code',
    () => {
      const result = run('--nimporte');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('option inconnue : --nimporte');
      expect(result.stderr).toContain('usage');
    },
    CHILD_TIMEOUT,
  );
});
