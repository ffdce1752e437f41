import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '../../../src/config/env';
import {
  actionsFileLabel,
  getActions,
  localActionsDocument,
} from '../../../src/features/actions/api/get-actions';
import {
  clearLocalDataset,
  localDatasetKey,
  readLocalDataset,
  saveLocalDataset,
} from '../../../src/features/import/local-dataset';
import { mockContract } from '../../../src/mocks/handlers';
import { action } from '../../support/dashboard-fixtures';
import { mockMode } from '../../support/mock-api';

const twoActions = [
  action({ id: 'L-1', title: 'Atelier numérique' }),
  action({ id: 'L-2', title: 'Jardin' }),
];

/** Writes straight into the app's store, as an older version of the app or another tab could. */
const writeRaw = (value: unknown) => set(localDatasetKey(), value, createStore('cap-quartiers', 'imports'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the local dataset', () => {
  it('reads back what was saved, dated by the moment of saving', async () => {
    const now = new Date('2026-11-25T21:10:00Z');
    const saved = await saveLocalDataset(
      { fileName: 'programmation-2024.xlsx', actions: twoActions, dataDate: '2024-06-30' },
      now,
    );
    expect(saved).toEqual({
      version: 1,
      importedAt: '2026-11-25T21:10:00.000Z',
      fileName: 'programmation-2024.xlsx',
      dataDate: '2024-06-30',
      actions: twoActions,
    });
    await expect(readLocalDataset()).resolves.toEqual({ status: 'ready', dataset: saved });
  });

  it('reads a dataset stored before the data date was chosen on import, dated by its import’s day', async () => {
    await writeRaw({
      version: 1,
      importedAt: new Date(2026, 10, 25, 22, 10).toISOString(),
      fileName: 'x.xlsx',
      actions: [],
    });
    const read = await readLocalDataset();
    expect(read.status).toBe('ready');
    if (read.status !== 'ready') return;
    expect(localActionsDocument(read.dataset).origin.dataDate).toBe('2026-11-25');
    expect(localActionsDocument({ ...read.dataset, dataDate: '2024-06-30' }).origin.dataDate).toBe(
      '2024-06-30',
    );
  });

  it('refuses to store a data date that is not a date', async () => {
    await expect(
      saveLocalDataset({ fileName: 'x.xlsx', actions: twoActions, dataDate: '30/06/2024' }),
    ).rejects.toThrow('Import non enregistré : date des données invalide');
  });

  it('keeps one dataset per contract data address, replaced by the next import', async () => {
    expect(localDatasetKey()).toBe(`actions:${env.dataBaseUrl}`);
    await saveLocalDataset({ fileName: 'premier.xlsx', actions: twoActions, dataDate: '2024-06-30' });
    await saveLocalDataset({
      fileName: 'second.xlsx',
      actions: twoActions.slice(0, 1),
      dataDate: '2024-06-30',
    });
    const read = await readLocalDataset();
    expect(read.status === 'ready' && [read.dataset.fileName, read.dataset.actions.length]).toEqual([
      'second.xlsx',
      1,
    ]);
  });

  it('reads "none" when nothing was saved, and after clearing', async () => {
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
    await saveLocalDataset({ fileName: 'programmation.xlsx', actions: twoActions, dataDate: '2024-06-30' });
    await clearLocalDataset();
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
    // Clearing when there is nothing is not an error.
    await expect(clearLocalDataset()).resolves.toBeUndefined();
  });

  it('refuses to save a dataset without a file name', async () => {
    await expect(
      saveLocalDataset({ fileName: '  ', actions: twoActions, dataDate: '2024-06-30' }),
    ).rejects.toThrow('Import non enregistré : nom de fichier vide');
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
  });

  it('reports a stored value it cannot read, with what is wrong, rather than using it', async () => {
    await writeRaw({ version: 1, importedAt: 'hier', fileName: 'x.xlsx', actions: 'aucune' });
    const read = await readLocalDataset();
    expect(read.status).toBe('invalid');
    if (read.status !== 'invalid') return;
    expect(read.message).toContain('importedAt : date d’import invalide');
    expect(read.message).toContain('actions : liste d’actions absente');
  });

  it('reports a dataset written in another format version', async () => {
    await writeRaw({ version: 2, importedAt: '2026-11-25T21:10:00.000Z', fileName: 'x.xlsx', actions: [] });
    await expect(readLocalDataset()).resolves.toEqual({
      status: 'invalid',
      message: 'version : version de format inconnue',
    });
  });

  it('reads "none" when the browser has no IndexedDB, or one that throws (private browsing)', async () => {
    await saveLocalDataset({ fileName: 'programmation.xlsx', actions: twoActions, dataDate: '2024-06-30' });

    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
    await expect(
      saveLocalDataset({ fileName: 'x.xlsx', actions: twoActions, dataDate: '2024-06-30' }),
    ).rejects.toThrow(
      'Import non enregistré : ce navigateur ne permet pas de conserver des données (navigation privée ou stockage désactivé ?)',
    );

    vi.stubGlobal('indexedDB', undefined);
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
    await expect(
      saveLocalDataset({ fileName: 'x.xlsx', actions: twoActions, dataDate: '2024-06-30' }),
    ).rejects.toThrow(/navigation privée/);
    await expect(clearLocalDataset()).resolves.toBeUndefined();

    // The real storage is still there, untouched, once IndexedDB is back.
    vi.unstubAllGlobals();
    const read = await readLocalDataset();
    expect(read.status).toBe('ready');
  });

  it('reads "none" when opening the database fails', async () => {
    const failing = {
      open: () => {
        const request = { error: new DOMException('refusé', 'UnknownError') } as unknown as IDBOpenDBRequest;
        queueMicrotask(() => request.onerror?.(new Event('error')));
        return request;
      },
    };
    vi.stubGlobal('indexedDB', failing);
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
  });
});

describe('the actions document with a local dataset', () => {
  it('is the local dataset, without waiting for a server that does not answer', async () => {
    mockMode({ failure: 'timeout' });
    await saveLocalDataset(
      { fileName: 'programmation-2024.xlsx', actions: twoActions, dataDate: '2024-06-30' },
      new Date(0),
    );
    const document = await getActions({ timeoutMs: 60_000 });
    expect(document).toMatchObject({
      published: true,
      origin: { kind: 'local', importedAt: '1970-01-01T00:00:00.000Z', fileName: 'programmation-2024.xlsx' },
      records: twoActions,
      total: 2,
    });
    if (document.published)
      expect(actionsFileLabel(document)).toBe('import local « programmation-2024.xlsx »');
  });

  it('is the published document, with the reason, when the stored dataset cannot be read', async () => {
    await writeRaw({ version: 2 });
    const document = await getActions();
    expect(document).toMatchObject({ published: true, origin: { kind: 'published' } });
    expect(document.published && document.records).toHaveLength(mockContract().actions.length);
    expect('localProblem' in document && document.localProblem).toMatch(
      /^version : version de format inconnue/,
    );
    if (document.published) expect(actionsFileLabel(document)).toBe('actions.json');
  });
});
