import { z } from 'zod';
import type { RejectedRecord } from '../lib/fetch-json';
import { formatInteger } from '../lib/format';
import { onFirstUse } from '../lib/on-first-use';
import { looseText } from '../lib/text-match';
import { type Territory, territoryResolver } from './territory';

/**
 * perimeters.json: the published perimeters of the contract's territories, and the outlines of their
 * communes as a background, as one GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude/latitude).
 *
 * Only a territory with an official perimeter (a QPV) has a feature: the others (quartiers de veille
 * active, territoires d'observation) keep no geometry, and the map never draws an invented shape for them.
 * Each feature is checked on its own, like a territory or an action: a bad one is left out and named, the
 * others are drawn.
 */

/** Where the figure came from: the publisher and its data set, as the page cites them. */
export const sourceSchema = z.object({
  publisher: z.string('producteur attendu (texte)').trim().min(1, 'producteur vide'),
  dataset: z.string('jeu de données attendu (texte)').trim().min(1, 'jeu de données vide'),
  licence: z
    .string('licence attendue (texte) ou null')
    .trim()
    .min(1, 'licence vide')
    .nullable()
    .default(null),
  url: z.url('adresse http(s) attendue').nullable().default(null),
});
export type Source = z.infer<typeof sourceSchema>;

/** A year: the vintage of a delimitation or a statistic (2015, 2017…). */
export const vintageSchema = z
  .number('millésime attendu (année)')
  .int('millésime entier attendu (ex. 2017)')
  .min(1900, 'millésime avant 1900')
  .max(2100, 'millésime après 2100');

const LAMBERT_HINT =
  'le fichier semble en mètres (Lambert-93, EPSG:2154 ?) : il faut des degrés WGS 84 (EPSG:4326), longitude puis latitude';

// Made once, on first use (see onFirstUse): only a message naming a bad position needs it.
const degrees = onFirstUse(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 }));

const formatCoordinate = (value: number) =>
  Math.abs(value) >= 1000 ? formatInteger(value) : degrees().format(value);

/**
 * A position: [longitude, latitude] in degrees (an altitude may follow; it is ignored). Metres of a
 * projected system (Lambert-93: x about 100 000 to 1 200 000, y about 6 000 000 to 7 200 000) are the usual
 * slip of a file exported from a GIS without reprojection, so they are named as such; so are a latitude and
 * a longitude written the wrong way round, for a French territory.
 */
export const positionSchema = z
  .array(
    z.number('coordonnée attendue (nombre)').finite('coordonnée infinie'),
    'position attendue ([longitude, latitude])',
  )
  .min(2, 'position incomplète : [longitude, latitude] attendu')
  .max(3, 'position de plus de 3 nombres')
  .superRefine((position, context) => {
    const [lon = 0, lat = 0] = position;
    // A function, not a string: every position of every ring passes here, and only a rejection prints it.
    const where = () => `(${formatCoordinate(lon)} ; ${formatCoordinate(lat)})`;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      context.addIssue({
        code: 'custom',
        message:
          Math.abs(lon) > 1000 || Math.abs(lat) > 1000
            ? `coordonnées ${where()} hors des longitudes et latitudes : ${LAMBERT_HINT}`
            : `coordonnées ${where()} hors des longitudes (−180 à 180) et latitudes (−90 à 90)`,
      });
    } else if (lon >= 41 && lon <= 52 && lat >= -6 && lat <= 10) {
      // Metropolitan France is at latitude 41 to 51, longitude −5 to 10: this reads as [lat, lon].
      context.addIssue({
        code: 'custom',
        message: `coordonnées ${where()} : latitude puis longitude ? GeoJSON attend la longitude d’abord`,
      });
    }
  });
export type Position = [number, number] | [number, number, number];

const samePoint = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** A closed ring: at least four positions, the last one repeating the first. */
export const ringSchema = z
  .array(positionSchema, 'anneau attendu (liste de positions)')
  .min(4, 'anneau de moins de 4 positions (un polygone fermé en demande au moins 4)')
  .refine((ring) => samePoint(ring[0], ring.at(-1)), {
    message: 'anneau non fermé : la dernière position doit répéter la première',
  });

const polygonCoordinates = z.array(ringSchema, 'liste d’anneaux attendue').min(1, 'polygone sans anneau');

export const geometrySchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygonCoordinates, 'liste de polygones attendue').min(1, 'multipolygone vide'),
    }),
  ],
  { error: 'géométrie invalide : Polygon ou MultiPolygon attendu' },
);
export type PerimeterGeometry = z.infer<typeof geometrySchema>;

