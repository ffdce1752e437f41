import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatInteger, formatShare } from '../../../src/lib/format';
import { coveredCodes, mockActions, operationalObjectives } from '../../support/dashboard-page';
import { renderApp } from '../../support/render';

const slideTitle = () => screen.getByRole('heading', { level: 1 }).textContent;
const counter = () => document.querySelector('.slide-counter')?.textContent?.replace(/\s+/g, ' ').trim();
const slideParam = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search).get('diapo');

/** Testing Library folds no-break spaces in the page's text; the expected figure must be folded alike. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const present = async (url = '/presentation') => {
  const view = renderApp(url);
  await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull(), { timeout: 5000 });
  return view;
};

const press = (key: string) => fireEvent.keyDown(document.body, { key });

afterEach(() => {
  vi.useRealTimers();
});

describe('Presentation', () => {
  it('opens on the overview with its figures, the slide counter, the data date and the filters', async () => {
    await present('/presentation?annee=2023');
    expect(slideTitle()).toBe('Vue d’ensemble');
    const in2023 = mockActions().filter((action) => action.year === 2023);
    const figures = document.querySelector('dl[aria-label="Chiffres clés"]') as HTMLElement;
    expect(within(figures).getByText(plain(formatInteger(in2023.length)))).toBeInTheDocument();
    const covered = coveredCodes(in2023);
    const all = operationalObjectives();
    expect(
      within(figures).getByText(
        plain(formatShare(all.filter((node) => covered.has(node.code)).length / all.length)),
      ),
    ).toBeInTheDocument();
    expect(counter()).toMatch(/^Diapositive 1 \/ sur \d+$/);
    const context = document.querySelector('.slide-context')?.textContent ?? '';
    expect(context).toContain('Données au 30/11/2023');
    expect(context).toContain('Filtres : Année 2023');
    expect(context).toContain('Données fictives');
  });

  it('moves with the arrows, Space, Page Up/Down, Home and End, and keeps the slide in the address', async () => {
    const { router } = await present('/presentation?quartier=terre-rouge');
    press('ArrowRight');
    await waitFor(() => expect(slideTitle()).toBe('Carte des quartiers'));
    expect(slideParam(router)).toBe('2');
    expect(new URLSearchParams(router.state.location.search).get('quartier')).toBe('terre-rouge');
    press(' ');
    await waitFor(() => expect(slideTitle()).toBe('Terre-Rouge en chiffres'));
    press('PageDown');
    await waitFor(() => expect(slideParam(router)).toBe('4'));
    expect(slideTitle()).toBe('Par pilier et axe');
    press('ArrowLeft');
    await waitFor(() => expect(slideParam(router)).toBe('3'));
    press('PageUp');
    await waitFor(() => expect(slideTitle()).toBe('Carte des quartiers'));
    press('End');
    await waitFor(() => expect(slideTitle()).toBe('Depuis le dernier comité'));
    // One territory in the filter: its own slide only, after "Par quartier".
    press('ArrowLeft');
    press('ArrowLeft');
    await waitFor(() => expect(slideTitle()).toBe('Terre-Rouge'));
    press('ArrowLeft');
    await waitFor(() => expect(slideTitle()).toBe('Par quartier'));
    press('Home');
    await waitFor(() => expect(slideTitle()).toBe('Vue d’ensemble'));
    expect(slideParam(router)).toBeNull();
    // Going back past the first slide stays on it.
    press('ArrowLeft');
    expect(slideTitle()).toBe('Vue d’ensemble');
  });

  it('counts every press of a fast remote, even before the page has caught up', async () => {
    const { router } = await present();
    for (let step = 0; step < 5; step += 1) press('PageDown');
    press('PageUp');
    await waitFor(() => expect(slideParam(router)).toBe('5'));
    expect(slideTitle()).toBe('T1 · LA JEUNESSE');
  });

  it('announces each new slide to screen readers', async () => {
    await present();
    press('ArrowRight');
    await waitFor(() =>
      expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(
        /^Diapositive 2 sur \d+ : Carte des quartiers$/,
      ),
    );
  });

  it('opens the slide the address names, and shows a pillar with its strategic objectives as a table', async () => {
    await present('/presentation?diapo=8');
    expect(slideTitle()).toBe('P2 · COHESION SOCIALE');
    const table = screen.getByRole('table', { name: 'Couverture et avancement par objectif stratégique' });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows[0]).toBe('Ensemble du pilier');
    expect(rows.slice(1).map((row) => row?.split(' ')[0])).toEqual([
      'P2.1',
      'P2.2',
      'P2.3',
      'P2.4',
      'P2.5',
      'P2.6',
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Objectif', 'Couverture', 'Avancement moyen', 'Actions']);
  });

  it('lists a small pillar’s operational objectives under each strategic one', async () => {
    // T2 has one strategic objective and its three operational ones: they fit the slide.
    await present('/presentation?diapos=pilier-T2');
    expect(slideTitle()).toBe("T2 · LA LUTTE CONTRE LES DISCRIMINATIONS ET L'EGALITE HOMMES-FEMMES");
    const rows = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent?.split(' ')[0]);
    expect(rows).toEqual(['Ensemble', 'T2.1', 'T2.1.1', 'T2.1.2', 'T2.1.3']);
  });

  it('opens the deck the address chooses, in its order, and says which ids it ignored', async () => {
    const { user, router } = await present(
      '/presentation?annee=2023&diapos=depuis-le-dernier-comite,pilier-X9,quartier-terre-rouge',
    );
    expect(slideTitle()).toBe('Depuis le dernier comité');
    expect(counter()).toBe('Diapositive 1 / sur 2');
    expect(document.querySelector('.slide-ignored')).toHaveTextContent(
      'Diapositive ignorée (inconnue ou hors du filtre) : pilier-X9.',
    );
    press('ArrowRight');
    await waitFor(() => expect(slideTitle()).toBe('Terre-Rouge'));
    expect(counter()).toBe('Diapositive 2 / sur 2');
    // The move keeps the deck and the filter in the address, written with plain commas.
    expect(router.state.location.search).toBe(
      '?annee=2023&diapos=depuis-le-dernier-comite,pilier-X9,quartier-terre-rouge&diapo=2',
    );
    // To the picker, with the same deck and filter (not the slide number).
    await user.click(screen.getByRole('button', { name: 'Diapositives…' }));
    await screen.findByRole('heading', { level: 1, name: 'Préparer la présentation' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/presentation/preparer');
    expect(router.state.location.search).toBe(
      '?annee=2023&diapos=depuis-le-dernier-comite,pilier-X9,quartier-terre-rouge',
    );
  });

  it('leaves for the overview with the same filter on Escape and on "Quitter"', async () => {
    const { router, user } = await present('/presentation?annee=2023&diapo=3');
    press('Escape');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('?annee=2023');
    await router.navigate('/presentation?annee=2022');
    await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Quitter' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toBe('?annee=2022');
  });

  it('leaves for the page it was opened from, with its filter', async () => {
    const { router, user } = renderApp('/quartiers/terre-rouge?annee=2023');
    await screen.findByRole('heading', { level: 1, name: 'Terre-Rouge' });
    await user.click(screen.getByRole('link', { name: 'Présenter' }));
    await waitFor(() => expect(document.querySelector('.slide-counter')).not.toBeNull(), { timeout: 5000 });
    press('ArrowRight');
    press('Escape');
    await waitFor(() => expect(router.state.location.pathname).toBe('/quartiers/terre-rouge'));
    expect(router.state.location.search).toBe('?annee=2023');
  });

  it('advances on its own every N seconds, loops at the end, and pauses with P or the button', async () => {
    // Fake clocks that still run: the data loads as usual, and the test can jump ahead.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { router } = await present('/presentation?auto=30');
    press('End');
    await waitFor(() => expect(slideTitle()).toBe('Depuis le dernier comité'));
    const last = slideParam(router);
    await act(async () => vi.advanceTimersByTime(29_000));
    expect(slideParam(router)).toBe(last);
    await act(async () => vi.advanceTimersByTime(1_000));
    await waitFor(() => expect(slideTitle()).toBe('Vue d’ensemble'));
    expect(screen.getByRole('button', { name: 'Pause (30 s)' })).toHaveAttribute('aria-pressed', 'true');
    press('p');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reprendre' })).toBeInTheDocument());
    await act(async () => vi.advanceTimersByTime(120_000));
    expect(slideTitle()).toBe('Vue d’ensemble');
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
    await act(async () => vi.advanceTimersByTime(30_000));
    await waitFor(() => expect(slideTitle()).toBe('Carte des quartiers'));
  });

  it('restarts the count when the presenter moves by hand', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await present('/presentation?auto=10');
    await act(async () => vi.advanceTimersByTime(8_000));
    press('ArrowRight');
    await waitFor(() => expect(slideTitle()).toBe('Carte des quartiers'));
    await act(async () => vi.advanceTimersByTime(8_000));
    expect(slideTitle()).toBe('Carte des quartiers');
    await act(async () => vi.advanceTimersByTime(2_000));
    await waitFor(() => expect(slideTitle()).toBe('Terre-Rouge en chiffres'));
  });

  it('turns auto-advance on from the controls, and switches to the high-contrast theme in the address', async () => {
    const { router, user } = await present();
    await user.click(screen.getByRole('button', { name: 'Défilement' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('auto')).toBe('30'));
    const contrast = screen.getByRole('button', { name: 'Contraste élevé' });
    expect(contrast).toHaveAttribute('aria-pressed', 'false');
    await user.click(contrast);
    await waitFor(() => expect(document.querySelector('.presentation--contraste')).not.toBeNull());
    expect(new URLSearchParams(router.state.location.search).get('theme')).toBe('contraste');
    expect(screen.getByRole('button', { name: 'Contraste élevé' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('does not take the keys typed in a field, nor Space on a focused button', async () => {
    const { user } = await present();
    const next = screen.getByRole('button', { name: /Suivante/ });
    next.focus();
    // Space on a button clicks it (one step), and must not also step a second time.
    await user.keyboard(' ');
    await waitFor(() => expect(slideTitle()).toBe('Carte des quartiers'));
    expect(counter()).toMatch(/^Diapositive 2 /);
  });
});
