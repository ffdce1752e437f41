import { z } from 'zod';

const isoDate = z.iso.date('date attendue au format AAAA-MM-JJ');

/**
 * What the dashboard says about the contract itself: its name, period, the date of its data and its
 * steering committees. Served as {base}/meta.json next to the objectives.
 */
export const contractMetaSchema = z.object({
  contractName: z.string('nom du contrat attendu').trim().min(1, 'nom du contrat vide'),
  /** The contract's code in ANCT's base, e.g. "CV149", when it has one. */
  contractCode: z.string().trim().min(1).nullable().default(null),
  agglomeration: z.string('agglomération attendue').trim().min(1, 'agglomération vide'),
  period: z
    .object({ start: z.number().int(), end: z.number().int() })
    .refine((p) => p.start <= p.end, 'la fin de la période précède son début'),
  /** "Données au": the date the published figures were last brought up to date; null while none are published. */
  dataDate: isoDate.nullable(),
  /** Dates of the steering committees (COPIL), so that a view can show what changed since the last one. */
  steeringCommittees: z.array(isoDate),
  /**
   * True for generated demonstration data: every page then says "Données fictives de démonstration", so that
   * nobody mistakes the demo's figures for the contract's.
   */
  fictitious: z.boolean().default(false),
});

export type ContractMeta = z.infer<typeof contractMetaSchema>;
