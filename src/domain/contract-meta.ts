import { z } from 'zod';

const isoDate = z.iso.date('date attendue au format AAAA-MM-JJ');

/**
 * What the dashboard says about the contract itself: its name, period, the date of its data and its
 * steering committees. Served as {base}/meta.json next to the objectives.
 */
export const contractMetaSchema = z.object({
  contractName: z.string().min(1),
  agglomeration: z.string().min(1),
  period: z
    .object({ start: z.number().int(), end: z.number().int() })
    .refine((p) => p.start <= p.end, 'la fin de la période précède son début'),
  /** "Données au": the date the published figures were last brought up to date; null while none are published. */
  dataDate: isoDate.nullable(),
  steeringCommittees: z.array(isoDate),
});

export type ContractMeta = z.infer<typeof contractMetaSchema>;
