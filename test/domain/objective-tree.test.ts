import { describe, expect, it } from 'vitest';
import { type ObjectiveNode, type ObjectiveTree, objectiveTreeSchema } from '../../src/domain/objective-tree';
import { formatPath } from '../../src/lib/fetch-json';
import { loadSeedTree, readRepoFile } from '../support/seed';

const seed = loadSeedTree();

/** The schema's issues as "path : message" lines, as a project team would read them. */
const problems = (value: unknown) => {
  const result = objectiveTreeSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${formatPath(issue.path)} : ${issue.message}`);
};

const op = (code: string, label = `Objectif ${code}`): ObjectiveNode => ({
  kind: 'operational',
  code,
  label,
  transversal: code.startsWith('T'),
  children: [],
});

/** A small valid tree: a transversal group with one axis, and one pillar with a theme. */
const validTree = (): ObjectiveTree => ({
  version: 1,
  source: 'annexe.txt',
  nodes: [
    {
      kind: 'transversal-group',
      code: 'T',
      label: 'AXES TRANSVERSAUX',
      transversal: true,
      children: [
        {
          kind: 'axis',
          code: 'T1',
          label: 'LA JEUNESSE',
          transversal: true,
          children: [
            {
              kind: 'strategic',
              code: 'T1.1',
              label: 'Soutenir les jeunes',
              transversal: true,
              children: [op('T1.1.1')],
            },
          ],
        },
      ],
    },
    {
      kind: 'pillar',
      code: 'P1',
      label: 'PILIER COHESION SOCIALE',
      transversal: false,
      children: [
        {
          kind: 'theme',
          code: 'P1.th1',
          label: 'LA SANTE',
          goal: 'Réduire les inégalités de santé',
          transversal: false,
          children: [
            {
              kind: 'strategic',
              code: 'P1.1',
              label: 'Développer la prévention',
              transversal: false,
              children: [op('P1.1.1'), op('P1.1.2')],
            },
          ],
        },
      ],
    },
  ],
});

type Tree = ReturnType<typeof validTree>;
/** Index helpers that fail loudly when the fixture changes shape. */
const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture: no item at ${index}`);
  return item;
};
const axis = (tree: Tree) => at(at(tree.nodes, 0).children, 0);
const strategicT = (tree: Tree) => at(axis(tree).children, 0);
const theme = (tree: Tree) => at(at(tree.nodes, 1).children, 0);
const strategicP = (tree: Tree) => at(theme(tree).children, 0);

