import { describe, expect, it } from 'vitest';
import type { NodeKind, ObjectiveNode } from '../../src/domain/objective-tree';
import {
  countObjectives,
  countsByCode,
  countTree,
  filterTree,
  flattenTree,
  listDomains,
  shortLabel,
} from '../../src/domain/objective-tree-queries';
import { loadSeedTree } from '../support/seed';

const seed = loadSeedTree();

const findCode = (nodes: readonly ObjectiveNode[], code: string): ObjectiveNode => {
  const node = flattenTree(nodes).find((candidate) => candidate.code === code);
  if (!node) throw new Error(`code ${code} not in the tree`);
  return node;
};

const codes = (nodes: readonly ObjectiveNode[]) => flattenTree(nodes).map((node) => node.code);
const sorted = (set: Set<string>) => [...set].sort();

/** A tiny hand-made node; `transversal` follows the code (T… is transversal). */
const node = (
  kind: NodeKind,
  code: string,
  label: string,
  children: ObjectiveNode[] = [],
): ObjectiveNode => ({
  kind,
  code,
  label,
  transversal: code.startsWith('T'),
  children,
});

/** One pillar, one theme, two strategic objectives with two operational ones each. */
const smallTree: ObjectiveNode[] = [
  node('pillar', 'P1', 'PILIER EMPLOI', [
    node('theme', 'P1.th1', 'LA FORMATION', [
      node('strategic', 'P1.1', 'Former les habitants', [
        node('operational', 'P1.1.1', 'Ouvrir un atelier de français'),
        node('operational', 'P1.1.2', 'Financer le permis de conduire'),
      ]),
      node('strategic', 'P1.2', 'Accompagner les entreprises', [
        node('operational', 'P1.2.1', 'Créer un club d’entreprises'),
        node('operational', 'P1.2.2', 'Développer les clauses d’insertion'),
      ]),
    ]),
  ]),
];

describe('countObjectives / countTree', () => {
  it('counts 16 strategic and 50 operational objectives in the seed', () => {
    expect(countTree(seed)).toEqual({ strategic: 16, operational: 50 });
  });

  it.each([
    ['T', 'AXES TRANSVERSAUX', 3, 7],
    ['T1', 'LA JEUNESSE', 2, 4],
    ['P1', 'PILIER PARTICIPATION DES HABITANTS, ET EXERCICE DE LA CITOYENNETE', 1, 4],
    ['P2', 'PILIER COHESION SOCIALE', 6, 19],
    ['P3.th1', "L'HABITAT ET LE CADRE DE VIE", 3, 7],
    ['P4', 'PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE', 2, 7],
  ])(
    'counts what stands under %s (%s): %i strategic, %i operational',
    (code, label, strategic, operational) => {
      const target = findCode(seed.nodes, code);
      expect(target.label).toBe(label);
      expect(countObjectives(target)).toEqual({ strategic, operational });
    },
  );

  it('counts a strategic objective’s operational children, but not the node itself', () => {
    expect(countObjectives(findCode(seed.nodes, 'P2.3'))).toEqual({ strategic: 0, operational: 5 });
    expect(countObjectives(findCode(seed.nodes, 'P2.3.1'))).toEqual({ strategic: 0, operational: 0 });
  });

  it('adds up to the whole tree over the root nodes', () => {
    const total = seed.nodes.map(countObjectives).reduce(
      (sum, counts) => ({
        strategic: sum.strategic + counts.strategic,
        operational: sum.operational + counts.operational,
      }),
      { strategic: 0, operational: 0 },
    );
    expect(total).toEqual(countTree(seed));
  });
});

describe('flattenTree', () => {
  it('lists every node depth first, in the annex’s order', () => {
    expect(codes(smallTree)).toEqual([
      'P1',
      'P1.th1',
      'P1.1',
      'P1.1.1',
      'P1.1.2',
      'P1.2',
      'P1.2.1',
      'P1.2.2',
    ]);
  });

  it('starts the seed with the transversal group and its first axis, and ends with the last objective', () => {
    const all = codes(seed.nodes);
    expect(all.slice(0, 6)).toEqual(['T', 'T1', 'T1.1', 'T1.1.1', 'T1.1.2', 'T1.2']);
    expect(all.at(-1)).toBe('P4.2.5');
    // 1 group + 2 axes + 4 pillars + 5 themes + 2 orientations + 16 strategic + 50 operational.
    expect(all).toHaveLength(80);
    expect(new Set(all).size).toBe(all.length);
  });

  it('puts each parent right before its children', () => {
    const all = flattenTree(seed.nodes);
    for (const parent of all) {
      const at = all.indexOf(parent);
      const descendants = flattenTree(parent.children);
      expect(all.slice(at + 1, at + 1 + descendants.length)).toEqual(descendants);
    }
  });

  it('returns nothing for an empty list', () => {
    expect(flattenTree([])).toEqual([]);
  });
});

