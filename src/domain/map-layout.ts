import { type GeoPermissibleObjects, type GeoProjection, geoPath, geoTransverseMercator } from 'd3-geo';
import { estimateLabelWidth } from '../lib/label-width';
import { type PerimeterGeometry, toD3Winding } from './perimeters';

/**
 * Where everything of a map goes, in pixels: the projection fitted to the box, each shape's SVG path, and
 * each label placed beside its shape so that no two labels overlap. Pure (no React, no DOM), so that the
 * fit and the placement are tested on their own. Imported only by the map's drawing, which is loaded on
 * demand: d3-geo stays out of the first screen's JavaScript.
 */

export type Box = { x: number; y: number; width: number; height: number };

export type MapShapeInput = {
  key: string;
  geometry: PerimeterGeometry;
  /** The lines of its label ("Terre-Rouge", "45 % (12/50)"); none for no label. */
  labelLines: readonly string[];
};

export type MapBackgroundInput = { key: string; geometry: PerimeterGeometry; label: string };

export type PlacedLabel = Box & { lines: readonly string[] };

export type MapShapeLayout = {
  key: string;
  path: string;
  /** The shape's box on the map. */
  bounds: Box;
  label: PlacedLabel | null;
};

export type MapBackgroundLayout = { key: string; path: string; label: PlacedLabel | null };

export type MapLayout = {
  width: number;
  height: number;
  shapes: MapShapeLayout[];
  background: MapBackgroundLayout[];
};

export type MapLayoutOptions = {
  width: number;
  height: number;
  /** Room kept free on every side, for the labels of shapes at the edge. */
  padding: number;
  /** What the projection is fitted to: every feature (the communes and the shapes), or the shapes only. */
  fitTo: 'all' | 'shapes';
  fontSize: number;
  lineHeight: number;
  /** The background's labels are written smaller. */
  backgroundFontSize?: number;
};

const asFeature = (geometry: PerimeterGeometry) =>
  ({ type: 'Feature', properties: {}, geometry: toD3Winding(geometry) }) as GeoPermissibleObjects;

/**
 * A transverse Mercator centred on the features: conformal (shapes keep their angles) and true to scale
 * within a few kilometres, wherever the contract is (Cahors, Marseille or Saint-Denis de La Réunion).
 * `precision(0)`: no adaptive resampling, so that a perimeter of 122 positions is drawn with exactly
 * those, and the file's own points are what the reader sees.
 */
export const fitProjection = (
  geometries: readonly PerimeterGeometry[],
  extent: [[number, number], [number, number]],
): GeoProjection => {
  const collection = {
    type: 'FeatureCollection',
    features: geometries.map(asFeature),
  } as GeoPermissibleObjects;
  const [[west, south], [east, north]] = geoPath().bounds(collection);
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  return geoTransverseMercator().rotate([-centre[0], -centre[1]]).precision(0).fitExtent(extent, collection);
};

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (box: Box, frame: Box) =>
  box.x >= frame.x &&
  box.y >= frame.y &&
  box.x + box.width <= frame.x + frame.width &&
  box.y + box.height <= frame.y + frame.height;

const GAP = 8;

/** Where a label of this size may go around a box: right, left, below, above, in that order. */
const candidatesAround = (bounds: Box, width: number, height: number): Box[] => {
  const midY = bounds.y + bounds.height / 2 - height / 2;
  const midX = bounds.x + bounds.width / 2 - width / 2;
  return [
    { x: bounds.x + bounds.width + GAP, y: midY, width, height },
    { x: bounds.x - GAP - width, y: midY, width, height },
    { x: midX, y: bounds.y + bounds.height + GAP, width, height },
    { x: midX, y: bounds.y - GAP - height, width, height },
  ];
};

const clampInto = (box: Box, frame: Box): Box => ({
  ...box,
  x: Math.min(Math.max(box.x, frame.x), frame.x + frame.width - box.width),
  y: Math.min(Math.max(box.y, frame.y), frame.y + frame.height - box.height),
});

/**
 * Picks the first candidate inside the frame that overlaps nothing already placed; failing that, the first
 * one inside the frame; failing that, the first one moved into the frame.
 */
