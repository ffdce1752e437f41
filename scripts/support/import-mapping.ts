/**
 * What `npm run import` adds to the shared import for a spreadsheet that does not use the template's
 * titles: the mapping given with `--colonne` or `--correspondance`, the partners' names from meta.json,
 * and, when columns are not recognised, the `--colonne` arguments that would read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractMetaSchema } from '../../src/domain/contract-meta';
import { type MappingEntry, parseMappingFile } from '../../src/features/import/column-mapping';
import type { FunderNames } from '../../src/features/import/import-columns';
import type { SheetLayout } from '../../src/features/import/import-programmation';
import { ImportFileError } from '../../src/features/import/read-sheet';
import { describeZodError } from '../../src/lib/fetch-json';
import { shownPath } from './cli';

/** The entries of a mapping file (JSON or `titre=colonne` lines), or every error in it, named by the file. */
export const readMappingFile = (path: string): { entries: MappingEntry[]; errors: string[] } => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entries: [], errors: [`--correspondance : fichier introuvable ou illisible : ${path}`] };
  }
  const { entries, errors } = parseMappingFile(text);
  const name = shownPath(path);
  return { entries, errors: errors.map((error) => `--correspondance ${name}, ${error}`) };
};

/**
 * meta.json's funderNames in the data folder, so that the command reads partner-named columns as the
 * browser does. A folder without meta.json has none; a meta.json whose funderNames is wrong stops the
 * command, since the file would be read differently once published.
 */
export const readFunderNames = (data: string): FunderNames => {
  const path = join(data, 'meta.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
  const names = (json as { funderNames?: unknown } | null)?.funderNames;
  const parsed = contractMetaSchema.shape.funderNames.safeParse(names);
  if (!parsed.success) {
    const [first] = describeZodError(parsed.error);
    throw new ImportFileError(
      `meta.json : funderNames ne respecte pas le format attendu (${first?.path ? `${first.path} : ` : ''}${first?.message})`,
    );
  }
  return parsed.data;
};

/** Quoted for a shell, as the user would type it: "QPV / Territoire=Quartier(s)". */
const shellQuoted = (text: string) => `"${text.replace(/(["\\$`])/g, '\\$1')}"`;

/**
 * When columns are not recognised: the `--colonne` arguments for those with a likely template column, to
 * run the command again with, and how to leave the others out.
 */
export const mappingHints = (layout: SheetLayout): string[] => {
  if (!layout.ok) return [];
  const unknown = layout.headers.readings.filter((reading) => reading.skipped === 'unknown');
  if (unknown.length === 0) return [];
  const suggested = unknown.filter((reading) => reading.suggestion);
  const others = unknown.filter((reading) => !reading.suggestion);
  return [
    ...(suggested.length > 0
      ? [
          `Pour lire ${suggested.length > 1 ? 'les colonnes non reconnues' : 'la colonne non reconnue'}, relancez avec : ${suggested
            .map((reading) => `--colonne ${shellQuoted(`${reading.header}=${reading.suggestion?.header}`)}`)
            .join(' ')}`,
        ]
      : []),
    ...(others.length > 0
      ? [
          `Sans équivalent proposé : ${others.map((reading) => `« ${reading.header} »`).join(', ')} ; --colonne "titre=colonne du modèle" pour les lire, ou "titre=ignorer".`,
        ]
      : []),
  ];
};
