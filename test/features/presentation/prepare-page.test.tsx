import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildObjectiveIndex } from '../../../src/domain/objective-index';
import { mockContract, mockObjectives } from '../../../src/mocks/handlers';
import { renderApp } from '../../support/render';

/**
 * The default deck of the mock contract, by id: overview, map, Terre-Rouge's statistics (the only territory
 * indicators.json gives figures for), domains, each domain, territories, each, gaps, since.
 */
const defaultDeck = [
  'vue-ensemble',
  'carte',
  'chiffres-terre-rouge',
  'piliers',
  ...buildObjectiveIndex(mockObjectives).domains.map((domain) => `pilier-${domain.code}`),
  'quartiers',
  ...mockContract().territories.map((territory) => `quartier-${territory.id}`),
  'objectifs-sans-action',
  'depuis-le-dernier-comite',
];

const prepare = async (url = '/presentation/preparer') => {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 2, name: /^Diapositives présentées/ }, { timeout: 5000 });
  return view;
};

const chosenList = () =>
  screen.getByRole('region', { name: /^Diapositives présentées/ }).querySelector('ol') as HTMLElement;
const chosenTitles = () =>
  within(chosenList())
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.querySelector('.deck-slide-title')?.textContent);
const deckParam = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search).get('diapos');
const announced = () => document.querySelector('.deck-picker [aria-live="polite"]')?.textContent;

describe('Preparing the presentation', () => {
  it('lists every slide of the view in the default order, all chosen, with a plain address', async () => {
    const { router } = await prepare('/presentation/preparer?annee=2023');
    expect(screen.getByRole('heading', { level: 2, name: /^Diapositives présentées/ })).toHaveTextContent(
      `Diapositives présentées (${defaultDeck.length} sur ${defaultDeck.length})`,
    );
    expect(chosenTitles()[0]).toBe('Vue d’ensemble');
    expect(chosenTitles()).toHaveLength(defaultDeck.length);
    expect(deckParam(router)).toBeNull();
    expect(screen.getByRole('link', { name: 'Lancer la présentation' })).toHaveAttribute(
      'href',
      '/presentation?annee=2023',
    );
  });

  it('takes a slide out and moves another with the keyboard, in the address, keeping the focus on it', async () => {
    const { user, router } = await prepare('/presentation/preparer?annee=2023');
    // Out: "Par pilier et axe", with Space on its checkbox.
    const domains = within(chosenList()).getByRole('checkbox', { name: /^Par pilier et axe/ });
    domains.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(deckParam(router)).not.toBeNull());
    const withoutDomains = defaultDeck.filter((id) => id !== 'piliers');
    expect(deckParam(router)?.split(',')).toEqual(withoutDomains);
    expect(announced()).toBe('« Par pilier et axe » retirée de la présentation.');
    // Now among the slides left out, and still the focused control.
    const others = screen.getByRole('region', { name: /^Diapositives non retenues/ });
    const moved = within(others).getByRole('checkbox', { name: /^Par pilier et axe/ });
    expect(moved).not.toBeChecked();
    expect(moved).toHaveFocus();

    // Down then up: the map's slide (second), with Enter on its buttons.
    screen.getByRole('button', { name: /^Descendre « Carte des quartiers »/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(deckParam(router)?.split(',')[2]).toBe('carte'));
    expect(announced()).toBe(`« Carte des quartiers » en position 3 sur ${withoutDomains.length}.`);
    expect(screen.getByRole('button', { name: /^Descendre « Carte des quartiers »/ })).toHaveFocus();
    screen.getByRole('button', { name: /^Monter « Carte des quartiers »/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(deckParam(router)?.split(',')[1]).toBe('carte'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(deckParam(router)?.split(',')[0]).toBe('carte'));
    // At the top, "Monter" is disabled: the focus goes to the slide's checkbox.
    expect(screen.getByRole('button', { name: /^Monter « Carte des quartiers »/ })).toBeDisabled();
    expect(within(chosenList()).getByRole('checkbox', { name: /^Carte des quartiers/ })).toHaveFocus();
    expect(chosenTitles().slice(0, 2)).toEqual(['Carte des quartiers', 'Vue d’ensemble']);
    // The filter stays, and the launch link carries the deck.
    expect(new URLSearchParams(router.state.location.search).get('annee')).toBe('2023');
    expect(screen.getByRole('link', { name: 'Lancer la présentation' }).getAttribute('href')).toBe(
      `/presentation?annee=2023&diapos=${deckParam(router)}`,
    );
  });

  it('adds a slide left out at the end, and goes back to every slide in the default order', async () => {
    const { user, router } = await prepare('/presentation/preparer?diapos=quartiers,vue-ensemble');
    expect(chosenTitles()).toEqual(['Par quartier', 'Vue d’ensemble']);
    await user.click(screen.getByRole('checkbox', { name: /^Objectifs sans action/ }));
    await waitFor(() => expect(deckParam(router)).toBe('quartiers,vue-ensemble,objectifs-sans-action'));
    expect(announced()).toBe('« Objectifs sans action » ajoutée en position 3 sur 3.');
    await user.click(screen.getByRole('button', { name: 'Toutes, dans l’ordre habituel' }));
    await waitFor(() => expect(deckParam(router)).toBeNull());
    expect(chosenTitles()).toHaveLength(defaultDeck.length);
  });

  it('keeps at least one slide', async () => {
    await prepare('/presentation/preparer?diapos=vue-ensemble');
    expect(within(chosenList()).getByRole('checkbox', { name: /^Vue d’ensemble/ })).toBeDisabled();
    expect(screen.getByText('Une présentation garde au moins une diapositive.')).toBeInTheDocument();
  });

  it('says which slide ids of the address it ignored, and keeps the others', async () => {
    await prepare('/presentation/preparer?diapos=pilier-X9,vue-ensemble,quartier-atlantide');
    expect(
      screen.getByText(
        'Diapositives ignorées (inconnues ou hors du filtre) : pilier-X9, quartier-atlantide.',
      ),
    ).toBeInTheDocument();
    expect(chosenTitles()).toEqual(['Vue d’ensemble']);
  });

  it('is reached from the page of the changes since the last committee, with its filter', async () => {
    const { user, router } = renderApp('/depuis-le-dernier-comite?annee=2023');
    await user.click(await screen.findByRole('link', { name: 'Préparer la présentation du comité' }));
    await screen.findByRole('heading', { level: 1, name: 'Préparer la présentation' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/presentation/preparer');
    expect(router.state.location.search).toBe('?annee=2023');
  });
});