describe('listDomains', () => {
  const domains = listDomains(seed);

  it('gives the two axes then the four pillars, in the annex’s order', () => {
    expect(domains.map((domain) => [domain.code, domain.kind, domain.transversal])).toEqual([
      ['T1', 'axis', true],
      ['T2', 'axis', true],
      ['P1', 'pillar', false],
      ['P2', 'pillar', false],
      ['P3', 'pillar', false],
      ['P4', 'pillar', false],
    ]);
  });

  it('leaves out the transversal group itself', () => {
    expect(domains.some((domain) => domain.kind === 'transversal-group')).toBe(false);
    expect(domains.map((domain) => domain.label)).not.toContain('AXES TRANSVERSAUX');
  });

  it('covers every objective of the contract exactly once', () => {
    const total = domains.map(countObjectives).reduce((sum, counts) => sum + counts.operational, 0);
    expect(total).toBe(50);
  });

  it('keeps a pillar-only tree as it is', () => {
    expect(listDomains({ version: 1, source: 'petit.txt', nodes: smallTree }).map((d) => d.code)).toEqual([
      'P1',
    ]);
  });
});

describe('shortLabel', () => {
  it.each([
    ['P2', 'COHESION SOCIALE'],
    ['P1', 'PARTICIPATION DES HABITANTS, ET EXERCICE DE LA CITOYENNETE'],
    ['P4', 'EMPLOI ET DEVELOPPEMENT ECONOMIQUE'],
  ])('drops the word "PILIER" from pillar %s', (code, expected) => {
    expect(shortLabel(findCode(seed.nodes, code))).toBe(expected);
  });

  it.each([
    ['T1', 'LA JEUNESSE'],
    ['P2.th3', 'LA SANTE'],
    ['P2.3', "Renforcer le lien social et l'égalité d'accès aux loisirs"],
    ['P3.4.1', 'Renforcer le CLSPD'],
  ])('leaves the label of non-pillar %s unchanged', (code, expected) => {
    expect(shortLabel(findCode(seed.nodes, code))).toBe(expected);
  });

  it('only strips "PILIER" from pillars, even when another node’s label starts with it', () => {
    expect(shortLabel(node('theme', 'P1.th1', 'PILIER DE LA COMMUNAUTE'))).toBe('PILIER DE LA COMMUNAUTE');
  });
});

