import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataDocumentUrl } from '../../../config/data-documents';
import { env } from '../../../config/env';
import { type Action, actionSchema } from '../../../domain/action';
import { localIsoDay } from '../../../domain/data-date';
import {
  type Collection,
  DataError,
  type FetchOptions,
  fetchCollection,
  fileName,
  validateRecords,
} from '../../../lib/fetch-json';
import { type LocalDataset, readLocalDataset } from '../../import/local-dataset';

export const actionsUrl = () => dataDocumentUrl(env.dataBaseUrl, 'actions.json');

/** Where the actions come from: the published actions.json, or a spreadsheet imported in this browser. */
export type LocalOrigin = {
  kind: 'local';
  importedAt: string;
  fileName: string;
  /** The day the imported figures describe: chosen on import, or the import's day for an older dataset. */
  dataDate: string;
};
export type ActionsOrigin = { kind: 'published' } | LocalOrigin;

type FromServer = {
  origin: { kind: 'published' };
  /** A local import that could not be read back, and why: the published data are shown instead. */
  localProblem?: string;
};

/**
 * The programmation, or the fact that none is published yet. A missing actions.json is a normal state of a
 * new contract (the tree is known before any action is), so it is not an error: the pages then say
 * "aucune action publiée" and show no figure rather than zeros.
 *
 * A programmation imported locally (features/import) stands for the published one in this browser: it is
 * `published` for every page, and its `origin` says where it comes from.
 */
export type ActionsDocument = ServerActionsDocument | LocalActionsDocument;

export type ServerActionsDocument =
  | { published: false; localProblem?: string }
  | ({ published: true } & FromServer & Collection<Action>);

export type LocalActionsDocument = { published: true; origin: LocalOrigin } & Collection<Action>;

export type AvailableActionsDocument = Extract<ActionsDocument, { published: true }>;

/** The name rejected records carry for a local import, e.g. "import local « programmation-2024.xlsx »". */
export const localFileLabel = (name: string) => `import local « ${name} »`;

/**
 * The "file" the document's records come from, as rejected records name it: "actions.json", or the local
 * import. Every check of the actions uses it, so that the data page finds their rejected records.
 */
export const actionsFileLabel = (document: AvailableActionsDocument) =>
  document.origin.kind === 'local' ? localFileLabel(document.origin.fileName) : fileName(actionsUrl());

/**
 * A local dataset as the dashboard reads it: its records checked one by one, like the server's. A dataset
 * in which no record is valid is still shown (with every record reported), not turned into an error: the
 * user chose it, and the banner that lets them go back needs a document to stand on.
 */
export const localActionsDocument = (dataset: LocalDataset): LocalActionsDocument => ({
  published: true,
  origin: {
    kind: 'local',
    importedAt: dataset.importedAt,
    fileName: dataset.fileName,
    dataDate: dataset.dataDate ?? localIsoDay(new Date(dataset.importedAt)),
  },
  ...validateRecords(localFileLabel(dataset.fileName), 'actions', dataset.actions, actionSchema),
});

const getPublishedActions = async (options?: FetchOptions): Promise<ServerActionsDocument> => {
  try {
    const collection = await fetchCollection(actionsUrl(), 'actions', actionSchema, options);
    return { published: true, origin: { kind: 'published' }, ...collection };
  } catch (error) {
    if (error instanceof DataError && error.kind === 'http' && error.status === 404)
      return { published: false };
    throw error;
  }
};

/**
 * The actions the dashboard shows: the local import when this browser holds one, the published ones
 * otherwise. Both are asked for at once, so that reading the browser's storage adds no wait before the
 * request; once a local dataset is found, the request is cancelled and whatever it gives is ignored (a
 * server down or a missing actions.json does not matter then).
 */
export const getActions = async (options: FetchOptions = {}): Promise<ActionsDocument> => {
  const { signal } = options;
  const request = new AbortController();
  const abort = () => request.abort(signal?.reason);
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort, { once: true });
  try {
    const fromServer = getPublishedActions({ ...options, signal: request.signal });
    // Handled below, unless a local dataset makes it moot: it must not be reported as unhandled then.
    fromServer.catch(() => {});
    const local = await readLocalDataset();
    signal?.throwIfAborted();
    if (local.status === 'ready') {
      request.abort();
      return localActionsDocument(local.dataset);
    }
    const document = await fromServer;
    return local.status === 'invalid' ? { ...document, localProblem: local.message } : document;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
};

export const actionsQueryOptions = () =>
  queryOptions({
    queryKey: ['actions'],
    queryFn: ({ signal }) => getActions({ signal }),
    staleTime: 5 * 60_000,
  });

export const useActions = () => useQuery(actionsQueryOptions());