describe('objectiveTreeSchema', () => {
  it('accepts the tree parsed from the seed annex', () => {
    expect(problems(seed)).toEqual([]);
  });

  it('accepts the committed public/data/objectives.json', () => {
    const committed: unknown = JSON.parse(readRepoFile('public/data/objectives.json'));
    expect(problems(committed)).toEqual([]);
  });

  it('accepts the small hand-made tree, with or without a title', () => {
    expect(problems(validTree())).toEqual([]);
    expect(problems({ ...validTree(), title: 'Annexe 2' })).toEqual([]);
  });

  it.each<[string, (tree: Tree) => unknown, string[]]>([
    [
      'an operational objective with children',
      (tree) => {
        at(strategicP(tree).children, 1).children = [op('P1.1.2.1')];
        return tree;
      },
      [
        'nodes[1].children[0].children[0].children[1].children[0].kind : un nœud « operational » ne peut pas se trouver sous un nœud « operational » (P1.1.2)',
      ],
    ],
    [
      'a strategic objective with no operational objective',
      (tree) => {
        strategicT(tree).children = [];
        return tree;
      },
      [
        "nodes[0].children[0].children[0].children : l'objectif stratégique T1.1 n'a aucun objectif opérationnel",
      ],
    ],
    [
      'a theme directly under the transversal group, where an axis is expected',
      (tree) => {
        axis(tree).kind = 'theme';
        return tree;
      },
      [
        'nodes[0].children[0].kind : un nœud « theme » ne peut pas se trouver sous un nœud « transversal-group » (T)',
      ],
    ],
    [
      'a strategic objective at the root',
      (tree) => {
        tree.nodes.push({
          kind: 'strategic',
          code: 'P2',
          label: 'Objectif perdu',
          transversal: false,
          children: [op('P2.1')],
        });
        return tree;
      },
      ["nodes[2].kind : un nœud « strategic » ne peut pas être à la racine de l'arbre"],
    ],
    [
      'an axis at the root, outside the transversal group',
      (tree) => {
        tree.nodes.push({
          kind: 'axis',
          code: 'T2',
          label: 'LE NUMERIQUE',
          transversal: true,
          children: [
            { kind: 'strategic', code: 'T2.1', label: 'Former', transversal: true, children: [op('T2.1.1')] },
          ],
        });
        return tree;
      },
      ["nodes[2].kind : un nœud « axis » ne peut pas être à la racine de l'arbre"],
    ],
    [
      'a duplicated code',
      (tree) => {
        at(strategicP(tree).children, 1).code = 'P1.1.1';
        return tree;
      },
      ['nodes : code en double : P1.1.1'],
    ],
    [
      'an empty label',
      (tree) => {
        theme(tree).label = '';
        return tree;
      },
      ['nodes[1].children[0].label : intitulé vide'],
    ],
    [
      'a label of spaces only',
      (tree) => {
        at(strategicP(tree).children, 0).label = '   ';
        return tree;
      },
      ['nodes[1].children[0].children[0].children[0].label : intitulé vide'],
    ],
    [
      'a badly formed code',
      (tree) => {
        at(tree.nodes, 1).code = 'X1';
        return tree;
      },
      ['nodes[1].code : code mal formé'],
    ],
    ['version 2', (tree) => ({ ...tree, version: 2 }), ['version : Invalid input: expected 1']],
    ['no nodes at all', (tree) => ({ ...tree, nodes: [] }), ['nodes : aucun objectif']],
  ])('rejects %s, naming where and what', (_, breakTree, expected) => {
    expect(problems(breakTree(validTree()))).toEqual(expected);
  });

  it.each<[string, (tree: Record<string, unknown>) => void, string]>([
    [
      'an unknown node kind',
      (tree) => Object.assign(at(tree.nodes as ObjectiveNode[], 1), { kind: 'sub-theme' }),
      'nodes[1].kind',
    ],
    ['a missing source', (tree) => delete tree.source, 'source'],
    [
      'a missing children list',
      (tree) => delete (at(tree.nodes as ObjectiveNode[], 0) as Partial<ObjectiveNode>).children,
      'nodes[0].children',
    ],
    [
      'a transversal flag that is not a boolean',
      (tree) => Object.assign(at(tree.nodes as ObjectiveNode[], 0), { transversal: 'oui' }),
      'nodes[0].transversal',
    ],
  ])('rejects %s at %s', (_, breakTree, path) => {
    const tree = validTree() as unknown as Record<string, unknown>;
    breakTree(tree);
    expect(problems(tree).map((line) => line.split(' : ')[0])).toContain(path);
  });

  it('reports every problem at once, not just the first', () => {
    const tree = validTree();
    theme(tree).label = '';
    at(strategicP(tree).children, 1).code = 'P1.1.1';
    expect(problems(tree)).toEqual([
      'nodes[1].children[0].label : intitulé vide',
      'nodes : code en double : P1.1.1',
    ]);
  });

  it('rejects the seed once one of its operational objectives is given children', () => {
    const broken = structuredClone(seed);
    const group = at(broken.nodes, 0);
    const firstOp = at(at(at(group.children, 0).children, 0).children, 0);
    firstOp.children.push(op('T1.1.1.1'));
    expect(problems(broken)).toEqual([
      'nodes[0].children[0].children[0].children[0].children[0].kind : un nœud « operational » ne peut pas se trouver sous un nœud « operational » (T1.1.1)',
    ]);
  });
});

describe('objectiveTreeSchema and the transversal flag', () => {
  it('rejects a pillar marked transversal, naming the field', () => {
    const tree = validTree();
    at(tree.nodes, 1).transversal = true;
    expect(problems(tree)).toContain(
      'nodes[1].transversal : un nœud « pillar » ne peut pas être transversal',
    );
  });

  it('rejects an objective under an axis that is not marked transversal', () => {
    const tree = validTree();
    at(strategicT(tree).children, 0).transversal = false;
    expect(problems(tree)).toContain(
      'nodes[0].children[0].children[0].children[0].transversal : « transversal » doit valoir true comme pour T1.1',
    );
  });
});
