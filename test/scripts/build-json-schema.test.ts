// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildJsonSchemas,
  defaultOutDir,
  parseArgs,
  type SchemaFileName,
  schemaFileNames,
  serializeSchema,
} from '../../scripts/build-json-schema';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = join(repoRoot, 'docs/schema');

const CHILD_TIMEOUT = 20_000;

const generated = buildJsonSchemas();

type Json = Record<string, unknown>;
const schemaOf = (file: SchemaFileName) => JSON.parse(generated[file]) as Json;
const prop = (schema: Json, name: string) => (schema.properties as Record<string, Json>)[name] as Json;
const actionItem = () => prop(schemaOf('actions.schema.json'), 'actions').items as Json;

describe('docs/schema/*.schema.json', () => {
  it('holds exactly the generated schemas', () => {
    expect(readdirSync(schemaDir).sort()).toEqual([...schemaFileNames].sort());
  });

  it.each(schemaFileNames)('%s is exactly what the zod schemas give today', (file) => {
    const committed = readFileSync(join(schemaDir, file), 'utf8');
    expect(
      committed === generated[file],
      `docs/schema/${file} is stale: run \`npm run schema\` and commit the result`,
    ).toBe(true);
  });

  it.each(schemaFileNames)('%s is a titled draft 2020-12 schema without $id', (file) => {
    const schema = schemaOf(file);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toEqual(expect.stringContaining(file.replace('.schema', '')));
    expect(schema.description).toEqual(expect.stringContaining('Vérifié seulement par l’application'));
    expect(schema).not.toHaveProperty('$id');
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
  });

  it('is indented by two spaces and ends with a newline', () => {
    expect(serializeSchema({ type: 'object', required: ['a'] })).toBe(
      '{\n  "type": "object",\n  "required": [\n    "a"\n  ]\n}\n',
    );
    expect(buildJsonSchemas()).toEqual(generated);
  });
});

describe('the actions schema (input side)', () => {
  it('requires what a publisher must write', () => {
    expect(actionItem().required).toEqual([
      'id',
      'year',
      'title',
      'porteur',
      'objectives',
      'territories',
      'status',
      'budget',
    ]);
  });

  it.each(['progress', 'progressHistory', 'targetPublic', 'beneficiaries', 'startDate', 'endDate'])(
    'does not require %s, which has a default',
    (field) => {
      expect(actionItem().required).not.toContain(field);
      expect(prop(actionItem(), field)).toHaveProperty('default');
    },
  );

  it('keeps progress null by default, never 0', () => {
    expect(prop(actionItem(), 'progress').default).toBeNull();
  });

  it('closes the funding object to the known funders', () => {
    const funding = prop(prop(actionItem(), 'budget'), 'funding');
    expect(funding.additionalProperties).toBe(false);
    expect(Object.keys(funding.properties as Json)).toEqual([
      'etat',
      'ville',
      'agglomeration',
      'caf',
      'departement',
      'region',
      'bailleurs',
      'autres',
      'porteur',
    ]);
  });

  it('names in its description the rules JSON Schema cannot express', () => {
    const { description } = schemaOf('actions.schema.json');
    for (const rule of [
      'budget.totalCost',
      'progressHistory',
      'endDate ne précède pas startDate',
      'e-mail',
    ]) {
      expect(description).toEqual(expect.stringContaining(rule));
    }
  });
});

describe('the other schemas', () => {
  it('meta: contractCode and fictitious may be left out, dataDate may not', () => {
    const { required } = schemaOf('meta.schema.json');
    expect(required).toEqual(['contractName', 'agglomeration', 'period', 'dataDate', 'steeringCommittees']);
  });

  it('territories: items are whole territories, code and population may be left out', () => {
    const item = prop(schemaOf('territories.schema.json'), 'territories').items as Json;
    expect(item.required).toEqual(['id', 'name', 'commune', 'kind']);
  });

  it('objectives: the tree is recursive through a named definition', () => {
    const schema = schemaOf('objectives.schema.json');
    const ref = { $ref: '#/$defs/objectiveNode' };
    expect(prop(schema, 'nodes').items).toEqual(ref);
    const node = (schema.$defs as Record<string, Json>).objectiveNode as Json;
    expect(prop(node, 'children').items).toEqual(ref);
    expect(schema.description).toEqual(expect.stringContaining('aucun code n’apparaît deux fois'));
  });
});

describe('parseArgs', () => {
  it('writes docs/schema/ by default', () => {
    expect(parseArgs([])).toEqual({ out: schemaDir });
    expect(defaultOutDir).toBe(schemaDir);
  });

  it('resolves --out against the working directory', () => {
    expect(parseArgs(['--out', 'schemas'])).toEqual({ out: resolve(process.cwd(), 'schemas') });
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['--verbose'], /argument inconnu : --verbose/],
    ['a positional argument', ['docs'], /argument inconnu : docs/],
    ['--out with no value', ['--out'], /--out attend un dossier/],
    ['--help', ['--help'], /^usage/],
  ])('refuses %s with a French usage message', (_, argv, reason) => {
    expect(() => parseArgs(argv)).toThrow(reason);
    expect(() => parseArgs(argv)).toThrow(/usage : npm run schema/);
  });
});

describe('npm run schema (child process)', () => {
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cap-quartiers-schema-'));
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it(
    'writes the four schemas into --out',
    () => {
      const out = join(tmp, 'schema');
      const result = spawnSync('npx', ['tsx', 'scripts/build-json-schema.ts', '--out', out], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: CHILD_TIMEOUT - 2_000,
      });
      if (result.error) throw result.error;
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      for (const file of schemaFileNames) {
        expect(readFileSync(join(out, file), 'utf8')).toBe(generated[file]);
        expect(result.stdout).toContain(file);
      }
    },
    CHILD_TIMEOUT,
  );
});
