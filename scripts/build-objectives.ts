/**
 * npm run objectives [-- path/to/annexe.txt] [--out file.json]
 *
 * Parses a contract's annex of objectives into the JSON the dashboard loads. Without a path it takes the
 * one annex in seeds/; without --out it writes public/data/objectives.json. Runs before dev and build.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { objectiveTreeSchema } from '../src/domain/objective-tree';
import { countTree } from '../src/domain/objective-tree-queries';
import { formatAnnexIssue, parseAnnex } from '../src/domain/parse-annex';
import { runWhenMain } from './support/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const serializeTree = (tree: unknown) => `${JSON.stringify(tree, null, 2)}\n`;

type Args = { annex: string; out: string };

const usage = 'usage : npm run objectives -- [chemin/annexe.txt] [--out fichier.json]';

export const parseArgs = (argv: readonly string[]): Args => {
  let annex: string | undefined;
  let out = join(root, 'public/data/objectives.json');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--out') {
      const value = argv[i + 1];
      if (!value) throw new Error(`--out attend un chemin de fichier\n${usage}`);
      out = resolve(value);
      i += 1;
    } else if (arg === '--help' || arg === '-h') {
      throw new Error(usage);
    } else if (arg.startsWith('-')) {
      throw new Error(`option inconnue : ${arg}\n${usage}`);
    } else if (annex) {
      throw new Error(
        `une seule annexe à la fois (reçu ${relative(process.cwd(), annex)} et ${arg})\n${usage}`,
      );
    } else {
      annex = resolve(arg);
    }
  }
  return { annex: annex ?? defaultAnnex(), out };
};

const defaultAnnex = () => {
  const dir = join(root, 'seeds');
  const annexes = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  if (annexes.length !== 1) {
    throw new Error(
      `seeds/ contient ${annexes.length} annexes (.txt) : indiquez laquelle convertir.\n${usage}`,
    );
  }
  return join(dir, annexes[0] as string);
};

const main = () => {
  const { annex, out } = parseArgs(process.argv.slice(2));
  const source = basename(annex);
  let text: string;
  try {
    text = readFileSync(annex, 'utf8');
  } catch {
    throw new Error(`annexe introuvable ou illisible : ${annex}\n${usage}`);
  }
  const parsed = parseAnnex(text, source);
  if (!parsed.ok) {
    console.error(`L’annexe ${relative(process.cwd(), annex)} n’a pas pu être convertie :`);
    for (const issue of parsed.issues) console.error(`- ${formatAnnexIssue(source, issue)}`);
    process.exit(1);
  }
  // The parser builds the tree; the schema is the contract the app checks on load: hold the file to it too.
  const tree = objectiveTreeSchema.parse(parsed.tree);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serializeTree(tree));
  const counts = countTree(tree);
  console.log(
    `${source} → ${relative(process.cwd(), out)} : ${counts.strategic} objectifs stratégiques, ${counts.operational} objectifs opérationnels`,
  );
};

runWhenMain(import.meta.url, main);
