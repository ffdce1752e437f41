import type { z } from 'zod';
import { takeEarlyResponse, untilAborted } from './early-responses';

export type DataErrorKind = 'network' | 'http' | 'json' | 'schema';

export type FieldProblem = { path: string; message: string };

/** Why a data document could not be used, in words a project team can act on. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    message: string,
    readonly problems: FieldProblem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

/** ["nodes", 0, "children", 2, "label"] → "nodes[0].children[2].label" */
export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '') || '(racine)';

/** `at` places the validated value in its document: ["actions", 4] for the fifth action of a list. */
export const describeZodError = (error: z.ZodError, at: readonly PropertyKey[] = []): FieldProblem[] =>
  error.issues.map((issue) => ({ path: formatPath([...at, ...issue.path]), message: issue.message }));

/** Each problem on a line of its own, « champ : message », the message alone for the value as a whole. */
export const zodProblemLines = (error: z.ZodError): string[] =>
  describeZodError(error).map((problem) =>
    problem.path === '(racine)' ? problem.message : `${problem.path} : ${problem.message}`,
  );

export type FetchOptions = {
  signal?: AbortSignal;
  /** Give up after this long: a server that never answers must end in an error, not an endless spinner. */
  timeoutMs?: number;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

const formatSeconds = (ms: number) =>
  `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(ms / 1000)} s`;

/**
 * Fetches a document and parses its JSON, without judging its shape. Every failure becomes a DataError that
 * says what went wrong; an abort by the caller (React Query cancelling a query) is passed through untouched.
 */
export const fetchJsonBody = async (
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: FetchOptions = {},
): Promise<unknown> => {
  signal?.throwIfAborted();
  // One controller for both causes of abort, so that the fetch and the body read stop together.
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeoutError = () =>
    new DataError('network', url, `le serveur n’a pas répondu en ${formatSeconds(timeoutMs)} (${url})`);
  try {
    let response: Response;
    try {
      // The gate of a prerendered page may have asked already (see early-responses.ts).
      const early = takeEarlyResponse(url);
      response = await (early
        ? untilAborted(early, controller.signal)
        : fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } }));
    } catch (cause) {
      if (timedOut) throw timeoutError();
      if (signal?.aborted) throw cause;
      throw new DataError('network', url, `le serveur ne répond pas (${url})`);
    }
    if (!response.ok) {
      throw new DataError(
        'http',
        url,
        response.status === 404
          ? `le fichier ${url} est introuvable (erreur 404)`
          : `le serveur a répondu par une erreur ${response.status} pour ${url}`,
        [],
        response.status,
      );
    }
    // A static server or Vite's dev server answers a missing file with the app's index.html: call it missing.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new DataError(
        'http',
        url,
        `le fichier ${url} est introuvable (le serveur a renvoyé une page web)`,
        [],
        404,
      );
    }
    let text: string;
    try {
      text = await untilAborted(response.text(), controller.signal);
    } catch (cause) {
      if (timedOut) throw timeoutError();
      if (signal?.aborted) throw cause;
      throw new DataError('network', url, `la lecture de ${url} a été interrompue`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new DataError('json', url, `le fichier ${url} n’est pas un JSON valide`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
};

/** Fetches a JSON document and validates it whole: one wrong field rejects the document. */
export const fetchJson = async <T>(url: string, schema: z.ZodType<T>, options?: FetchOptions): Promise<T> => {
  const body = await fetchJsonBody(url, options);
  const result = schema.safeParse(body);
  if (!result.success) {
    const problems = describeZodError(result.error);
    throw new DataError('schema', url, `les données de ${url} ne respectent pas le format attendu`, problems);
  }
  return result.data;
};

/** A record left out of a collection, with enough to find it in the file and fix it. */
export type RejectedRecord = {
  /** The file it came from, e.g. "actions.json". */
  file: string;
  /** Its position in the file's list, from 0. */
  index: number;
  /** Its id when it has a readable one. */
  id: string | null;
  problems: FieldProblem[];
};

export type Collection<T> = {
  records: T[];
  /** Where each kept record stood in the file (positions[i] is records[i]'s index), for later reports. */
  positions: number[];
  rejected: RejectedRecord[];
  /** How many records the file held, valid or not. */
  total: number;
};

export const fileName = (url: string) => url.split(/[?#]/)[0]?.split('/').pop() || url;

const recordId = (record: unknown): string | null => {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  const { id } = record;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
};

/**
 * Validates a list record by record: one bad record is left out and reported, never the whole list.
 * Only a list in which no record at all is valid is an error, since it is a wrong file rather than a slip.
 */
export const validateRecords = <T>(
  file: string,
  key: string,
  items: readonly unknown[],
  schema: z.ZodType<T>,
): Collection<T> => {
  const records: T[] = [];
  const positions: number[] = [];
  const rejected: RejectedRecord[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push(result.data);
      positions.push(index);
    } else {
      rejected.push({
        file,
        index,
        id: recordId(item),
        problems: describeZodError(result.error, [key, index]),
      });
    }
  });
  return { records, positions, rejected, total: items.length };
};

const MAX_PROBLEMS_IN_ERROR = 20;

/**
 * Fetches a document holding a list under `key` ({"actions": [...]}) and validates its records one by one.
 */
export const fetchCollection = async <T>(
  url: string,
  key: string,
  recordSchema: z.ZodType<T>,
  options?: FetchOptions,
): Promise<Collection<T>> => {
  const body = await fetchJsonBody(url, options);
  const list =
    typeof body === 'object' && body !== null && key in body
      ? (body as Record<string, unknown>)[key]
      : undefined;
  if (!Array.isArray(list)) {
    throw new DataError('schema', url, `les données de ${url} ne respectent pas le format attendu`, [
      { path: key, message: `liste « ${key} » attendue` },
    ]);
  }
  const collection = validateRecords(fileName(url), key, list, recordSchema);
  if (list.length > 0 && collection.records.length === 0) {
    throw new DataError(
      'schema',
      url,
      `aucun des ${list.length} enregistrements de ${url} n’est valide`,
      collection.rejected.flatMap((record) => record.problems).slice(0, MAX_PROBLEMS_IN_ERROR),
    );
  }
  return collection;
};
