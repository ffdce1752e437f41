import type { Indicator } from '../../src/domain/context-indicators';
import { indicatorSchema } from '../../src/domain/context-indicators';
import { type PerimeterFeature, perimeterFeatureSchema } from '../../src/domain/perimeters';
import { type Territory, territorySchema } from '../../src/domain/territory';
import { readRepoFile } from './seed';

/** The contract's real territories, perimeters and statistics, as shipped in public/data. */
export const shippedTerritories = (): Territory[] =>
  territorySchema.array().parse(JSON.parse(readRepoFile('public/data/territories.json')).territories);

export const shippedPerimeters = (): { type: string; features: unknown[] } =>
  JSON.parse(readRepoFile('public/data/perimeters.json'));

export const shippedFeatures = (): PerimeterFeature[] =>
  perimeterFeatureSchema.array().parse(shippedPerimeters().features);

export const shippedIndicators = (): Indicator[] =>
  indicatorSchema.array().parse(JSON.parse(readRepoFile('public/data/indicators.json')).indicators);

/** Terre-Rouge's perimeter as the State published it (seeds/open-data), clockwise: d3-geo's order. */
export const terreRougeSourceFeature = () => {
  const collection = JSON.parse(readRepoFile('seeds/open-data/qpv-occitanie-2015.geojson')) as {
    features: { properties: { code_qp: string }; geometry: PerimeterFeature['geometry'] }[];
  };
  const feature = collection.features.find((candidate) => candidate.properties.code_qp === 'QP046001');
  if (!feature) throw new Error('QP046001 absent de seeds/open-data');
  return feature;
};

/** A collection of features as the app's validation hands them to the joins. */
export const asCollection = <T>(records: T[]) => ({ records, positions: records.map((_, index) => index) });

/** A small closed square ring around a point, anticlockwise (RFC 7946's exterior order). */
export const square = (lon: number, lat: number, size = 0.001): number[][] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
