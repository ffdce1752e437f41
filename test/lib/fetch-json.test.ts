import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DataError,
  describeZodError,
  fetchJson,
  formatPath,
  validateRecords,
} from '../../src/lib/fetch-json';
import { expectDataError } from '../support/mock-api';
import { server } from '../support/server';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [['nodes', 0, 'children', 2, 'label'], 'nodes[0].children[2].label'],
    [[], '(racine)'],
    [['version'], 'version'],
    [[0], '[0]'],
    [[0, 'label'], '[0].label'],
    [['nodes', 3], 'nodes[3]'],
    [['a', 'b', 'c'], 'a.b.c'],
  ])('%j → %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('describeZodError', () => {
  it('turns each issue into a readable path and its message', () => {
    const schema = z.object({ items: z.array(z.object({ name: z.string().min(1, 'nom vide') })) });
    const result = schema.safeParse({ items: [{ name: 'a' }, { name: '' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeZodError(result.error)).toEqual([{ path: 'items[1].name', message: 'nom vide' }]);
  });
});

describe('fetchJson', () => {
  // jsdom's page is http://localhost:3000/ here: requests go to that origin, answered by MSW.
  const url = `${location.origin}/test/doc.json`;
  const docSchema = z.object({
    title: z.string().min(1, 'titre vide'),
    items: z.array(z.object({ code: z.string(), count: z.number().int() })),
  });
  const validDoc = { title: 'Mon document', items: [{ code: 'A', count: 2 }] };

  /** Runs fetchJson and returns the DataError it must throw. */
  const failure = (answer: Parameters<typeof http.get>[1]) => {
    server.use(http.get(url, answer));
    return expectDataError(fetchJson(url, docSchema));
  };

  it('uses the origin of the jsdom page', () => {
    expect(location.origin).toBe('http://localhost:3000');
  });

  it('returns the parsed data when the document is valid', async () => {
    server.use(http.get(url, () => HttpResponse.json(validDoc)));
    await expect(fetchJson(url, docSchema)).resolves.toEqual(validDoc);
  });

  it('returns what the schema outputs, extra fields stripped', async () => {
    server.use(http.get(url, () => HttpResponse.json({ ...validDoc, extra: true })));
    await expect(fetchJson(url, docSchema)).resolves.toEqual(validDoc);
  });

  it('asks the server for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get(url, ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json(validDoc);
      }),
    );
    await fetchJson(url, docSchema);
    expect(accept).toBe('application/json');
  });

  it.each([500, 502, 503, 403])('reports an HTTP %i error with its status', async (status) => {
    const error = await failure(() => new HttpResponse('boom', { status }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.url).toBe(url);
    expect(error.message).toContain(String(status));
    expect(error.message).toContain(url);
    expect(error.problems).toEqual([]);
  });

  it('says a 404 file is missing (introuvable)', async () => {
    const error = await failure(() => new HttpResponse('not found', { status: 404 }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/introuvable/);
    expect(error.message).toContain('404');
  });

  it('treats an HTML page served instead of the JSON as a missing file', async () => {
    const error = await failure(
      () =>
        new HttpResponse('<!doctype html><title>app</title>', {
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toMatch(/introuvable/);
    expect(error.message).toMatch(/page web/);
  });

  it.each([
    ['a truncated document', '{"title": "Mon document", "items": ['],
    ['plain text', 'ceci n’est pas du JSON'],
    ['an empty body', ''],
  ])('reports %s as invalid JSON', async (_, body) => {
    const error = await failure(
      () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
    );
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(/JSON valide/);
    expect(error.message).toContain(url);
  });

  it('names the path and the problem of each field that breaks the schema', async () => {
    const error = await failure(() =>
      HttpResponse.json({
        title: '',
        items: [
          { code: 'A', count: 2 },
          { code: 'B', count: 'deux' },
        ],
      }),
    );
    expect(error.kind).toBe('schema');
    expect(error.message).toMatch(/format attendu/);
    expect(error.problems).toHaveLength(2);
    expect(error.problems).toContainEqual({ path: 'title', message: 'titre vide' });
    const count = error.problems.find((problem) => problem.path === 'items[1].count');
    expect(count?.message).toMatch(/number/);
  });

  it('reports a document that is not an object at all at the root', async () => {
    const error = await failure(() => HttpResponse.json([1, 2, 3]));
    expect(error.kind).toBe('schema');
    expect(error.problems.map((problem) => problem.path)).toEqual(['(racine)']);
  });

  it('reports a network failure as the server not answering', async () => {
    const error = await failure(() => HttpResponse.error());
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/ne répond pas/);
    expect(error.message).toContain(url);
  });

  it('lets an abort through as it is, not as a DataError', async () => {
    server.use(http.get(url, () => HttpResponse.json(validDoc)));
    const controller = new AbortController();
    controller.abort();
    const reason = await fetchJson(url, docSchema, { signal: controller.signal }).catch(
      (error: unknown) => error,
    );
    expect(reason).not.toBeInstanceOf(DataError);
    expect((reason as Error).name).toBe('AbortError');
  });
});

describe('validateRecords', () => {
  const itemSchema = z.object({ id: z.string(), count: z.number('nombre attendu') });

  it('keeps the valid records with their positions, and reports the others where they stand in the file', () => {
    const result = validateRecords(
      'items.json',
      'items',
      [{ id: 'a', count: 1 }, 'texte', { id: 'c', count: 'x' }],
      itemSchema,
    );
    expect(result.records).toEqual([{ id: 'a', count: 1 }]);
    expect(result.positions).toEqual([0]);
    expect(result.total).toBe(3);
    expect(result.rejected).toEqual([
      {
        file: 'items.json',
        index: 1,
        id: null,
        problems: [{ path: 'items[1]', message: expect.any(String) }],
      },
      {
        file: 'items.json',
        index: 2,
        id: 'c',
        problems: [{ path: 'items[2].count', message: 'nombre attendu' }],
      },
    ]);
  });
});
