import { looseText } from '../lib/text-match';
import type { ObjectiveNode, ObjectiveTree } from './objective-tree';

export type ObjectiveCounts = { strategic: number; operational: number };

/** How many strategic and operational objectives stand in these nodes and anywhere under them. */
const countIn = (nodes: readonly ObjectiveNode[]): ObjectiveCounts => {
  const counts = { strategic: 0, operational: 0 };
  for (const node of flattenTree(nodes)) {
    if (node.kind === 'strategic') counts.strategic += 1;
    if (node.kind === 'operational') counts.operational += 1;
  }
  return counts;
};

/** How many strategic and operational objectives stand anywhere under a node (the node itself excluded). */
export const countObjectives = (node: ObjectiveNode): ObjectiveCounts => countIn(node.children);

export const countTree = (tree: Pick<ObjectiveTree, 'nodes'>): ObjectiveCounts => countIn(tree.nodes);

/** The counts of every node with children, by code: computed once per tree, not per rendered row. */
export const countsByCode = (nodes: readonly ObjectiveNode[]): Map<string, ObjectiveCounts> =>
  new Map(
    flattenTree(nodes)
      .filter((node) => node.children.length > 0)
      .map((node) => [node.code, countObjectives(node)]),
  );

/** Every node, depth first, in the annex's order. */
export const flattenTree = (nodes: readonly ObjectiveNode[]): ObjectiveNode[] =>
  nodes.flatMap((node) => [node, ...flattenTree(node.children)]);

/**
 * The "domains" a chart per pillar shows as peers: the transversal axes and the pillars, in the annex's
 * order. The transversal group itself is only a heading, so it is flattened away here.
 */
export const listDomains = (tree: ObjectiveTree): ObjectiveNode[] =>
  tree.nodes.flatMap((node) => (node.kind === 'transversal-group' ? node.children : [node]));

/** "PILIER COHESION SOCIALE :" → "COHESION SOCIALE": the word "pilier" is already said by the context. */
export const shortLabel = (node: ObjectiveNode) =>
  node.kind === 'pillar' ? node.label.replace(/^PILIER\s+/i, '') : node.label;

export type TreeFilter = {
  /** The nodes to show, with only the branches that hold a match. */
  nodes: ObjectiveNode[];
  /** Codes of the nodes whose own label, goal or code matched. */
  matches: Set<string>;
  /** Codes of the ancestors of a match (within a matching branch too), to be shown expanded. */
  expand: Set<string>;
};

/**
 * Keeps the nodes whose label, goal or code contains the query (ignoring case, accents and punctuation),
 * their ancestors, and everything under a matching node (searching a pillar's name shows the whole pillar).
 */
export const filterTree = (nodes: readonly ObjectiveNode[], query: string): TreeFilter => {
  const needle = looseText(query);
  const matches = new Set<string>();
  const expand = new Set<string>();
  if (needle === '') return { nodes: [...nodes], matches, expand };

  const isMatch = (node: ObjectiveNode) =>
    looseText(`${node.label} ${node.goal ?? ''}`).includes(needle) ||
    node.code.toLowerCase() === query.trim().toLowerCase();

  const markBelow = (node: ObjectiveNode): boolean => {
    let found = false;
    for (const child of node.children) {
      const childMatches = isMatch(child);
      if (childMatches) matches.add(child.code);
      if (markBelow(child) || childMatches) found = true;
    }
    if (found) expand.add(node.code);
    return found;
  };

  const visit = (node: ObjectiveNode): ObjectiveNode | null => {
    if (isMatch(node)) {
      matches.add(node.code);
      // The whole branch stays, with matches deeper down marked and opened up to, so they show too.
      markBelow(node);
      return node;
    }
    const children = node.children.map(visit).filter((child): child is ObjectiveNode => child !== null);
    if (children.length === 0) return null;
    expand.add(node.code);
    return { ...node, children };
  };

  return { nodes: nodes.map(visit).filter((node): node is ObjectiveNode => node !== null), matches, expand };
};