export const placeLabel = (candidates: readonly Box[], taken: readonly Box[], frame: Box): Box => {
  const within = candidates.filter((candidate) => inside(candidate, frame));
  const free = within.find((candidate) => !taken.some((other) => overlaps(candidate, other)));
  return free ?? within[0] ?? clampInto(candidates[0] as Box, frame);
};

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays a map out: projection fitted to the box (less the padding), paths, then the shapes' labels (each
 * beside its shape, never on another label or another shape), then the background's labels where they
 * fit without covering a shape or a label (a background label that does not fit is left out).
 */
export const layoutMap = (
  shapes: readonly MapShapeInput[],
  background: readonly MapBackgroundInput[],
  options: MapLayoutOptions,
): MapLayout => {
  const { width, height, padding, fontSize, lineHeight } = options;
  const backgroundFontSize = options.backgroundFontSize ?? fontSize;
  const fitted = options.fitTo === 'shapes' && shapes.length > 0 ? shapes : [...shapes, ...background];
  const projection = fitProjection(
    fitted.map((item) => item.geometry),
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
  );
  const path = geoPath(projection);
  const frame: Box = { x: 0, y: 0, width, height };
  const boxOf = (geometry: PerimeterGeometry): Box => {
    const [[x0, y0], [x1, y1]] = path.bounds(asFeature(geometry));
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  };

  const shapeLayouts = shapes.map((shape) => ({
    key: shape.key,
    path: path(asFeature(shape.geometry)) ?? '',
    bounds: boxOf(shape.geometry),
    labelLines: shape.labelLines,
  }));
  const taken: Box[] = shapeLayouts.map((shape) => shape.bounds);
  const labelBox = (lines: readonly string[], size: number, lineGap: number) => ({
    width: Math.ceil(Math.max(0, ...lines.map((line) => estimateLabelWidth(line, size)))),
    height: lines.length * lineGap,
  });

  const placedShapes: MapShapeLayout[] = shapeLayouts.map((shape) => {
    if (shape.labelLines.length === 0)
      return { key: shape.key, path: shape.path, bounds: shape.bounds, label: null };
    const size = labelBox(shape.labelLines, fontSize, lineHeight);
    const others = taken.filter((box) => box !== shape.bounds);
    const box = placeLabel(candidatesAround(shape.bounds, size.width, size.height), others, frame);
    taken.push(box);
    return {
      key: shape.key,
      path: shape.path,
      bounds: shape.bounds,
      label: {
        x: round(box.x),
        y: round(box.y),
        width: box.width,
        height: box.height,
        lines: shape.labelLines,
      },
    };
  });

  const backgroundLineHeight = Math.round(backgroundFontSize * 1.25);
  const placedBackground: MapBackgroundLayout[] = background.map((item) => {
    const feature = asFeature(item.geometry);
    const d = path(feature) ?? '';
    const size = labelBox([item.label], backgroundFontSize, backgroundLineHeight);
    const [cx, cy] = path.centroid(feature);
    const area = boxOf(item.geometry);
    // The centroid first, then points spread over the commune's box.
    const points: [number, number][] = [
      [cx, cy],
      ...[0.25, 0.75].flatMap((fy) =>
        [0.5, 0.25, 0.75].map((fx): [number, number] => [
          area.x + area.width * fx,
          area.y + area.height * fy,
        ]),
      ),
    ];
    const candidates = points
      .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
      .map(([x, y]) => ({
        x: x - size.width / 2,
        y: y - size.height / 2,
        width: size.width,
        height: size.height,
      }));
    const within = candidates.filter((candidate) => inside(candidate, frame));
    const free = within.find((candidate) => !taken.some((other) => overlaps(candidate, other)));
    if (free) taken.push(free);
    return {
      key: item.key,
      path: d,
      label: free
        ? { x: round(free.x), y: round(free.y), width: free.width, height: free.height, lines: [item.label] }
        : null,
    };
  });

  return { width, height, shapes: placedShapes, background: placedBackground };
};

/** How many vertices an SVG path of polygons draws (its M and L commands), for tests and checks. */
export const pathVertexCount = (d: string) => (d.match(/[ML]/g) ?? []).length;
