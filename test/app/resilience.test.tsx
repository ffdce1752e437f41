import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { cacheKey, type PersistedCache } from '../../src/features/offline/query-persistence';
import { formatInteger } from '../../src/lib/format';
import { dataUrl, INVALID_EVERY, mockContract } from '../../src/mocks/handlers';
import { cacheStorage as storage } from '../support/cache-storage';
import { keyFigure, mockActions } from '../support/dashboard-page';
import { localDateTime } from '../support/local-date-time';
import { mockMode } from '../support/mock-api';
import { renderApp } from '../support/render';
import { server } from '../support/server';

/**
 * How the overview holds up when the data do not come as they should: each case as its reader sees it.
 * (An HTTP 500 on actions.json with its working "Réessayer", and a missing actions.json, are in
 * test/features/dashboard/overview-page.test.tsx.)
 */

const DOCUMENTS = ['meta.json', 'objectives.json', 'territories.json', 'actions.json'] as const;

/** Every data request fails as it does offline: no answer at all. */
const goOffline = () =>
  server.use(...DOCUMENTS.map((file) => http.get(dataUrl(file), () => HttpResponse.error())));

const keyFiguresShown = () =>
  waitFor(() => expect(document.querySelector('dl[aria-label="Chiffres clés"]')).not.toBeNull());

beforeEach(async () => {
  await storage().del(cacheKey());
});

afterEach(() => {
  vi.useRealTimers();
});

