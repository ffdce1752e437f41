import { QueryClientProvider } from '@tanstack/react-query';
import {
  act,
  cleanup,
  getDefaultNormalizer,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../src/domain/action';
import {
  localDatasetKey,
  readLocalDataset,
  saveLocalDataset,
} from '../../../src/features/import/local-dataset';
import { useSaveLocalDataset } from '../../../src/features/import/use-local-dataset';
import { formatInteger } from '../../../src/lib/format';
import { mockContract } from '../../../src/mocks/handlers';
import { action } from '../../support/dashboard-fixtures';
import { keyFigure, ruleDisclosure } from '../../support/dashboard-page';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';

// Objective codes and territories that the mock API's tree (the Grand Cahors annex) and territories hold.
const localActions: Action[] = [
  action({
    id: 'IMP-1',
    title: 'Atelier d’écriture importé',
    objectives: ['T1.1.1'],
    territories: ['terre-rouge'],
    status: 'en-cours',
  }),
  action({
    id: 'IMP-2',
    title: 'Chantier jeunes importé',
    objectives: ['T1.1.2'],
    territories: ['sainte-valerie'],
    status: 'programmee',
  }),
  action({
    id: 'IMP-3',
    title: 'Permanence emploi importée',
    objectives: ['T1.2.2'],
    territories: ['croix-de-fer', 'terre-rouge'],
    status: 'realisee',
  }),
];

const FILE = 'programmation-2024.xlsx';
// Local time: the banner speaks in the user's time zone, whatever the machine's.
const IMPORTED_AT = new Date(2026, 10, 25, 22, 10);

const importLocally = (actions: readonly Action[] = localActions) =>
  saveLocalDataset({ fileName: FILE, actions, dataDate: '2026-11-25' }, IMPORTED_AT);

const banner = () => screen.findByRole('region', { name: /^Données importées localement le/ });

/** fr-FR numbers hold narrow no-break spaces, which the default normaliser would turn into plain ones. */
const actionCount = (n: number) =>
  screen.findByText(`${formatInteger(n)} actions`, {
    normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
  });

const listedTitles = async () => {
  const table = await screen.findByRole('table', { name: /^Actions triées par/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
};

beforeEach(() => {
  // The actions page's window virtualizer scrolls on mount, which jsdom does not implement.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
});

describe('A programmation imported in this browser', () => {
  it('replaces the published actions on every page, under a banner that names its date and file', async () => {
    await importLocally();
    const { user } = renderApp('/actions');

    const notice = await banner();
    expect(notice).toHaveTextContent(
      `Données importées localement le 25 novembre 2026 à 22 h 10 depuis « ${FILE} » — ces chiffres ne sont visibles que dans ce navigateur et ne sont pas publiés.`,
    );
    expect(within(notice).getByRole('link', { name: 'Voir les données' })).toHaveAttribute(
      'href',
      '/donnees',
    );

    expect(await actionCount(3)).toBeInTheDocument();
    expect((await listedTitles()).sort()).toEqual(localActions.map((each) => each.title).sort());

    // The banner follows the user, and the overview counts the same actions.
    await user.click(screen.getByRole('link', { name: 'Vue d’ensemble' }));
    await waitFor(() => expect(keyFigure('Actions')).toBe('3'));
    expect(await banner()).toBeInTheDocument();
  });

  it('shows an import on every page as soon as it is saved, and the published data before', async () => {
    const { queryClient } = renderApp('/actions');
    expect(await actionCount(mockContract().actions.length)).toBeInTheDocument();
    expect(screen.queryByText(/importées localement/)).not.toBeInTheDocument();

    // What the import form does, in the same app (same query cache).
    const { result } = renderHook(() => useSaveLocalDataset(), {
      wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
    });
    await act(() =>
      result.current.mutateAsync({ fileName: FILE, actions: localActions, dataDate: '2026-11-25' }),
    );

    expect(await banner()).toHaveTextContent(`depuis « ${FILE} »`);
    expect(await actionCount(3)).toBeInTheDocument();
    const stored = await readLocalDataset();
    expect(stored.status === 'ready' && stored.dataset.actions).toEqual(localActions);
  });

  it('goes back to the published data with « Revenir aux données publiées », without a reload', async () => {
    await importLocally();
    const { user } = renderApp('/actions');
    const notice = await banner();
    expect(await actionCount(3)).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Revenir aux données publiées' }));

    const published = mockContract().actions;
    expect(await actionCount(published.length)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Données importées localement/ })).not.toBeInTheDocument();
    expect(await listedTitles()).not.toContain(localActions[0]?.title);
    expect(document.activeElement).toBe(document.getElementById('contenu'));

    // Gone for good from this browser, not only from the screen.
    await expect(readLocalDataset()).resolves.toEqual({ status: 'none' });
  });

  it('says it is going back while it does, and why it could not when the storage fails', async () => {
    await importLocally();
    const { user } = renderApp('/actions');
    const notice = await banner();
    await actionCount(3);

    // A storage that never answers: the button stays disabled and says what it is doing.
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    await user.click(within(notice).getByRole('button', { name: 'Revenir aux données publiées' }));
    const busy = within(notice).getByRole('button', { name: 'Retour aux données publiées…' });
    expect(busy).toBeDisabled();
    vi.unstubAllGlobals();
  });

  it('shows the reason when the import cannot be deleted, and keeps the local data on screen', async () => {
    await importLocally();
    const { user } = renderApp('/actions');
    const notice = await banner();
    await actionCount(3);

    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('disque en lecture seule', 'UnknownError');
      },
    });
    await user.click(within(notice).getByRole('button', { name: 'Revenir aux données publiées' }));

    const alert = await within(notice).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Import local non supprimé : le stockage du navigateur a refusé l’opération (disque en lecture seule). Les chiffres affichés restent ceux de l’import local.',
    );
    expect(within(notice).getByRole('button', { name: 'Revenir aux données publiées' })).toBeEnabled();
    expect(screen.getByText(`${formatInteger(3)} actions`)).toBeInTheDocument();
  });

  it('lists the local records left out on the data page, under the import’s name, and keeps the others', async () => {
    const [first, second] = localActions as [Action, Action];
    await importLocally([
      first,
      { ...second, title: '' },
      { ...second, id: 'IMP-9', objectives: ['P9.9.9'] },
      second,
    ]);
    renderApp('/donnees');

    const files = await screen.findByRole('table', { name: 'État de chaque fichier de données' });
    const row = await within(files).findByRole('row', { name: /\(import local\)/ });
    await waitFor(() =>
      expect(row).toHaveTextContent(
        `${FILE} (import local)La programmation : les actions de chaque annéeImport local du 25 novembre 2026 depuis « ${FILE} » : 2 actions gardées, 2 écartées`,
      ),
    );
    expect(within(files).queryByText('actions.json')).not.toBeInTheDocument();

    const rejected = await screen.findByRole('table', { name: 'Enregistrements écartés et raisons' });
    const label = `import local « ${FILE} »`;
    expect(within(rejected).getByRole('row', { name: /intitulé vide/ })).toHaveTextContent(
      `${label}2IMP-2actions[1].titleintitulé vide`,
    );
    expect(within(rejected).getByRole('row', { name: /IMP-9/ })).toHaveTextContent(`${label}3IMP-9`);
    expect(within(rejected).getByRole('row', { name: /IMP-9/ })).toHaveTextContent(/P9\.9\.9/);
    // The notice on every page names the import as the source of the records left out.
    expect(
      screen.getByText(/enregistrements invalides ont été écartés/).closest('.notice'),
    ).toHaveTextContent(
      `2 enregistrements invalides ont été écartés (${label}) ; les chiffres portent sur les autres.`,
    );
  });

  it('is shown even when the server fails to serve actions.json', async () => {
    mockMode({ failure: 'http-500' });
    await importLocally();
    renderApp('/actions');
    expect(await banner()).toBeInTheDocument();
    expect(await actionCount(3)).toBeInTheDocument();
    expect(screen.queryByText(/Impossible de charger/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is shown even when no actions.json is published', async () => {
    mockMode({ failure: 'no-actions' });
    await importLocally();
    renderApp('/actions');
    expect(await actionCount(3)).toBeInTheDocument();
    expect(screen.queryByText(/Aucune action publiée/)).not.toBeInTheDocument();
  });

  it('does not call the user’s own figures fictitious, where the demo’s generated ones were', async () => {
    renderApp('/');
    expect(await screen.findByText('Données fictives de démonstration')).toBeInTheDocument();
    cleanup();
    await importLocally();
    renderApp('/');
    await banner();
    expect(screen.queryByText('Données fictives de démonstration')).not.toBeInTheDocument();
  });

  it('dates the figures by the data date chosen on import: the header, and lateness judged on that day', async () => {
    const late = action({
      id: 'IMP-LATE',
      title: 'Action en retard',
      objectives: ['T1.1.1'],
      territories: ['terre-rouge'],
      status: 'en-cours',
      startDate: '2024-01-01',
      endDate: '2024-06-30',
    });
    const onTime = action({ ...late, id: 'IMP-ON-TIME', title: 'Action à l’heure', endDate: '2024-12-31' });
    await saveLocalDataset({ fileName: FILE, actions: [late, onTime], dataDate: '2024-09-30' }, IMPORTED_AT);
    renderApp('/');
    await banner();
    const header = document.querySelector('.header-date') as HTMLElement;
    // The import's own date, not the published data's (30 November 2023), nor the day of the import.
    await waitFor(() => expect(header).toHaveTextContent('Données au 30 septembre 2024'));
    await waitFor(() => expect(keyFigure('Actions en retard')).toBe('1'));
    // The figures' folded rule names the day lateness was judged on.
    expect(ruleDisclosure('Chiffres clés')).toHaveTextContent(
      'Date retenue : la date des données, 30 septembre 2024.',
    );
  });

  it('is marked in the presentation’s footer, in place of the published data’s date', async () => {
    await importLocally();
    renderApp('/presentation');
    await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull(), { timeout: 5000 });
    const context = document.querySelector('.slide-context')?.textContent ?? '';
    // The generated demo actions are gone: the figures are the user's own, not called fictitious.
    expect(context).toContain('Données importées localement le 25/11/2026');
    expect(context).not.toContain('Données fictives');
    expect(context).not.toContain('Données au 30/11/2023');
    const figures = document.querySelector('dl[aria-label="Chiffres clés"]') as HTMLElement;
    expect(within(figures).getAllByText('3').length).toBeGreaterThan(0);
  });

  it('is marked on the printed report, in its header and at the foot of every page', async () => {
    await importLocally();
    renderApp('/');
    await banner();
    await waitFor(() => expect(keyFigure('Actions')).toBe('3'));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const header = document.querySelector('.print-header') as HTMLElement;
    expect(header).toHaveTextContent(
      `Données importées localement le 25 novembre 2026 à 22 h 10 depuis « ${FILE} » : ces chiffres ne sont pas les données publiées du contrat.`,
    );
    expect(header).not.toHaveTextContent('Données au 30 novembre 2023');
    // On paper the banner itself is left out (its button means nothing there): the header says it.
    expect(document.querySelector('.local-data-banner')).toHaveClass('no-print');
    expect(document.documentElement.style.getPropertyValue('--print-footer')).toBe(
      '"Cap Quartiers · Contrat de ville du Grand Cahors — données au 25 novembre 2026, importées localement le 25 novembre 2026, non publiées"',
    );
  });

  it('says when the stored import cannot be read, shows the published data, and deletes it on request', async () => {
    await set(
      localDatasetKey(),
      { version: 2, importedAt: '2026-11-25T21:10:00.000Z', fileName: FILE, actions: [] },
      createStore('cap-quartiers', 'imports'),
    );
    const { user } = renderApp('/actions');
    const notice = await screen.findByRole('region', {
      name: 'Les données importées localement n’ont pas pu être relues',
    });
    expect(notice).toHaveTextContent(
      'Les données importées localement n’ont pas pu être relues : version : version de format inconnue ; les données publiées sont affichées.',
    );
    const published = mockContract().actions.length;
    expect(await actionCount(published)).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Supprimer l’import illisible' }));
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    expect(await actionCount(published)).toBeInTheDocument();
  });

  it('shows nothing of the kind when no import was made', async () => {
    renderApp('/actions');
    expect(await actionCount(mockContract().actions.length)).toBeInTheDocument();
    expect(screen.queryByText(/importées localement/)).not.toBeInTheDocument();
  });
});
