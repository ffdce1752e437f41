/**
 * npm run comite -- 2023-06-26 [--data dossier]      records a steering committee (COPIL)
 * npm run comite -- --retirer 2023-06-26               removes one recorded by mistake
 * npm run comite                                       lists those recorded
 *
 * The committees are in meta.json (public/data unless --data), which "Depuis le dernier comité" compares
 * with. The date is checked (a real day, within the contract's period, not already recorded; rules in
 * src/domain/steering-committees.ts) so that nobody edits the JSON by hand. Exit code: 0 done; 1 the date
 * is refused or the arguments are wrong; 2 meta.json cannot be read.
 */
import { join, resolve } from 'node:path';
import { addSteeringCommittee, removeSteeringCommittee } from '../src/domain/steering-committees';
import { formatIsoDate, plural } from '../src/lib/format';
import { runWhenMain, shownPath } from './support/cli';
import { MetaFileError, readMetaFile, writeMetaFile } from './support/meta-file';

const root = resolve(import.meta.dirname, '..');

const usage =
  'usage : npm run comite -- AAAA-MM-JJ [--data dossier] (enregistre un comité de pilotage) ; --retirer AAAA-MM-JJ (le retire) ; sans date : la liste';

export type CommitteeArgs = { action: 'add' | 'remove' | 'list'; date: string | null; data: string };

export const parseCommitteeArgs = (argv: readonly string[]): CommitteeArgs => {
  let data = join(root, 'public/data');
  let date: string | null = null;
  let remove = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) throw new Error(`--data attend un dossier\n${usage}`);
      data = resolve(value);
      i += 1;
    } else if (arg === '--retirer') {
      remove = true;
    } else if (arg === '--help' || arg === '-h') {
      throw new Error(usage);
    } else if (arg.startsWith('--')) {
      throw new Error(`option inconnue : ${arg}\n${usage}`);
    } else if (date !== null) {
      throw new Error(`une seule date à la fois (reçu ${date} et ${arg})\n${usage}`);
    } else {
      date = arg;
    }
  }
  if (remove && date === null) throw new Error(`--retirer : indiquez la date du comité à retirer\n${usage}`);
  return { action: date === null ? 'list' : remove ? 'remove' : 'add', date, data };
};

export type CommitteeOutcome = { code: 0 | 1 | 2; out: string[]; err: string[] };

const listLine = (committees: readonly string[]) =>
  committees.length === 0
    ? 'Aucun comité de pilotage enregistré.'
    : `${plural(committees.length, 'comité de pilotage enregistré', 'comités de pilotage enregistrés')} : ${committees.map(formatIsoDate).join(', ')}.`;

/** The whole command, without process.exit, so that tests run it as a function too. */
export const runCommittee = (args: CommitteeArgs): CommitteeOutcome => {
  const path = join(args.data, 'meta.json');
  let file: ReturnType<typeof readMetaFile>;
  try {
    file = readMetaFile(path);
  } catch (error) {
    if (error instanceof MetaFileError) return { code: 2, out: [], err: [error.message] };
    throw error;
  }
  const { steeringCommittees } = file.meta;
  if (args.action === 'list' || args.date === null)
    return { code: 0, out: [listLine(steeringCommittees)], err: [] };
  const change =
    args.action === 'add'
      ? addSteeringCommittee(file.meta, args.date)
      : removeSteeringCommittee(file.meta, args.date);
  if (!change.ok) return { code: 1, out: [], err: [`Rien n’a été écrit : ${change.message}`] };
  writeMetaFile(path, file.raw, { steeringCommittees: change.committees });
  const done = args.action === 'add' ? 'enregistré dans' : 'retiré de';
  return {
    code: 0,
    out: [
      `Comité de pilotage du ${formatIsoDate(change.date)} ${done} ${shownPath(path)}.`,
      listLine(change.committees),
    ],
    err: [],
  };
};

const main = () => {
  const outcome = runCommittee(parseCommitteeArgs(process.argv.slice(2)));
  for (const line of outcome.out) console.log(line);
  for (const line of outcome.err) console.error(line);
  process.exitCode = outcome.code;
};

runWhenMain(import.meta.url, main);
