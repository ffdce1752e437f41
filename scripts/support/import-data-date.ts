import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chooseDataDate, type DataDateChoice, localIsoDay } from '../../src/domain/data-date';
import { formatIsoDate } from '../../src/lib/format';
import { shownPath } from './cli';
import { type MetaFile, MetaFileError, readMetaFile, writeMetaFile } from './meta-file';

/**
 * The data date `npm run import` publishes with the actions (rules in src/domain/data-date.ts). It goes
 * into the meta.json next to the actions written: the contract's own (public/data/meta.json) by default;
 * with --out elsewhere, the meta.json already there, or else a copy of the contract's, so that the actions
 * are never published without their date.
 */

export type ImportDataDate =
  | { ok: true; choice: Extract<DataDateChoice, { ok: true }>; meta: MetaFile; target: string }
  | { ok: false; code: 1 | 2; message: string };

export const chooseImportDataDate = (
  args: { out: string; data: string; date: string | null },
  actions: Parameters<typeof chooseDataDate>[0]['actions'],
  now: Date,
): ImportDataDate => {
  const target = join(dirname(args.out), 'meta.json');
  let meta: MetaFile;
  try {
    meta = readMetaFile(existsSync(target) ? target : join(args.data, 'meta.json'));
  } catch (error) {
    if (error instanceof MetaFileError) return { ok: false, code: 2, message: error.message };
    throw error;
  }
  const choice = chooseDataDate({ given: args.date, actions, today: localIsoDay(now) });
  if (!choice.ok) {
    const retry = args.date === null ? ' Relancez avec --date AAAA-MM-JJ.' : '';
    return { ok: false, code: 1, message: `Rien n’a été écrit : ${choice.message}${retry}` };
  }
  return { ok: true, choice, meta, target };
};

/** Writes the date chosen into meta.json and returns the line that says which date, why, and where. */
export const publishDataDate = ({ choice, meta, target }: Extract<ImportDataDate, { ok: true }>) => {
  writeMetaFile(target, meta.raw, { dataDate: choice.date });
  const why =
    choice.source === 'given'
      ? 'donnée par --date'
      : 'le dernier point d’avancement du fichier ; --date AAAA-MM-JJ pour en donner une autre';
  const previous = meta.meta.dataDate;
  const replaced = previous && previous !== choice.date ? `, à la place du ${formatIsoDate(previous)}` : '';
  const copied = meta.path === target ? '' : ` (copie de ${shownPath(meta.path)})`;
  return `Date des données : ${formatIsoDate(choice.date)} (${why}), écrite dans ${shownPath(target)}${copied}${replaced}.`;
};
