import { z } from 'zod';

/**
 * The contract's objective tree, as parsed from its annex (see docs/objective-tree.md).
 *
 * Levels, top down:
 *   transversal-group → axis → [orientation] → strategic → operational
 *   pillar → [theme] → [orientation] → strategic → operational
 * Axes and pillars are the "domains": the peers a chart "per pillar" shows, axes marked transversal.
 */
export const nodeKinds = [
  'transversal-group',
  'axis',
  'pillar',
  'theme',
  'orientation',
  'strategic',
  'operational',
] as const;

export const nodeKindSchema = z.enum(nodeKinds);
export type NodeKind = z.infer<typeof nodeKindSchema>;

/** Which kinds may stand directly under which: checked when JSON comes in, so a hand-edited file can't lie. */
const allowedChildren: Record<NodeKind, readonly NodeKind[]> = {
  'transversal-group': ['axis'],
  axis: ['orientation', 'strategic'],
  pillar: ['theme', 'orientation', 'strategic'],
  theme: ['orientation', 'strategic'],
  orientation: ['strategic'],
  strategic: ['operational'],
  operational: [],
};

const rootKinds: readonly NodeKind[] = ['transversal-group', 'pillar'];

const baseNodeSchema = z.object({
  kind: nodeKindSchema,
  /** Stable, readable positional code, e.g. "P2.3.1" (pillar 2, strategic objective 3, operational objective 1). */
  code: z.string().regex(/^(T|T\d+|P\d+)(\.(th|or)?\d+)*$/, 'code mal formé'),
  /** The label exactly as written in the annex (trimmed, white space folded). */
  label: z.string().trim().min(1, 'intitulé vide'),
  /** The goal that follows a heading after a colon ("LA SANTE : Réduire…"), when there is one. */
  goal: z.string().min(1).optional(),
  /** True for the transversal group, its axes and everything under them. */
  transversal: z.boolean(),
});

export type ObjectiveNode = z.infer<typeof baseNodeSchema> & { children: ObjectiveNode[] };

export const objectiveNodeSchema: z.ZodType<ObjectiveNode> = baseNodeSchema
  .extend({
    get children() {
      return z.array(objectiveNodeSchema);
    },
  })
  .superRefine((node, ctx) => {
    const allowed = allowedChildren[node.kind];
    node.children.forEach((child, index) => {
      if (!allowed.includes(child.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['children', index, 'kind'],
          message: `un nœud « ${child.kind} » ne peut pas se trouver sous un nœud « ${node.kind} » (${node.code})`,
        });
      }
    });
    node.children.forEach((child, index) => {
      if (child.transversal !== node.transversal) {
        ctx.addIssue({
          code: 'custom',
          path: ['children', index, 'transversal'],
          message: `« transversal » doit valoir ${node.transversal} comme pour ${node.code}`,
        });
      }
    });
    // Groups, axes and pillars fix the flag; every other node inherits it from its parent (checked above).
    const fixed = { 'transversal-group': true, axis: true, pillar: false } as Partial<
      Record<NodeKind, boolean>
    >;
    if (fixed[node.kind] !== undefined && fixed[node.kind] !== node.transversal) {
      ctx.addIssue({
        code: 'custom',
        path: ['transversal'],
        message: `un nœud « ${node.kind} » ${node.transversal ? 'ne peut pas être' : 'est toujours'} transversal`,
      });
    }
    if (node.kind === 'strategic' && node.children.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['children'],
        message: `l'objectif stratégique ${node.code} n'a aucun objectif opérationnel`,
      });
    }
  });

export const objectiveTreeSchema = z
  .object({
    /** Format version of this JSON, bumped on an incompatible change. */
    version: z.literal(1),
    /** File name of the annex the tree was parsed from. */
    source: z.string().min(1),
    /** The annex's title line, when it has one. */
    title: z.string().optional(),
    nodes: z.array(objectiveNodeSchema).min(1, 'aucun objectif'),
  })
  .superRefine((tree, ctx) => {
    tree.nodes.forEach((node, index) => {
      if (!rootKinds.includes(node.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'kind'],
          message: `un nœud « ${node.kind} » ne peut pas être à la racine de l'arbre`,
        });
      }
    });
    const seen = new Set<string>();
    const visit = (node: ObjectiveNode) => {
      if (seen.has(node.code)) {
        ctx.addIssue({ code: 'custom', path: ['nodes'], message: `code en double : ${node.code}` });
      }
      seen.add(node.code);
      node.children.forEach(visit);
    };
    tree.nodes.forEach(visit);
  });

export type ObjectiveTree = z.infer<typeof objectiveTreeSchema>;

export const nodeKindLabels: Record<NodeKind, { singular: string; plural: string }> = {
  'transversal-group': { singular: 'Axes transversaux', plural: 'Groupes d’axes transversaux' },
  axis: { singular: 'Axe transversal', plural: 'Axes transversaux' },
  pillar: { singular: 'Pilier', plural: 'Piliers' },
  theme: { singular: 'Thématique', plural: 'Thématiques' },
  orientation: { singular: 'Orientation', plural: 'Orientations' },
  strategic: { singular: 'Objectif stratégique', plural: 'Objectifs stratégiques' },
  operational: { singular: 'Objectif opérationnel', plural: 'Objectifs opérationnels' },
};
