import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ContractMeta, contractMetaSchema } from '../../src/domain/contract-meta';
import { describeZodError } from '../../src/lib/fetch-json';
import { shownPath } from './cli';

/**
 * meta.json as the command-line tools change it (the data date, the steering committees): read and checked
 * with the app's own schema, then written back with only the fields changed, every other key kept as it was
 * (including keys this version does not know), so that a tool never drops what another one wrote.
 */

export class MetaFileError extends Error {}

export type MetaFile = {
  path: string;
  /** The document as written, to write back. */
  raw: Record<string, unknown>;
  /** The document as the app reads it. */
  meta: ContractMeta;
};

export const readMetaFile = (path: string): MetaFile => {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'introuvable' : 'illisible (JSON invalide)';
    throw new MetaFileError(`${shownPath(path)} ${reason} : il faut le fichier du contrat (--data dossier).`);
  }
  const parsed = contractMetaSchema.safeParse(raw);
  if (!parsed.success || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const [first] = parsed.success ? [] : describeZodError(parsed.error);
    throw new MetaFileError(
      `${shownPath(path)} ne respecte pas le format attendu${first ? ` (${first.path} : ${first.message})` : ''} : voir docs/data-contract.md.`,
    );
  }
  return { path, raw: raw as Record<string, unknown>, meta: parsed.data };
};

/** Writes `fields` into the document (in place of the same keys, others unchanged) at `path`. */
export const writeMetaFile = (
  path: string,
  raw: Record<string, unknown>,
  fields: Partial<Pick<ContractMeta, 'dataDate' | 'steeringCommittees'>>,
) => {
  const next = { ...raw, ...fields };
  // Never write what the app would refuse to read.
  contractMetaSchema.parse(next);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
};
