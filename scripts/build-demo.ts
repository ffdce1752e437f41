/**
 * npm run build:demo [-- --out dir]
 *
 * Builds the production app (no MSW) and writes generated data next to it in {out}/data: a static demo that
 * any web server can host. meta.json says `"fictitious": true`, so every page shows "Données fictives de
 * démonstration". The data are the development mock data, from the same seeded generator.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { territorySchema } from '../src/domain/territory';
import { generateContract } from '../src/mocks/generate-contract';
import { DEFAULT_VIEWPORTS, prerender } from './prerender';
import { parseOutArgs, runWhenMain } from './support/cli';
import { withEnv } from './support/with-env';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage : npm run build:demo -- [--out dossier]';

export const parseArgs = (argv: readonly string[]) =>
  parseOutArgs(argv, { defaultOut: join(root, 'dist'), usage });

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The documents of the demo, as file name → JSON text, from the contract's tree and territories. */
export const demoDataFiles = () => {
  const tree = objectiveTreeSchema.parse(readJson('public/data/objectives.json'));
  const territories = territorySchema
    .array()
    .parse((readJson('public/data/territories.json') as { territories: unknown }).territories);
  const contract = generateContract({ tree, territories });
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'meta.json': text(contract.meta),
    'objectives.json': text(tree),
    'territories.json': text({ territories: contract.territories }),
    // Compact: the list is the bulk of the download.
    'actions.json': `${JSON.stringify({ actions: contract.actions })}\n`,
  };
};

const main = async () => {
  const { out } = parseArgs(process.argv.slice(2));
  // The demo's pages say "Données fictives" from their first render (src/config/parse-env.ts).
  await withEnv({ VITE_DEMO_BUILD: 'true' }, () =>
    build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true },
    }),
  );
  const dataDir = join(out, 'data');
  mkdirSync(dataDir, { recursive: true });
  for (const [name, content] of Object.entries(demoDataFiles())) writeFileSync(join(dataDir, name), content);
  // The first screens, from the demo's data (scripts/prerender.ts).
  await prerender({ out, viewports: DEFAULT_VIEWPORTS });
  execFileSync('bash', [join(root, 'scripts/check-dist.sh'), out], { stdio: 'inherit' });
  console.log(`Démo écrite dans ${relative(process.cwd(), out) || '.'} (données fictives dans data/).`);
};

runWhenMain(import.meta.url, main);
