import { z } from 'zod';
import { safeLocalStorage } from '../../lib/browser-storage';
import type { MappingEntry } from './column-mapping';
import { importColumns } from './import-columns';

/**
 * The column mappings chosen in this browser, by the titles of the file they were chosen for (see
 * `headerSignature`): next year's workbook, with the same titles, is read with the same choices, which the
 * user can still change. Kept in localStorage: a few short strings, read at once when a file is chosen.
 */
const STORAGE_KEY = 'cap-quartiers:import-column-mappings';
/** The last layouts used; an office has a handful of workbooks, not dozens. */
const MAX_LAYOUTS = 20;

const targetSchema = z.union([
  z.literal('ignore'),
  z.enum(importColumns.map((column) => column.field) as [string, ...string[]]),
]);

const storedSchema = z.array(
  z.object({
    signature: z.string(),
    entries: z.array(z.object({ source: z.string(), target: targetSchema })),
  }),
);

type Stored = z.infer<typeof storedSchema>;

/** What is stored, or nothing when it is missing or unreadable (a mapping is only a convenience). */
const readStored = (): Stored => {
  try {
    const text = safeLocalStorage()?.getItem(STORAGE_KEY);
    if (!text) return [];
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
};

/** The mapping remembered for files with these titles, or null. */
export const rememberedMapping = (signature: string): MappingEntry[] | null =>
  (readStored().find((layout) => layout.signature === signature)?.entries as MappingEntry[] | undefined) ??
  null;

/**
 * Remembers the mapping for files with these titles, most recent first; no choice at all forgets it, so
 * that the next such file shows the mapping step again. Throws when the browser cannot store it, so that
 * the page can say the choice will not be remembered.
 */
export const rememberMapping = (signature: string, entries: readonly MappingEntry[]) => {
  const store = safeLocalStorage();
  if (!store) throw new Error('ce navigateur ne permet pas d’enregistrer des préférences');
  const others = readStored().filter((layout) => layout.signature !== signature);
  const next: Stored = [
    ...(entries.length > 0 ? [{ signature, entries: [...entries] }] : []),
    ...others,
  ].slice(0, MAX_LAYOUTS);
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // A full or disabled storage: the reason Chrome or Firefox gives is no help to the user.
    throw new Error('ce navigateur a refusé de l’enregistrer');
  }
};

/** Forgets every remembered mapping (tests, and a user who wants to start again). */
export const forgetMappings = () => {
  safeLocalStorage()?.removeItem(STORAGE_KEY);
};
