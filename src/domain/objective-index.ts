import type { ObjectiveNode, ObjectiveTree } from './objective-tree';
import { flattenTree, listDomains } from './objective-tree-queries';

/**
 * The objective tree laid out for counting: every node gets a small integer id, and every operational
 * objective knows the ids of the nodes above it. Roll-ups then add into flat arrays in one pass over the
 * actions, instead of walking the tree for each of 100 000 of them.
 */
export type ObjectiveIndex = {
  /** Every node, depth first, in the annex's order; a node's id is its position here. */
  nodes: ObjectiveNode[];
  idByCode: Map<string, number>;
  /** The transversal axes and the pillars, in order (see listDomains). */
  domains: ObjectiveNode[];
  /** For each node id, the ids of its ancestors from the root down, then its own (operational ones only). */
  chainById: Map<number, readonly number[]>;
  /** Operational code → the domain (axis or pillar) it belongs to. */
  domainOf: Map<string, ObjectiveNode>;
  /** Node code → its parent (null for the roots). */
  parentOf: Map<string, ObjectiveNode | null>;
  /** For each node id, how many operational objectives stand in it (1 for an operational objective). */
  operationalCount: Int32Array;
  operationalIds: readonly number[];
};

export const buildObjectiveIndex = (tree: Pick<ObjectiveTree, 'nodes'>): ObjectiveIndex => {
  const nodes = flattenTree(tree.nodes);
  const idByCode = new Map(nodes.map((node, id) => [node.code, id]));
  const chainById = new Map<number, readonly number[]>();
  const parentOf = new Map<string, ObjectiveNode | null>();
  const domainOf = new Map<string, ObjectiveNode>();
  const operationalCount = new Int32Array(nodes.length);
  const operationalIds: number[] = [];
  const domains = listDomains({ nodes: tree.nodes } as ObjectiveTree);
  const domainCodes = new Set(domains.map((domain) => domain.code));

  const visit = (node: ObjectiveNode, ancestors: readonly ObjectiveNode[]) => {
    parentOf.set(node.code, ancestors.at(-1) ?? null);
    const chain = [...ancestors, node];
    if (node.kind === 'operational') {
      const ids = chain.map((step) => idByCode.get(step.code) as number);
      const id = ids.at(-1) as number;
      chainById.set(id, ids);
      operationalIds.push(id);
      for (const ancestorId of ids) operationalCount[ancestorId] = (operationalCount[ancestorId] ?? 0) + 1;
      const domain = chain.find((step) => domainCodes.has(step.code));
      if (domain) domainOf.set(node.code, domain);
    }
    for (const child of node.children) visit(child, chain);
  };
  for (const root of tree.nodes) visit(root, []);

  return { nodes, idByCode, domains, chainById, domainOf, parentOf, operationalCount, operationalIds };
};

/** The node's ancestors from the root down (the node itself excluded), for breadcrumbs. */
export const ancestorsOf = (index: ObjectiveIndex, code: string): ObjectiveNode[] => {
  const chain: ObjectiveNode[] = [];
  let parent = index.parentOf.get(code) ?? null;
  while (parent) {
    chain.unshift(parent);
    parent = index.parentOf.get(parent.code) ?? null;
  }
  return chain;
};

export const findNode = (index: ObjectiveIndex, code: string): ObjectiveNode | undefined => {
  const id = index.idByCode.get(code);
  return id === undefined ? undefined : index.nodes[id];
};
