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

/** A record's reference to a territory: its id in territories.json, its QPV code, or both. */
export type TerritoryRef = { territory: string | null; code: string | null };

/** Why a reference names no territory: the field at fault and a sentence naming the value. */
export type TerritoryRefProblem = { field: 'territory' | 'code'; message: string };

/**
 * Resolves the references of a file joined to territories.json (perimeters.json, indicators.json) by id or
 * by QPV code, with the same three rejections in the same words: an unknown id, a code no territory has, an
 * id and a code that name two different territories. The id wins when both are given and agree. The
 * files' schemas refuse a reference with neither; one that slipped through would read as an unknown code.
 */
export const territoryResolver = (territories: readonly Territory[]) => {
  const byId = new Map(territories.map((territory) => [territory.id, territory]));
  const byCode = new Map(
    territories.flatMap((territory) => (territory.code ? [[territory.code, territory] as const] : [])),
  );
  return (ref: TerritoryRef): { territory: Territory } | TerritoryRefProblem => {
    const fromId = ref.territory === null ? undefined : byId.get(ref.territory);
    const fromCode = ref.code === null ? undefined : byCode.get(ref.code);
    if (ref.territory !== null && !fromId)
      return { field: 'territory', message: `territoire « ${ref.territory} » absent de territories.json` };
    if (!fromId && !fromCode)
      return {
        field: 'code',
        message: `code « ${ref.code} » : aucun territoire de territories.json n’a ce code`,
      };
    if (fromId && ref.code !== null && fromId.code !== ref.code)
      return {
        field: 'code',
        message: `code « ${ref.code} » : le territoire « ${fromId.id} » a ${fromId.code ? `le code « ${fromId.code} »` : 'aucun code'} dans territories.json`,
      };
    return { territory: (fromId ?? fromCode) as Territory };
  };
};
