// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify, classOf, niceStep } from '../../src/domain/map-classes';
import { fitProjection, layoutMap, pathVertexCount, placeLabel } from '../../src/domain/map-layout';
import { toRfc7946Winding } from '../../src/domain/perimeters';
import { shippedFeatures } from '../support/territory-context';

const [terreRouge, cahors, pradines] = shippedFeatures();
if (!terreRouge || !cahors || !pradines) throw new Error('perimeters.json incomplet');

const options = { width: 600, height: 480, padding: 12, fontSize: 18, lineHeight: 22 } as const;

describe('fitProjection', () => {
  it('fits every feature in the box, touching its padding on one side at least', () => {
    const projection = fitProjection(
      [terreRouge.geometry, cahors.geometry, pradines.geometry],
      [
        [12, 12],
        [588, 468],
      ],
    );
    const points = [cahors, pradines, terreRouge].flatMap((feature) =>
      (feature.geometry.coordinates as number[][][])
        .flat()
        .map((position) => projection(position as [number, number])),
    );
    const xs = points.map((point) => point?.[0] ?? Number.NaN);
    const ys = points.map((point) => point?.[1] ?? Number.NaN);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(12 - 0.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(588 + 0.5);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(12 - 0.5);
    expect(Math.max(...ys)).toBeLessThanOrEqual(468 + 0.5);
    const touches = [
      Math.min(...xs) - 12,
      588 - Math.max(...xs),
      Math.min(...ys) - 12,
      468 - Math.max(...ys),
    ];
    expect(Math.min(...touches.map(Math.abs))).toBeLessThan(0.5);
  });

  it('draws a file written in RFC 7946’s winding the same as one in d3-geo’s', () => {
    const asPublished = layoutMap([{ key: 'tr', geometry: terreRouge.geometry, labelLines: [] }], [], {
      ...options,
      fitTo: 'shapes',
    });
    const turned = layoutMap(
      [{ key: 'tr', geometry: toRfc7946Winding(terreRouge.geometry), labelLines: [] }],
      [],
      {
        ...options,
        fitTo: 'shapes',
      },
    );
    // A ring read the wrong way round would be fitted as the whole globe: a shape of a few pixels.
    expect(asPublished.shapes[0]?.bounds.width).toBeGreaterThan(300);
    expect(turned.shapes[0]?.bounds).toEqual(asPublished.shapes[0]?.bounds);
  });

  it('draws Terre-Rouge with the 122 positions of its perimeter (121 vertices and the closing one)', () => {
    const layout = layoutMap([{ key: 'tr', geometry: terreRouge.geometry, labelLines: [] }], [], {
      ...options,
      fitTo: 'shapes',
    });
    expect(pathVertexCount(layout.shapes[0]?.path ?? '')).toBe(121);
    expect(layout.shapes[0]?.path.endsWith('Z')).toBe(true);
  });
});

describe('layoutMap labels', () => {
  it('writes the territory’s label beside its shape, within the map, over no commune label', () => {
    const layout = layoutMap(
      [{ key: 'tr', geometry: terreRouge.geometry, labelLines: ['Terre-Rouge', '86 % (43/50)'] }],
      [
        { key: '46042', geometry: cahors.geometry, label: 'Cahors' },
        { key: '46224', geometry: pradines.geometry, label: 'Pradines' },
      ],
      { ...options, fitTo: 'all', backgroundFontSize: 16 },
    );
    const [shape] = layout.shapes;
    const label = shape?.label;
    if (!shape || !label) throw new Error('label attendu');
    const { bounds } = shape;
    const apart = (a: typeof bounds, b: typeof bounds) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart(label, bounds)).toBe(true);
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + label.width).toBeLessThanOrEqual(600);
    for (const commune of layout.background) {
      if (commune.label) expect(apart(commune.label, label)).toBe(true);
    }
    expect(layout.background.filter((commune) => commune.label).length).toBe(2);
  });

  it('places a label where it overlaps nothing, or else where it at least stays on the map', () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 };
    const right = { x: 60, y: 10, width: 30, height: 10 };
    const left = { x: 10, y: 10, width: 30, height: 10 };
    expect(placeLabel([right, left], [{ x: 55, y: 0, width: 40, height: 40 }], frame)).toEqual(left);
    expect(placeLabel([{ ...right, x: 90 }, left], [left], frame)).toEqual(left);
    expect(placeLabel([{ ...right, x: 95 }], [], frame)).toEqual({ ...right, x: 70 });
  });
});

describe('classes', () => {
  it('cuts percentages into fixed quarters, whatever the values', () => {
    const classes = classify('percent', [3, 96]);
    expect(classes.classes.map((each) => each.label)).toEqual([
      '0 – 25 %',
      '25 – 50 %',
      '50 – 75 %',
      '75 – 100 %',
    ]);
    expect(classOf(classes, 24.9)?.index).toBe(0);
    expect(classOf(classes, 25)?.index).toBe(1);
    expect(classOf(classes, 100)?.index).toBe(3);
  });

  it('cuts amounts and counts from 0 to a round maximum at or above the largest value', () => {
    expect(niceStep(126_000)).toBe(50_000);
    expect(niceStep(37, 4, true)).toBe(10);
    expect(niceStep(3, 4, true)).toBe(1);
    const euros = classify('euros', [12_000, 126_000, null]);
    expect(euros.classes.map((each) => [each.lower, each.upper])).toEqual([
      [0, 50_000],
      [50_000, 100_000],
      [100_000, 150_000],
      [150_000, 200_000],
    ]);
    expect(classOf(euros, 126_000)?.index).toBe(2);
    const counts = classify('count', [0, 37]);
    expect(counts.classes.at(-1)?.label).toMatch(/^30\s–\s40$/);
    expect(classOf(counts, 0)?.index).toBe(0);
  });

  it('gives no class to a value nobody reported: it is not the lowest class', () => {
    expect(classOf(classify('percent', [null]), null)).toBeNull();
  });
});