/** The official code of a QPV, as in territories.json ("QP046001"); indicators.json names a QPV the same way. */
export const qpvCodeSchema = z
  .string('code attendu (texte)')
  .regex(/^Q[PN][0-9A-Z]{6,7}$/, 'code QPV mal formé (ex. « QP046001 »)');

/** An INSEE commune code: five digits, or 2A/2B and three digits in Corsica. */
export const communeCodeSchema = z
  .string('code commune attendu (texte)')
  .regex(/^(\d{5}|2[AB]\d{3})$/, 'code commune INSEE mal formé (ex. « 46042 »)');

const nameSchema = z.string('nom attendu').trim().min(1, 'nom vide');

export const perimeterKinds = ['territoire', 'commune'] as const;

const territoryProperties = z
  .object({
    kind: z.literal('territoire'),
    /** The territory's id in territories.json; or its QPV code below (one of the two at least). */
    territory: z
      .string('identifiant de territoire attendu (texte)')
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant de territoire mal formé (ex. « terre-rouge »)')
      .nullable()
      .default(null),
    code: qpvCodeSchema.nullable().default(null),
    name: nameSchema.nullable().default(null),
    source: sourceSchema,
    vintage: vintageSchema,
  })
  .refine((properties) => properties.territory !== null || properties.code !== null, {
    message: 'ni « territory » ni « code » : impossible de savoir à quel territoire est ce périmètre',
    path: ['territory'],
  });

const communeProperties = z.object({
  kind: z.literal('commune'),
  code: communeCodeSchema,
  name: nameSchema,
  source: sourceSchema,
  vintage: vintageSchema,
});

export const perimeterFeatureSchema = z.object({
  type: z.literal('Feature', 'entité GeoJSON attendue ("type": "Feature")'),
  properties: z.discriminatedUnion('kind', [territoryProperties, communeProperties], {
    error: `propriété « kind » attendue : ${perimeterKinds.join(' ou ')}`,
  }),
  geometry: geometrySchema,
});
export type PerimeterFeature = z.infer<typeof perimeterFeatureSchema>;
export type TerritoryFeature = PerimeterFeature & { properties: { kind: 'territoire' } };
export type CommuneFeature = PerimeterFeature & { properties: { kind: 'commune' } };

const WGS84_NAMES = [
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'urn:ogc:def:crs:EPSG::4326',
  'EPSG:4326',
];

/**
 * The document as a whole: a FeatureCollection whose features are checked one by one. A `crs` member (not
 * in RFC 7946, but written by many GIS exports) that names another system rejects the whole file: every
 * coordinate in it would be wrong.
 */
export const perimetersDocumentSchema = z.object({
  type: z.literal('FeatureCollection', 'collection GeoJSON attendue ("type": "FeatureCollection")'),
  crs: z
    .object({ properties: z.object({ name: z.string() }).loose() })
    .loose()
    .optional()
    .refine((crs) => crs === undefined || WGS84_NAMES.includes(crs.properties.name), {
      message: `système de coordonnées non WGS 84 : ${LAMBERT_HINT.replace(/^le fichier semble en mètres[^:]*: /, '')}`,
    }),
  features: z.array(z.unknown(), 'liste « features » attendue'),
});

