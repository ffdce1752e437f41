import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render';

const printHeader = () => document.querySelector('.print-header') as HTMLElement;

const dispatch = (type: 'beforeprint' | 'afterprint') =>
  act(() => {
    window.dispatchEvent(new Event(type));
  });

/** Once the page's data is in (the filter is stated only then), prints, and returns the header's text. */
const printedHeader = async (filterText: string | RegExp) => {
  await waitFor(() =>
    expect(
      document.querySelector('.recharts-wrapper, .chart-figure:not([aria-busy]) .chart-area'),
    ).not.toBeNull(),
  );
  dispatch('beforeprint');
  expect(printHeader()).toHaveTextContent(filterText);
  return printHeader();
};

afterEach(() => {
  dispatch('afterprint');
  vi.useRealTimers();
});

describe('Printing', () => {
  it('heads the printed page with its title, the contract, the data date, the filters and the print date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 2, 5, 9, 30));
    renderApp('/?annee=2023');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    // Empty on screen: it repeats nothing of the page until it is printed.
    expect(printHeader()).toBeEmptyDOMElement();

    const header = await printedHeader('Filtres : Année 2023');
    expect(header.querySelector('.print-header-title')).toHaveTextContent(/^Vue d’ensemble$/);
    expect(header).toHaveTextContent('Cap Quartiers — Contrat de ville du Grand Cahors');
    expect(header).toHaveTextContent('Données au 30 novembre 2023');
    expect(header).toHaveTextContent('Imprimé le 5 mars 2024 à 09:30');
    // The foot of every printed page: @page reads it in print.css.
    expect(document.documentElement.style.getPropertyValue('--print-footer')).toBe(
      '"Cap Quartiers · Contrat de ville du Grand Cahors — données au 30 novembre 2023"',
    );

    dispatch('afterprint');
    expect(printHeader()).toBeEmptyDOMElement();
    // The print date is the date of printing, not of the page's opening.
    vi.setSystemTime(new Date(2024, 2, 6, 14, 5));
    dispatch('beforeprint');
    expect(printHeader()).toHaveTextContent('Imprimé le 6 mars 2024 à 14:05');
  });

  it('says when nothing is filtered, and states no filter on a page that has none', async () => {
    const { user } = renderApp('/');
    await printedHeader('Sans filtre');
    dispatch('afterprint');

    await user.click(screen.getByRole('link', { name: 'Lexique des sigles' }));
    await screen.findByRole('heading', { level: 1, name: 'Lexique des sigles' });
    dispatch('beforeprint');
    expect(printHeader().querySelector('.print-header-title')).toHaveTextContent(/^Lexique des sigles$/);
    expect(printHeader()).toHaveTextContent('Données au 30 novembre 2023');
    expect(printHeader().querySelector('.print-header-filter')).toBeNull();
  });

  it('states the filter on every page whose figures follow it, the changes since the last committee too', async () => {
    renderApp('/depuis-le-dernier-comite?annee=2023');
    await screen.findByRole('heading', { level: 1, name: 'Depuis le dernier comité' });
    await printedHeader('Filtres : Année 2023');
  });

  it('opens the charts’ data tables for printing and closes them afterwards, not the filter lists', async () => {
    renderApp('/?annee=2023');
    await waitFor(() => expect(document.querySelectorAll('details.chart-data').length).toBeGreaterThan(0));
    const tables = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-data')];
    const filterLists = [...document.querySelectorAll<HTMLDetailsElement>('details.choice-list')];
    expect(filterLists.length).toBeGreaterThan(0);
    // One the user opened stays open after printing.
    const first = tables[0] as HTMLDetailsElement;
    first.open = true;

    dispatch('beforeprint');
    expect(tables.every((details) => details.open)).toBe(true);
    expect(filterLists.some((details) => details.open)).toBe(false);
    expect(document.documentElement).toHaveClass('is-printing');

    dispatch('afterprint');
    expect(first.open).toBe(true);
    expect(tables.slice(1).some((details) => details.open)).toBe(false);
    expect(document.documentElement).not.toHaveClass('is-printing');
  });

  it('offers the presentation of the current view from every page', async () => {
    renderApp('/?annee=2023');
    const link = await screen.findByRole('link', { name: 'Présenter' });
    expect(link).toHaveAttribute('href', '/presentation?annee=2023');
    const items = screen.getByRole('navigation', { name: 'Navigation principale' }).querySelectorAll('li');
    expect(items[items.length - 1]).toContainElement(link);
  });

  it('carries the figure the overview’s map is coloured by to the presentation, whose map slide follows it', async () => {
    renderApp('/?annee=2023&carte=cout');
    const link = await screen.findByRole('link', { name: 'Présenter' });
    expect(link).toHaveAttribute('href', '/presentation?annee=2023&carte=cout');
  });
});
