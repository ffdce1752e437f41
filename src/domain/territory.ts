import { z } from 'zod';

/**
 * The kinds of territory a contrat de ville follows. Only the QPV (quartier prioritaire de la politique de la
 * ville) is eligible for the State's BOP 147 credits; the others are watched, not funded as such.
 */
export const territoryKinds = ['qpv', 'veille-active', 'observation'] as const;
export const territoryKindSchema = z.enum(territoryKinds, {
  error: `type de territoire inconnu (attendu : ${territoryKinds.join(', ')})`,
});
export type TerritoryKind = z.infer<typeof territoryKindSchema>;

export const territoryKindLabels: Record<TerritoryKind, string> = {
  qpv: 'Quartier prioritaire (QPV)',
  'veille-active': 'Quartier de veille active',
  observation: 'Territoire d’observation',
};

/** A short, stable identifier usable in a URL: lower case letters, digits and hyphens ("terre-rouge"). */
export const slugSchema = z
  .string('identifiant attendu (texte)')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'identifiant mal formé (minuscules, chiffres et tirets, ex. « terre-rouge »)',
  );

export const territorySchema = z.object({
  id: slugSchema,
  name: z.string('nom attendu').trim().min(1, 'nom vide'),
  commune: z.string('commune attendue').trim().min(1, 'commune vide'),
  kind: territoryKindSchema,
  /** The official code of a QPV (e.g. "QP046001"); null for territories that have none. */
  code: z
    .string('code attendu (texte) ou null')
    .regex(/^Q[PN][0-9A-Z]{6,7}$/, 'code QPV mal formé (ex. « QP046001 »)')
    .nullable()
    .default(null),
  /** Inhabitants, where a census figure is known; null otherwise (never guessed). */
  population: z
    .number('population attendue (nombre) ou null')
    .int('population entière attendue')
    .nonnegative('population négative')
    .nullable()
    .default(null),
});

export type Territory = z.infer<typeof territorySchema>;

/** {base}/territories.json: every territory the contract follows. Records are validated one by one. */
export const territoriesDocumentSchema = z.object({
  territories: z.array(z.unknown(), 'liste « territories » attendue'),
});