/** A readable name for a feature in a report: its territory, its code or its name, when it has one. */
export const featureLabel = (feature: unknown): string | null => {
  if (typeof feature !== 'object' || feature === null) return null;
  const properties = (feature as { properties?: unknown }).properties;
  if (typeof properties === 'object' && properties !== null) {
    const { territory, code, name } = properties as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
    const [byId, byCode, byName] = [text(territory), text(code), text(name)];
    if (byId) return byId;
    if (byCode && byName) return `${byCode} ${byName}`;
    if (byCode ?? byName) return byCode ?? byName;
  }
  const { id } = feature as { id?: unknown };
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/** A territory's perimeter, joined to its territory. */
export type TerritoryPerimeter = { territory: Territory; feature: TerritoryFeature };

export type CheckedPerimeters = {
  /** One per territory that has a published perimeter, in the order of territories.json. */
  territories: TerritoryPerimeter[];
  /** The communes' outlines, the map's background, in the file's order. */
  communes: CommuneFeature[];
  /** Features left out for a reference that does not hold (the schema's rejections come separately). */
  rejected: RejectedRecord[];
};

/**
 * Joins the features to the contract's territories, by id or by QPV code. A feature whose territory does
 * not exist, whose id and code name two different territories, or that gives a territory a second
 * perimeter, is left out and reported (the first one is kept); so is a commune given twice.
 */
export const joinPerimeters = (
  file: string,
  features: { records: readonly PerimeterFeature[]; positions: readonly number[] },
  territories: readonly Territory[],
): CheckedPerimeters => {
  const resolve = territoryResolver(territories);
  const joined = new Map<string, TerritoryFeature>();
  const communes: CommuneFeature[] = [];
  const communeCodes = new Set<string>();
  const rejected: RejectedRecord[] = [];
  const reject = (index: number, feature: PerimeterFeature, field: string, message: string) =>
    rejected.push({
      file,
      index,
      id: featureLabel(feature),
      problems: [{ path: `features[${index}].properties.${field}`, message }],
    });

  features.records.forEach((feature, k) => {
    const index = features.positions[k] ?? k;
    const { properties } = feature;
    if (properties.kind === 'commune') {
      if (communeCodes.has(properties.code)) {
        reject(
          index,
          feature,
          'code',
          `commune « ${properties.code} » déjà donnée plus haut (la première est gardée)`,
        );
        return;
      }
      communeCodes.add(properties.code);
      communes.push(feature as CommuneFeature);
      return;
    }
    const resolved = resolve(properties);
    if ('message' in resolved) {
      reject(index, feature, resolved.field, resolved.message);
      return;
    }
    const { territory } = resolved;
    if (joined.has(territory.id)) {
      reject(
        index,
        feature,
        properties.territory !== null ? 'territory' : 'code',
        `deuxième périmètre pour « ${territory.id} » (le premier est gardé)`,
      );
      return;
    }
    joined.set(territory.id, feature as TerritoryFeature);
  });

  return {
    territories: territories.flatMap((territory) => {
      const feature = joined.get(territory.id);
      return feature ? [{ territory, feature }] : [];
    }),
    communes,
    rejected,
  };
};

/** The commune outline of a territory, by its name (territories.json names communes, it does not code them). */
export const communeOf = (territory: Territory, communes: readonly CommuneFeature[]) =>
  communes.find((commune) => looseText(commune.properties.name) === looseText(territory.commune));

/**
 * Twice the signed area of a ring in the plane of longitude and latitude: positive when it turns
 * anticlockwise (the exterior ring of RFC 7946), negative when clockwise. Planar is enough to tell the
 * direction of a neighbourhood's ring, which spans a fraction of a degree.
 */
export const ringSignedArea = (ring: readonly (readonly number[])[]) => {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] as readonly number[];
    const [x2 = 0, y2 = 0] = ring[i + 1] as readonly number[];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
};

const orient = <T extends readonly (readonly number[])[]>(ring: T, clockwise: boolean): T => {
  const area = ringSignedArea(ring);
  return (clockwise ? area > 0 : area < 0) ? ([...ring].reverse() as unknown as T) : ring;
};

type Rings = readonly (readonly (readonly number[])[])[];

const orientPolygon = (rings: Rings, exteriorClockwise: boolean) =>
  rings.map((ring, index) => orient(ring, index === 0 ? exteriorClockwise : !exteriorClockwise));

const withWinding = (geometry: PerimeterGeometry, exteriorClockwise: boolean): PerimeterGeometry =>
  geometry.type === 'Polygon'
    ? {
        type: 'Polygon',
        coordinates: orientPolygon(geometry.coordinates, exteriorClockwise) as typeof geometry.coordinates,
      }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map(
          (polygon) => orientPolygon(polygon, exteriorClockwise) as typeof polygon,
        ),
      };

/**
 * The geometry with its rings turned the way d3-geo reads them: exterior rings clockwise, holes
 * anticlockwise (in longitude/latitude). That is the opposite of RFC 7946, and d3-geo draws a ring the
 * other way round as the whole globe minus the neighbourhood: every file is turned on reading, whatever
 * order it was written in.
 */
export const toD3Winding = (geometry: PerimeterGeometry) => withWinding(geometry, true);

/** The same, turned as RFC 7946 wants it (exterior rings anticlockwise), for the files the command writes. */
export const toRfc7946Winding = (geometry: PerimeterGeometry) => withWinding(geometry, false);

/** How many positions the geometry's rings hold, closing ones included (Terre-Rouge: 122). */
export const positionCount = (geometry: PerimeterGeometry) =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .flat()
    .reduce((sum, ring) => sum + ring.length, 0);