describe('filterTree', () => {
  it.each(['', '   ', '\t'])('returns every node, unfiltered, for the blank query %j', (query) => {
    const result = filterTree(seed.nodes, query);
    expect(result.nodes).toEqual(seed.nodes);
    expect(codes(result.nodes)).toHaveLength(80);
    expect(result.matches.size).toBe(0);
    expect(result.expand.size).toBe(0);
  });

  it.each(['sante', 'SANTÉ', 'Santé', '  la santé  '])(
    'keeps the theme LA SANTE for %j, ignoring accents and case',
    (query) => {
      const result = filterTree(seed.nodes, query);
      expect(result.matches).toContain('P2.th3');
      expect(codes(result.nodes)).toContain('P2.th3');
      // The other themes of the pillar have nothing about health.
      expect(codes(result.nodes)).not.toContain('P2.th1');
      expect(codes(result.nodes)).not.toContain('P2.th2');
    },
  );

  it('keeps a matching theme whole and opens the way to the deeper matches inside it', () => {
    const result = filterTree(seed.nodes, 'santé');
    expect(codes(result.nodes)).toEqual([
      'P2',
      'P2.th3',
      'P2.5',
      'P2.5.1',
      'P2.5.2',
      // P2.6 does not mention health but stays: it is part of the matching theme.
      'P2.6',
      'P2.6.1',
      'P2.6.2',
      'P2.6.3',
      'P2.6.4',
    ]);
    expect(sorted(result.matches)).toEqual(['P2.5', 'P2.5.1', 'P2.5.2', 'P2.th3']);
    expect(sorted(result.expand)).toEqual(['P2', 'P2.5', 'P2.th3']);
  });

  it('keeps only the ancestors of a matching operational objective, not its siblings', () => {
    const result = filterTree(seed.nodes, 'accès aux sports');
    expect(codes(result.nodes)).toEqual(['P2', 'P2.th2', 'P2.3', 'P2.3.2']);
    expect(sorted(result.matches)).toEqual(['P2.3.2']);
    expect(sorted(result.expand)).toEqual(['P2', 'P2.3', 'P2.th2']);
  });

  it('finds an objective by its exact code', () => {
    const result = filterTree(seed.nodes, 'P2.3.1');
    expect(codes(result.nodes)).toEqual(['P2', 'P2.th2', 'P2.3', 'P2.3.1']);
    expect(findCode(result.nodes, 'P2.3.1').label).toBe('Créer les conditions collectives du vivre ensemble');
    expect(sorted(result.matches)).toEqual(['P2.3.1']);
  });

  it.each([
    ['p2.3.1', ['P2', 'P2.th2', 'P2.3', 'P2.3.1']],
    [' P2.3 ', ['P2', 'P2.th2', 'P2.3', 'P2.3.1', 'P2.3.2', 'P2.3.3', 'P2.3.4', 'P2.3.5']],
    ['T2', ['T', 'T2', 'T2.1', 'T2.1.1', 'T2.1.2', 'T2.1.3']],
  ])('matches the code %j whatever its case and surrounding spaces', (query, expected) => {
    expect(codes(filterTree(seed.nodes, query).nodes)).toEqual(expected);
  });

  it('keeps matches from several branches, each with its own ancestors', () => {
    const result = filterTree(seed.nodes, 'jeunesse');
    expect(result.nodes.map((root) => root.code)).toEqual(['T', 'P2']);
    // The axis LA JEUNESSE matches: it is kept whole.
    expect(codes(result.nodes)).toEqual(expect.arrayContaining(['T1.2', 'T1.2.1', 'T1.2.2']));
    expect(codes(result.nodes)).not.toContain('T2');
    // In pillar P2 only "Placer la jeunesse au cœur de la cohésion sociale" mentions it.
    expect(codes([findCode(result.nodes, 'P2')])).toEqual(['P2', 'P2.th2', 'P2.3', 'P2.3.5']);
    expect(sorted(result.matches)).toEqual(['P2.3.5', 'T1', 'T1.1.1', 'T1.1.2']);
    expect(sorted(result.expand)).toEqual(['P2', 'P2.3', 'P2.th2', 'T', 'T1', 'T1.1']);
  });

  it('searches in goals too', () => {
    const result = filterTree(seed.nodes, 'repli sur soi');
    expect(sorted(result.matches)).toEqual(['P2.th2']);
    expect(codes(result.nodes)).toContain('P2.4.2');
  });

  it.each(['zzz', 'hôpital', 'P9.9'])('returns no node for %j, which matches nothing', (query) => {
    const result = filterTree(seed.nodes, query);
    expect(result.nodes).toEqual([]);
    expect(result.matches.size).toBe(0);
    expect(result.expand.size).toBe(0);
  });

  it('works on a small hand-made tree: a strategic match keeps all its operational objectives', () => {
    const result = filterTree(smallTree, 'entreprises');
    expect(codes(result.nodes)).toEqual(['P1', 'P1.th1', 'P1.2', 'P1.2.1', 'P1.2.2']);
    expect(sorted(result.matches)).toEqual(['P1.2', 'P1.2.1']);
    expect(sorted(result.expand)).toEqual(['P1', 'P1.2', 'P1.th1']);
  });

  it('does not change the tree it filters', () => {
    const before = structuredClone(seed.nodes);
    const smallBefore = structuredClone(smallTree);
    filterTree(seed.nodes, 'sports');
    filterTree(seed.nodes, 'santé');
    filterTree(smallTree, 'permis');
    expect(seed.nodes).toEqual(before);
    expect(smallTree).toEqual(smallBefore);
    expect(countTree(seed)).toEqual({ strategic: 16, operational: 50 });
  });
});

describe('filterTree with ligatures', () => {
  it.each([
    ['coeur', 'P2.3.5'],
    ['oeuvrer', 'P4.2.4'],
    ['Œuvrer', 'P4.2.4'],
  ])('"%s" finds %s, written with "œ" in the annex', (query, code) => {
    const { matches } = filterTree(seed.nodes, query);
    expect([...matches]).toEqual([code]);
  });
});

describe('countsByCode', () => {
  it('gives, once for the whole tree, the same counts as countObjectives for every node with children', () => {
    const counts = countsByCode(seed.nodes);
    const parents = flattenTree(seed.nodes).filter((node) => node.children.length > 0);
    expect(counts.size).toBe(parents.length);
    expect(counts.get('P2')).toEqual({ strategic: 6, operational: 19 });
    expect(counts.get('T')).toEqual({ strategic: 3, operational: 7 });
    expect(counts.has('P2.3.1')).toBe(false);
    for (const node of parents) expect(counts.get(node.code)).toEqual(countObjectives(node));
  });
});
