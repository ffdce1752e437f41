import type { z } from 'zod';

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

export const describeZodError = (error: z.ZodError): FieldProblem[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

/** Fetches a JSON document and validates it; every failure becomes a DataError that says what went wrong. */
export const fetchJson = async <T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
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
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DataError('json', url, `le fichier ${url} n’est pas un JSON valide`);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const problems = describeZodError(result.error);
    throw new DataError('schema', url, `les données de ${url} ne respectent pas le format attendu`, problems);
  }
  return result.data;
};
