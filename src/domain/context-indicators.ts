import { z } from 'zod';
import type { RejectedRecord } from '../lib/fetch-json';
import { looseText } from '../lib/text-match';
import { communeCodeSchema, qpvCodeSchema, sourceSchema, vintageSchema } from './perimeters';
import { slugSchema, type Territory, territoryResolver } from './territory';

/**
 * indicators.json: public statistics that describe the contract's territories (who lives there, how poor,
 * how many have a job), and the same figures for reference areas (the commune, the agglomeration) where a
 * source gives them. They are context, not the contract's bookkeeping: each value says its vintage and its
 * source, and a value the source does not give is "non disponible", never 0.
 *
 * One record per indicator and area, checked on its own: a bad record is left out and named, the others
 * stay.
 */

/**
 * The units a value may have, which say how it is written: `habitants` and `personnes` are counts
 * ("1 036 habitants"), `ménages` too; `%` a percentage from 0 to 100 ("39 %"); `€` euros ("14 234 €");
 * `indice` a ratio without unit ("1,7").
 */
export const indicatorUnits = ['habitants', 'personnes', 'ménages', '%', '€', 'indice'] as const;
export const indicatorUnitSchema = z.enum(indicatorUnits, {
  error: `unité inconnue (attendu : ${indicatorUnits.join(', ')})`,
});
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

const COUNT_UNITS: readonly IndicatorUnit[] = ['habitants', 'personnes', 'ménages'];

/** Where a value is measured: a territory of the contract, or a reference area to compare it with. */
export const indicatorAreaSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('territoire'),
        /** The territory's id in territories.json; or its QPV code (one of the two at least). */
        territory: slugSchema.nullable().default(null),
        code: qpvCodeSchema.nullable().default(null),
      })
      .refine((area) => area.territory !== null || area.code !== null, {
        message: 'ni « territory » ni « code » : impossible de savoir de quel territoire il s’agit',
        path: ['territory'],
      }),
    z.object({
      kind: z.literal('commune'),
      name: z.string('nom de commune attendu').trim().min(1, 'nom de commune vide'),
      code: communeCodeSchema.nullable().default(null),
    }),
    z.object({
      kind: z.literal('agglomeration'),
      name: z.string('nom d’agglomération attendu').trim().min(1, 'nom d’agglomération vide'),
    }),
  ],
  { error: 'zone attendue : « kind » vaut territoire, commune ou agglomeration' },
);
export type IndicatorArea = z.infer<typeof indicatorAreaSchema>;

export const indicatorSchema = z
  .object({
    /** The indicator's identifier, the same for every area: "taux-pauvrete". */
    id: slugSchema,
    label: z.string('libellé attendu').trim().min(1, 'libellé vide'),
    unit: indicatorUnitSchema,
    /** What the figure counts, in a sentence a reader understands. */
    definition: z.string('définition attendue').trim().min(1, 'définition vide'),
    area: indicatorAreaSchema,
    /** null: the source does not give it ("non disponible"), never read as 0. */
    value: z.number('valeur attendue (nombre) ou null').finite('valeur infinie').nullable(),
    vintage: vintageSchema,
    source: sourceSchema,
  })
  .superRefine((indicator, context) => {
    const { value, unit } = indicator;
    if (value === null) return;
    if (value < 0) context.addIssue({ code: 'custom', path: ['value'], message: 'valeur négative' });
    if (unit === '%' && value > 100)
      context.addIssue({ code: 'custom', path: ['value'], message: 'pourcentage au-delà de 100' });
    if (COUNT_UNITS.includes(unit) && !Number.isInteger(value))
      context.addIssue({ code: 'custom', path: ['value'], message: `nombre de ${unit} non entier` });
  });
export type Indicator = z.infer<typeof indicatorSchema>;

/** {base}/indicators.json: `{ "indicators": [...] }`, each record validated on its own. */
export const indicatorsDocumentSchema = z.object({
  indicators: z.array(z.unknown(), 'liste « indicators » attendue'),
});

/** A reference area's key, to find the same area twice: "commune:cahors". */
const areaKey = (area: IndicatorArea, territoryId: string | null) => {
  switch (area.kind) {
    case 'territoire':
      return `territoire:${territoryId}`;
    case 'commune':
      return `commune:${looseText(area.name)}`;
    case 'agglomeration':
      return `agglomeration:${looseText(area.name)}`;
  }
};

/** An indicator joined to where it is measured. */
export type TerritoryIndicator = Indicator & { area: { kind: 'territoire' }; territoryId: string };
export type ReferenceIndicator = Indicator & { area: { kind: 'commune' } | { kind: 'agglomeration' } };

export type CheckedIndicators = {
  /** Indicators of the contract's territories, by territory id, in the file's order. */
  byTerritory: ReadonlyMap<string, TerritoryIndicator[]>;
  /** Indicators of the reference areas (communes, agglomeration), in the file's order. */
  references: ReferenceIndicator[];
  rejected: RejectedRecord[];
};

/**
 * Joins the indicators to the contract's territories (by id or QPV code) and checks the references: a
 * territory that does not exist, a commune where no territory lies, or the same indicator given twice for
 * one area leaves the record out, reported (the first one is kept).
 */
export const joinIndicators = (
  file: string,
  indicators: { records: readonly Indicator[]; positions: readonly number[] },
  territories: readonly Territory[],
): CheckedIndicators => {
  const resolve = territoryResolver(territories);
  const communes = new Set(territories.map((territory) => looseText(territory.commune)));
  const byTerritory = new Map<string, TerritoryIndicator[]>();
  const references: ReferenceIndicator[] = [];
  const seen = new Set<string>();
  const rejected: RejectedRecord[] = [];
  const reject = (index: number, indicator: Indicator, field: string, message: string) =>
    rejected.push({
      file,
      index,
      id: indicator.id,
      problems: [{ path: `indicators[${index}].${field}`, message }],
    });

  indicators.records.forEach((indicator, k) => {
    const index = indicators.positions[k] ?? k;
    const { area } = indicator;
    let territoryId: string | null = null;
    if (area.kind === 'territoire') {
      const resolved = resolve(area);
      if ('message' in resolved) {
        reject(index, indicator, `area.${resolved.field}`, resolved.message);
        return;
      }
      territoryId = resolved.territory.id;
    } else if (area.kind === 'commune' && !communes.has(looseText(area.name))) {
      reject(
        index,
        indicator,
        'area.name',
        `commune « ${area.name} » : aucun territoire de territories.json n’y est situé`,
      );
      return;
    }
    const key = `${indicator.id}@${areaKey(area, territoryId)}`;
    if (seen.has(key)) {
      reject(
        index,
        indicator,
        'id',
        `« ${indicator.id} » déjà donné plus haut pour la même zone (le premier est gardé)`,
      );
      return;
    }
    seen.add(key);
    if (territoryId !== null) {
      const list = byTerritory.get(territoryId) ?? [];
      list.push({ ...indicator, territoryId } as TerritoryIndicator);
      byTerritory.set(territoryId, list);
    } else references.push(indicator as ReferenceIndicator);
  });

  return { byTerritory, references, rejected };
};
