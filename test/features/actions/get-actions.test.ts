import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getActions } from '../../../src/features/actions/api/get-actions';
import { getMeta } from '../../../src/features/contract/api/get-meta';
import { getObjectives } from '../../../src/features/objectives/api/get-objectives';
import { getTerritories } from '../../../src/features/territories/api/get-territories';
import { dataUrl, INVALID_EVERY, mockContract } from '../../../src/mocks/handlers';
import { expectDataError, mockMode } from '../../support/mock-api';
import { server } from '../../support/server';

describe('the fetch layer on the mock API', () => {
  it('loads every generated action and territory, none rejected', async () => {
    const actions = await getActions();
    expect(actions.published).toBe(true);
    if (!actions.published) return;
    expect(actions.records).toHaveLength(mockContract().actions.length);
    expect(actions.rejected).toEqual([]);
    const territories = await getTerritories();
    expect(territories.records.map((territory) => territory.name)).toContain('Terre-Rouge');
    expect(territories.rejected).toEqual([]);
  });

  it('reads a missing actions.json as "not published", not as an error', async () => {
    mockMode({ failure: 'no-actions' });
    await expect(getActions()).resolves.toEqual({ published: false });
  });

  it.each(['actions', 'territories', 'meta', 'objectives'] as const)(
    'reports an HTTP 500 on %s.json with its status',
    async (target) => {
      mockMode({ failure: 'http-500', target });
      const fetchers = {
        actions: getActions,
        territories: getTerritories,
        meta: getMeta,
        objectives: getObjectives,
      };
      const error = await expectDataError(fetchers[target]());
      expect(error.kind).toBe('http');
      expect(error.status).toBe(500);
      expect(error.message).toContain(`${target}.json`);
    },
  );

  it('gives up on a server that never answers, with a message that says so', async () => {
    mockMode({ failure: 'timeout' });
    const error = await expectDataError(getActions({ timeoutMs: 200 }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/n’a pas répondu en 0,2 s/);
  });

  it('reports malformed JSON', async () => {
    mockMode({ failure: 'malformed-json' });
    const error = await expectDataError(getActions());
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(/actions\.json n’est pas un JSON valide/);
  });

  it('leaves out invalid actions, says which record and field, and keeps all the valid ones', async () => {
    mockMode({ failure: 'invalid-records' });
    const all = mockContract().actions;
    const actions = await getActions();
    if (!actions.published) throw new Error('expected actions');
    // Among the planted faults, two are references (objective, territory): the schema lets them through.
    expect(actions.rejected.length).toBeGreaterThan(0);
    expect(actions.records.length + actions.rejected.length).toBe(all.length);
    for (const record of actions.rejected) {
      expect(record.file).toBe('actions.json');
      expect(record.index % INVALID_EVERY).toBe(INVALID_EVERY - 1);
      expect(record.id).toBe(all[record.index]?.id);
      expect(record.problems[0]?.path).toMatch(new RegExp(`^actions\\[${record.index}\\]\\.`));
    }
    const messages = actions.rejected.flatMap((record) =>
      record.problems.map((p) => `${p.path} : ${p.message}`),
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\.progress : avancement supérieur à 100 %/),
        expect.stringMatching(/\.title : intitulé vide/),
        expect.stringMatching(/\.status : statut inconnu/),
        expect.stringMatching(/\.budget\.funding : la somme des financements/),
        expect.stringMatching(/\.porteur\.name : contient une adresse e-mail/),
      ]),
    );
    const keptIds = new Set(actions.records.map((action) => action.id));
    expect(all.filter((action) => !keptIds.has(action.id))).toHaveLength(actions.rejected.length);
  });

  it('leaves out an invalid territory and keeps the others', async () => {
    mockMode({ failure: 'invalid-records', target: 'territories' });
    const territories = await getTerritories();
    expect(territories.records).toHaveLength(mockContract().territories.length - 1);
    expect(territories.rejected).toEqual([
      expect.objectContaining({
        file: 'territories.json',
        index: mockContract().territories.length - 1,
        id: 'les-escales',
        problems: [
          expect.objectContaining({ path: `territories[${mockContract().territories.length - 1}].kind` }),
        ],
      }),
    ]);
  });

  it('rejects a whole meta.json that breaks the contract, naming the field', async () => {
    mockMode({ failure: 'invalid-records', target: 'meta' });
    const error = await expectDataError(getMeta());
    expect(error.kind).toBe('schema');
    expect(error.problems).toEqual([{ path: 'contractName', message: 'nom du contrat vide' }]);
  });

  it('calls a file with no valid record at all an error, not an empty list', async () => {
    server.use(
      http.get(dataUrl('actions.json'), () => HttpResponse.json({ actions: [{ id: 'a' }, { title: 3 }] })),
    );
    const error = await expectDataError(getActions());
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/aucun des 2 enregistrements/);
    expect(error.problems.map((problem) => problem.path)).toContain('actions[0].year');
  });

  it('calls a file without its list an error that names the missing list', async () => {
    server.use(http.get(dataUrl('actions.json'), () => HttpResponse.json([{ id: 'a' }])));
    const error = await expectDataError(getActions());
    expect(error.problems).toEqual([{ path: 'actions', message: 'liste « actions » attendue' }]);
  });

  it('accepts an empty programmation as published with no action', async () => {
    server.use(http.get(dataUrl('actions.json'), () => HttpResponse.json({ actions: [] })));
    await expect(getActions()).resolves.toMatchObject({
      published: true,
      records: [],
      rejected: [],
      total: 0,
    });
  });
});
