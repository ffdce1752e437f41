// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/domain/action';
import { checkActionReferences } from '../../src/domain/action-references';
import { indicatorSchema, joinIndicators } from '../../src/domain/context-indicators';
import { contractMetaSchema } from '../../src/domain/contract-meta';
import { objectiveTreeSchema } from '../../src/domain/objective-tree';
import { flattenTree } from '../../src/domain/objective-tree-queries';
import {
  joinPerimeters,
  perimeterFeatureSchema,
  perimetersDocumentSchema,
} from '../../src/domain/perimeters';
import { territorySchema } from '../../src/domain/territory';
import { readRepoFile } from '../support/seed';

// The examples publishers copy from must stay valid as the schemas change.
const examples = [...readRepoFile('docs/data-contract.md').matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
);
const find = (key: string) => {
  const example = examples.find((candidate) => key in candidate);
  if (!example) throw new Error(`docs/data-contract.md has no example with "${key}"`);
  return example;
};

describe('the examples of docs/data-contract.md', () => {
  it('holds one example of each document', () => {
    expect(examples).toHaveLength(6);
  });

  it('has perimeters and indicators that join the example territories', () => {
    const territories = territorySchema.array().parse(find('territories').territories);
    const collection = perimetersDocumentSchema.parse(find('features'));
    const features = perimeterFeatureSchema.array().parse(collection.features);
    const perimeters = joinPerimeters(
      'perimeters.json',
      { records: features, positions: [0, 1] },
      territories,
    );
    expect(perimeters.rejected).toEqual([]);
    expect(perimeters.territories.map((joined) => joined.territory.id)).toEqual(['terre-rouge']);
    expect(perimeters.communes).toHaveLength(1);
    const indicators = indicatorSchema.array().parse(find('indicators').indicators);
    const joined = joinIndicators('indicators.json', { records: indicators, positions: [0, 1] }, territories);
    expect(joined.rejected).toEqual([]);
    expect(joined.byTerritory.get('terre-rouge')).toHaveLength(1);
    expect(joined.references).toHaveLength(1);
  });

  it('are valid documents whose actions refer to the example tree and territories', () => {
    const meta = contractMetaSchema.parse(find('contractName'));
    expect(meta.fictitious).toBe(false);
    const tree = objectiveTreeSchema.parse(find('nodes'));
    const territories = territorySchema.array().parse(find('territories').territories);
    const actions = actionSchema.array().parse(find('actions').actions);
    const codes = new Set(
      flattenTree(tree.nodes)
        .filter((n) => n.kind === 'operational')
        .map((n) => n.code),
    );
    const result = checkActionReferences(
      'actions.json',
      { records: actions, positions: actions.map((_, index) => index) },
      codes,
      new Set(territories.map((territory) => territory.id)),
    );
    expect(result.rejected).toEqual([]);
    expect(result.actions).toHaveLength(actions.length);
  });
});
