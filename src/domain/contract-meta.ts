import { z } from 'zod';
import { funders } from './action';

const isoDate = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'champ obligatoire' : 'date attendue au format AAAA-MM-JJ'),
});

/**
 * What the dashboard says about the contract itself: its name, period, the date of its data and its
 * steering committees. Served as {base}/meta.json next to the objectives.
 */
export const contractMetaSchema = z.object({
  contractName: z.string('nom du contrat attendu').trim().min(1, 'nom du contrat vide'),
  /** The contract's code in ANCT's base, e.g. "CV149", when it has one. */
  contractCode: z.string('code attendu (texte) ou null').trim().min(1, 'code vide').nullable().default(null),
  agglomeration: z.string('agglomération attendue').trim().min(1, 'agglomération vide'),
  period: z
    .object(
      {
        start: z.number('année de début attendue (nombre)').int('année entière attendue'),
        end: z.number('année de fin attendue (nombre)').int('année entière attendue'),
      },
      'période attendue (objet avec start et end)',
    )
    .refine((p) => p.start <= p.end, { message: 'la fin de la période précède son début', path: ['end'] }),
  /** "Données au": the date the published figures were last brought up to date; null while none are published. */
  dataDate: isoDate.nullable(),
  /** Dates of the steering committees (COPIL), so that a view can show what changed since the last one. */
  steeringCommittees: z.array(isoDate, 'liste de dates attendue'),
  /**
   * The contract's partners by the names its own spreadsheets give them, each with the funder it is:
   * { "Ville de Cahors": "ville", "Grand Cahors": "agglomeration" }. The import then reads a column titled
   * « Ville de Cahors » as the town's funding, with no mapping to choose (docs/import.md).
   */
  funderNames: z
    .record(
      z.string(),
      z.enum(funders, `financeur attendu : ${funders.join(', ')}`),
      'objet attendu : { "nom du partenaire": "financeur" }',
    )
    .superRefine((names, context) => {
      for (const name of Object.keys(names)) {
        if (name.trim() === '')
          context.addIssue({ code: 'custom', message: 'nom de partenaire vide', path: [name] });
      }
    })
    .default({}),
  /**
   * True for generated demonstration data: every page then says "Données fictives de démonstration", so that
   * nobody mistakes the demo's figures for the contract's.
   */
  fictitious: z.boolean('true ou false attendu').default(false),
});

export type ContractMeta = z.infer<typeof contractMetaSchema>;
