import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildObjectiveIndex, findNode } from '../../src/domain/objective-index';
import { objectiveTreeSchema } from '../../src/domain/objective-tree';
import { dashboardTree, fixtureCodes, dashboardIndex as index } from '../support/dashboard-fixtures';
import { readRepoFile } from '../support/seed';

const idOf = (code: string) => {
  const id = index.idByCode.get(code);
  if (id === undefined) throw new Error(`${code} not in the index`);
  return id;
};
const codesOf = (ids: readonly number[]) => ids.map((id) => index.nodes[id]?.code);

describe('buildObjectiveIndex on the hand-made tree', () => {
  it('numbers every node depth first, in the annex order', () => {
    expect(index.nodes.map((node) => node.code)).toEqual(fixtureCodes);
    // The id is the position in that list (see the table in dashboard-fixtures).
    fixtureCodes.forEach((code, id) => {
      expect(index.idByCode.get(code)).toBe(id);
    });
  });

  it('lists the axes and the pillars as domains, not the transversal group', () => {
    expect(index.domains.map((domain) => domain.code)).toEqual(['T1', 'P1', 'P2']);
  });

  it('lists the operational ids in order', () => {
    // T1.1.1, T1.1.2, P1.1.1, P1.1.2, P1.2.1, P2.1.1, P2.1.2 stand at 3, 4, 8, 9, 11, 14, 15.
    expect(index.operationalIds).toEqual([3, 4, 8, 9, 11, 14, 15]);
  });

  it.each([
    // The chain runs from the root down to the objective itself, through themes and the transversal group.
    ['T1.1.1', ['T', 'T1', 'T1.1', 'T1.1.1']],
    ['T1.1.2', ['T', 'T1', 'T1.1', 'T1.1.2']],
    ['P1.1.2', ['P1', 'P1.th1', 'P1.1', 'P1.1.2']],
    ['P1.2.1', ['P1', 'P1.th1', 'P1.2', 'P1.2.1']],
    ['P2.1.1', ['P2', 'P2.1', 'P2.1.1']],
  ])('chains %s to %j', (code, chain) => {
    expect(codesOf(index.chainById.get(idOf(code)) ?? [])).toEqual(chain);
  });

  it('keeps chains for operational objectives only', () => {
    expect(index.chainById.size).toBe(7);
    for (const code of ['T', 'T1', 'T1.1', 'P1', 'P1.th1', 'P1.1', 'P2.1']) {
      expect(index.chainById.has(idOf(code))).toBe(false);
    }
  });

  it.each([
    ['T1.1.1', 'T1'],
    ['T1.1.2', 'T1'],
    ['P1.1.1', 'P1'],
    ['P1.2.1', 'P1'],
    ['P2.1.2', 'P2'],
  ])('puts %s in the domain %s', (code, domain) => {
    expect(index.domainOf.get(code)?.code).toBe(domain);
  });

  it('knows the domain of operational objectives only', () => {
    expect(index.domainOf.size).toBe(7);
    expect(index.domainOf.get('P1.1')).toBeUndefined();
    expect(index.domainOf.get('P1')).toBeUndefined();
  });

  it.each([
    ['T', null],
    ['T1', 'T'],
    ['T1.1', 'T1'],
    ['P1', null],
    ['P1.th1', 'P1'],
    ['P1.1', 'P1.th1'],
    ['P1.2.1', 'P1.2'],
    ['P2', null],
    ['P2.1', 'P2'],
    ['P2.1.2', 'P2.1'],
  ])('gives %s the parent %s', (code, parent) => {
    expect(index.parentOf.get(code)?.code ?? null).toBe(parent);
  });

  it.each([
    // An operational objective counts itself; above, the operational objectives anywhere under the node.
    ['T', 2],
    ['T1', 2],
    ['T1.1', 2],
    ['T1.1.1', 1],
    ['P1', 3],
    ['P1.th1', 3],
    ['P1.1', 2],
    ['P1.2', 1],
    ['P1.2.1', 1],
    ['P2', 2],
    ['P2.1', 2],
  ])('%s holds %i operational objectives', (code, count) => {
    expect(index.operationalCount[idOf(code)]).toBe(count);
  });
});

describe('ancestorsOf', () => {
  it.each([
    ['P1.1.2', ['P1', 'P1.th1', 'P1.1']],
    ['T1.1.1', ['T', 'T1', 'T1.1']],
    ['P1.th1', ['P1']],
    ['P2.1', ['P2']],
    ['P1', []],
    ['T', []],
    ['P9.9.9', []],
  ])('gives %s the breadcrumb %j', (code, expected) => {
    expect(ancestorsOf(index, code).map((node) => node.code)).toEqual(expected);
  });
});

describe('findNode', () => {
  it.each([
    ['T', 'transversal-group'],
    ['T1', 'axis'],
    ['P1.th1', 'theme'],
    ['P1.2', 'strategic'],
    ['P2.1.2', 'operational'],
  ])('finds %s, a %s node', (code, kind) => {
    expect(findNode(index, code)).toMatchObject({ code, kind });
  });

  it('returns the very node of the tree', () => {
    expect(findNode(index, 'P1')).toBe(dashboardTree.nodes[1]);
  });

  it.each(['P9', 'p1', '', 'P1.th2'])('finds nothing for %j', (code) => {
    expect(findNode(index, code)).toBeUndefined();
  });
});

describe('buildObjectiveIndex on the real tree', () => {
  const real = buildObjectiveIndex(
    objectiveTreeSchema.parse(JSON.parse(readRepoFile('public/data/objectives.json'))),
  );

  it('indexes the 50 operational objectives of the annex and its six domains', () => {
    expect(real.operationalIds).toHaveLength(50);
    expect(real.domainOf.size).toBe(50);
    expect(real.domains.map((domain) => domain.code)).toEqual(['T1', 'T2', 'P1', 'P2', 'P3', 'P4']);
  });

  it('chains through a theme and an orientation', () => {
    const id = real.idByCode.get('P3.1.1') as number;
    expect((real.chainById.get(id) ?? []).map((step) => real.nodes[step]?.code)).toEqual([
      'P3',
      'P3.th1',
      'P3.or1',
      'P3.1',
      'P3.1.1',
    ]);
    expect(ancestorsOf(real, 'P4.2.5').map((node) => node.code)).toEqual(['P4', 'P4.or1', 'P4.2']);
  });

  it('counts, at each domain, the operational objectives of its branch', () => {
    // From the annex: T1 4, T2 3, P1 4, P2 19, P3 13, P4 7 (50 in all).
    const counts = real.domains.map(
      (domain) => real.operationalCount[real.idByCode.get(domain.code) as number],
    );
    expect(counts).toEqual([4, 3, 4, 19, 13, 7]);
  });
});