describe('The overview when the data fail', () => {
  it('retries a server error on its own (the app’s retry rule) and shows the figures, no error', async () => {
    let calls = 0;
    server.use(
      http.get(dataUrl('actions.json'), () => {
        calls += 1;
        // The first answer fails; the retry then falls through to the normal handler.
        if (calls === 1) return new HttpResponse('panne', { status: 500 });
        return undefined;
      }),
    );
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<App queryClient={createQueryClient()} persistence={false} />);
    await waitFor(() => expect(calls).toBe(1));
    // React Query waits a second before its first retry.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length)));
    expect(calls).toBe(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 15_000);

  it('says the server did not answer when actions.json never comes, after the 30 s timeout', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mockMode({ failure: 'timeout', target: 'actions' });
    renderApp('/');
    // Meanwhile, the skeleton, marked busy.
    expect(await screen.findByText('Chargement des actions…')).toBeInTheDocument();
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => vi.advanceTimersByTime(29_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(1_000));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les données du tableau de bord');
    expect(alert).toHaveTextContent('le serveur n’a pas répondu en 30 s (/data/actions.json)');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeEnabled();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('names the file that is not valid JSON', async () => {
    mockMode({ failure: 'malformed-json', target: 'objectives' });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('le fichier /data/objectives.json n’est pas un JSON valide');
    expect(document.querySelector('dl[aria-label="Chiffres clés"]')).toBeNull();
  });

  it('counts the valid actions, and reports every invalid one with its record and field', async () => {
    mockMode({ failure: 'invalid-records' });
    const total = mockContract().actions.length;
    const planted = Math.floor(total / INVALID_EVERY);
    const { user } = renderApp('/');
    await keyFiguresShown();
    // Kept and left out add up to the file: no record silently lost.
    expect(keyFigure('Actions')).toBe(formatInteger(total - planted));
    const notice = screen.getByText(/enregistrements invalides ont été écartés/).closest('.notice');
    expect(notice).toHaveTextContent(
      `${planted} enregistrements invalides ont été écartés (actions.json) ; les chiffres portent sur les autres.`,
    );
    await user.click(screen.getByRole('link', { name: 'Voir le détail des erreurs' }));
    expect(
      await screen.findByText(`${planted} enregistrements écartés.`, { exact: false }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Enregistrements écartés et raisons' });
    // A schema fault and a reference fault, each at its record (number from 1) and field.
    const status = mockContract().actions[5 * INVALID_EVERY - 1];
    expect(within(table).getByRole('row', { name: new RegExp(`${status?.id}`) })).toHaveTextContent(
      `actions.json${5 * INVALID_EVERY}${status?.id}actions[${5 * INVALID_EVERY - 1}].status`,
    );
    const reference = mockContract().actions[3 * INVALID_EVERY - 1];
    expect(within(table).getByRole('row', { name: new RegExp(`${reference?.id}`) })).toHaveTextContent(
      `actions[${3 * INVALID_EVERY - 1}].objectives`,
    );
  });

  it('shows an empty programmation as "aucune action": coverage of 0 objectives, no progress invented', async () => {
    server.use(http.get(dataUrl('actions.json'), () => HttpResponse.json({ actions: [] })));
    renderApp('/');
    await keyFiguresShown();
    expect(keyFigure('Actions')).toBe('0');
    expect(screen.getByText(/^0 objectif couvert sur 50$/)).toBeInTheDocument();
    // How it is computed, in full, is folded under the figures.
    expect(screen.getByText(/0 objectif opérationnel sur 50\.$/)).toBeInTheDocument();
    // Nothing reported: "non renseigné", never a 0 % of progress.
    expect(keyFigure('Avancement moyen')).toBe('non renseigné');
    expect(screen.getAllByText(/^Aucune action/).length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
    // The only "0 %" on the page is the coverage, which is a fact (0 objective covered out of 50).
    const zeros = screen.queryAllByText(/^0\s%$/);
    expect(zeros).toHaveLength(1);
    expect(zeros[0]?.closest('.key-figure')).toHaveTextContent('Couverture');
  });
});

/**
 * A visit online, `ago` ms before now (to the minute): the overview loads and its four documents are saved;
 * then the app is closed. Returns the saving time.
 */
const visitOnline = async (ago: number) => {
  const savedAt = Math.floor((Date.now() - ago) / 60_000) * 60_000;
  const visit = render(
    <App queryClient={createQueryClient()} persistence={{ throttleMs: 0, now: () => savedAt }} />,
  );
  await keyFiguresShown();
  await waitFor(async () => {
    const saved = (await storage().get(cacheKey())) as PersistedCache | undefined;
    // The four documents of the contract, and the territories' perimeters and statistics.
    expect(saved?.clientState.queries).toHaveLength(6);
  });
  visit.unmount();
  return savedAt;
};

describe('The overview offline', () => {
  it('shows the figures saved by the last visit, with a dated banner, and drops it once the network is back', async () => {
    // A first visit, online: the data load and are saved (a fixed saving time, two days ago).
    const savedAt = await visitOnline(2 * 24 * 3600_000);

    // The next visit, offline: a new app, a new cache in memory, only the browser's storage to go on.
    goOffline();
    // Fake clocks that still run, to skip React Query's retry delays.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    // Persistence on, as in production (the development mock API turns it off by default).
    render(<App queryClient={createQueryClient()} persistence={{}} />);
    const banner = await screen.findByText(/^Hors ligne/);
    expect(banner).toHaveTextContent(
      `Hors ligne : affichage des données enregistrées le ${localDateTime(savedAt)}`,
    );
    expect(banner.closest('[role="status"]')).not.toBeNull();
    await keyFiguresShown();
    expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length));
    // The data's own date is still in the header.
    expect(screen.getByRole('banner')).toHaveTextContent('Données au 30 novembre 2023');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The app's own retries over (the button is busy meanwhile), the network comes back: "Réessayer"
    // fetches again, and the banner goes.
    const retry = within(banner.closest('.offline-banner') as HTMLElement).getByRole('button');
    expect(retry).toHaveTextContent('Nouvel essai…');
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    await waitFor(() => expect(retry).toHaveTextContent('Réessayer'));
    expect(retry).toBeEnabled();
    // Every request has now failed for good: the saved figures stay, with no error in their place.
    expect(screen.getByText(/^Hors ligne/)).toBeInTheDocument();
    expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length));
    expect(screen.getByRole('banner')).toHaveTextContent('Données au 30 novembre 2023');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    server.resetHandlers();
    await user.click(retry);
    await waitFor(() => expect(screen.queryByText(/^Hors ligne/)).not.toBeInTheDocument());
    expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length));
  }, 15_000);

  it('says so on the presentation too, in the line under every slide', async () => {
    const savedAt = await visitOnline(3600_000);

    goOffline();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    window.history.pushState({}, '', '/presentation');
    try {
      const { container } = render(<App queryClient={createQueryClient()} persistence={{}} />);
      await waitFor(() =>
        expect(container.querySelector('.slide-context')).toHaveTextContent(
          `Hors ligne : données enregistrées le ${localDateTime(savedAt)}`,
        ),
      );
    } finally {
      window.history.pushState({}, '', '/');
    }
  }, 15_000);

  it('keeps the figures of this visit when a later request fails, and says since when', async () => {
    const { queryClient } = renderApp('/');
    await keyFiguresShown();
    const loadedAt = queryClient.getQueryState(['actions'])?.dataUpdatedAt ?? 0;
    goOffline();
    await act(() => queryClient.refetchQueries());
    expect(await screen.findByText(/^Hors ligne/)).toHaveTextContent(
      `Hors ligne : affichage des données chargées le ${localDateTime(loadedAt)}`,
    );
    expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the server does not answer, with a retry, when nothing was saved', async () => {
    goOffline();
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert', {
      name: 'Impossible de charger les données du tableau de bord',
    });
    expect(alert).toHaveTextContent('le serveur ne répond pas');
    expect(screen.queryByText(/^Hors ligne/)).not.toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length)));
  });

  it('still reports a file that has become invalid, even with data saved', async () => {
    const { queryClient } = renderApp('/');
    await keyFiguresShown();
    server.use(
      http.get(dataUrl('actions.json'), async () => {
        await delay(0);
        return new HttpResponse('{"actions": [', { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await act(() => queryClient.refetchQueries({ queryKey: ['actions'] }));
    expect(await screen.findByRole('alert')).toHaveTextContent('actions.json n’est pas un JSON valide');
    expect(screen.queryByText(/^Hors ligne/)).not.toBeInTheDocument();
  });
});
