// @vitest-environment node
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  joinPerimeters,
  type PerimeterGeometry,
  perimeterFeatureSchema,
  perimetersDocumentSchema,
  positionCount,
  ringSignedArea,
  toD3Winding,
  toRfc7946Winding,
} from '../../src/domain/perimeters';
import { validateRecords } from '../../src/lib/fetch-json';
import { problemsWith } from '../support/schema-problems';
import {
  asCollection,
  shippedFeatures,
  shippedPerimeters,
  shippedTerritories,
  square,
  terreRougeSourceFeature,
} from '../support/territory-context';

const problems = problemsWith(perimeterFeatureSchema);

const source = { publisher: 'CGET', dataset: 'Contours des QPV 2015' };
const qpvFeature = (coordinates: unknown, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: {
    kind: 'territoire',
    territory: 'terre-rouge',
    code: 'QP046001',
    source,
    vintage: 2015,
    ...properties,
  },
  geometry: { type: 'Polygon', coordinates },
});

const area = (geometry: PerimeterGeometry) => geoArea({ type: 'Feature', properties: {}, geometry } as never);

describe('perimeterFeatureSchema', () => {
  it('accepts every feature of the shipped perimeters.json: Terre-Rouge (122 positions) and two communes', () => {
    const features = shippedFeatures();
    expect(features.map((feature) => feature.properties.kind)).toEqual(['territoire', 'commune', 'commune']);
    expect(positionCount((features[0] as (typeof features)[number]).geometry)).toBe(122);
  });

  it('names coordinates in Lambert-93 metres as such, and asks for WGS 84 longitude and latitude', () => {
    const lambert = [
      [573215, 6370842],
      [573915, 6370842],
      [573915, 6371542],
      [573215, 6370842],
    ];
    const found = problems(qpvFeature([lambert]));
    expect(found[0]?.path).toBe('geometry.coordinates[0][0]');
    expect(found[0]?.message).toMatch(/573\s215 ; 6\s370\s842.*Lambert-93.*WGS 84/);
  });

  it('names a latitude written before the longitude', () => {
    const swapped = square(1.45, 44.46).map(([lon, lat]) => [lat, lon]);
    expect(problems(qpvFeature([swapped]))[0]?.message).toMatch(/latitude puis longitude/);
  });

  it.each([
    ['an open ring', [square(1.45, 44.46).slice(0, 4)], /anneau non fermé/],
    [
      'a ring of three positions',
      [
        [
          [1.45, 44.46],
          [1.46, 44.46],
          [1.45, 44.46],
        ],
      ],
      /moins de 4 positions/,
    ],
    [
      'a position that is not a pair of numbers',
      [
        [
          ['1.45', 44.46],
          [1.46, 44.46],
          [1.46, 44.47],
          ['1.45', 44.46],
        ],
      ],
      /nombre/,
    ],
    ['no ring at all', [], /polygone sans anneau/],
  ])('rejects %s, naming the field', (_, coordinates, message) => {
    const found = problems(qpvFeature(coordinates));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((problem) => problem.message).join(' ')).toMatch(message);
    expect(found[0]?.path).toMatch(/^geometry\.coordinates/);
  });

  it('rejects a geometry that is not a polygon, and a feature that names no territory', () => {
    expect(
      problems({ ...qpvFeature([]), geometry: { type: 'Point', coordinates: [1.45, 44.46] } })[0]?.message,
    ).toMatch(/Polygon ou MultiPolygon/);
    expect(problems(qpvFeature([square(1.45, 44.46)], { territory: null, code: null }))[0]?.message).toMatch(
      /ni « territory » ni « code »/,
    );
  });

  it('rejects a whole file that declares another coordinate system', () => {
    const result = perimetersDocumentSchema.safeParse({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
      features: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/non WGS 84/);
    expect(perimetersDocumentSchema.safeParse(shippedPerimeters()).success).toBe(true);
  });
});

describe('joinPerimeters', () => {
  const territories = shippedTerritories();
  const join = (features: unknown[]) => {
    const collection = validateRecords('perimeters.json', 'features', features, perimeterFeatureSchema);
    return joinPerimeters('perimeters.json', collection, territories);
  };

  it('joins Terre-Rouge by its id and keeps the communes as the background; the others get no shape', () => {
    const joined = joinPerimeters('perimeters.json', asCollection(shippedFeatures()), territories);
    expect(joined.territories.map((each) => each.territory.id)).toEqual(['terre-rouge']);
    expect(joined.communes.map((commune) => commune.properties.name)).toEqual(['Cahors', 'Pradines']);
    expect(joined.rejected).toEqual([]);
  });

  it('joins by QPV code alone', () => {
    const joined = join([qpvFeature([square(1.45, 44.46)], { territory: null })]);
    expect(joined.territories[0]?.territory.id).toBe('terre-rouge');
  });

  it('leaves out a code no territory has, an unknown id, a mismatch and a second perimeter, naming each', () => {
    const joined = join([
      qpvFeature([square(1.45, 44.46)], { territory: null, code: 'QP046999' }),
      qpvFeature([square(1.45, 44.46)], { territory: 'quartier-inconnu', code: null }),
      qpvFeature([square(1.45, 44.46)], { territory: 'sainte-valerie' }),
      qpvFeature([square(1.45, 44.46)]),
      qpvFeature([square(1.46, 44.46)]),
    ]);
    expect(joined.territories).toHaveLength(1);
    expect(joined.rejected.map((record) => [record.index, record.id, record.problems[0]?.message])).toEqual([
      [0, 'QP046999', 'code « QP046999 » : aucun territoire de territories.json n’a ce code'],
      [1, 'quartier-inconnu', 'territoire « quartier-inconnu » absent de territories.json'],
      [
        2,
        'sainte-valerie',
        'code « QP046001 » : le territoire « sainte-valerie » a aucun code dans territories.json',
      ],
      [4, 'terre-rouge', 'deuxième périmètre pour « terre-rouge » (le premier est gardé)'],
    ]);
    expect(joined.rejected[0]?.problems[0]?.path).toBe('features[0].properties.code');
  });
});

describe('ring winding', () => {
  const published = terreRougeSourceFeature().geometry;

  it('turns a ring of RFC 7946 (anticlockwise) to d3-geo’s order: the neighbourhood, not the globe minus it', () => {
    const rfc = toRfc7946Winding(published);
    expect(ringSignedArea((rfc.coordinates as number[][][])[0] as number[][])).toBeGreaterThan(0);
    // Drawn as written, d3-geo would fill the whole sphere (4π steradians) but the neighbourhood.
    expect(area(rfc)).toBeGreaterThan(4 * Math.PI - 0.001);
    const turned = toD3Winding(rfc);
    expect(area(turned)).toBeLessThan(1e-6);
    expect(area(turned)).toBeGreaterThan(0);
  });

  it('leaves a ring already in d3-geo’s order as it is, and turns holes the other way', () => {
    expect(toD3Winding(published)).toEqual(published);
    const outer = square(1.4, 44.4, 0.1);
    const hole = square(1.42, 44.42, 0.02);
    const turned = toD3Winding({ type: 'MultiPolygon', coordinates: [[outer, hole]] });
    const [polygon] = turned.coordinates as number[][][][];
    expect(ringSignedArea(polygon?.[0] as number[][])).toBeLessThan(0);
    expect(ringSignedArea(polygon?.[1] as number[][])).toBeGreaterThan(0);
    // The square with a hole: a fraction of a square degree, not the sphere.
    expect(area(turned)).toBeLessThan(1e-5);
  });
});
