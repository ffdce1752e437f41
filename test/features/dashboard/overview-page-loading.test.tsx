import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { barChartLayout } from '../../../src/components/charts/bar-chart-model';
import { buildObjectiveIndex } from '../../../src/domain/objective-index';
import { shortLabel } from '../../../src/domain/objective-tree-queries';
import { dataUrl, mockContract, mockObjectives } from '../../../src/mocks/handlers';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

/**
 * The overview while actions.json is on its way (the tree and the territories, smaller, come first): what
 * is on screen then must take the room of what comes, so that nothing moves when the figures arrive.
 * (Where things stand in a real browser is measured in test/e2e/slow-network.e2e.ts.)
 */

const PILLAR_CHART = 'Couverture et avancement par pilier et axe';
const TERRITORY_CHART = 'Couverture et avancement par quartier';

/** Holds actions.json back until `release()`; the other documents are served at once. */
const holdActions = () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(dataUrl('actions.json'), async () => {
      await held;
      // On to the normal handler.
      return undefined;
    }),
  );
  return () => release();
};

/** Holds every document back: nothing of the contract is known yet. */
const holdEverything = () =>
  server.use(
    http.get(dataUrl('*'), async () => {
      await new Promise(() => {});
      return HttpResponse.error();
    }),
  );

const chart = (title: string) =>
  screen.getByRole('heading', { level: 2, name: title }).closest('figure') as HTMLElement;

/** The chart's texts and the height of its area (its skeleton while loading), as laid out. */
const chartFrame = (title: string) => {
  const figure = chart(title);
  const area = figure.querySelector<HTMLElement>('.chart-skeleton, .chart-area[role="img"]');
  return {
    summary: figure.querySelector('.chart-summary')?.textContent,
    rule: figure.querySelector('.chart-rule')?.textContent,
    height: area?.style.height,
    links: Array.from(figure.querySelectorAll('.chart-category-links a'), (link) =>
      link.getAttribute('href'),
    ),
  };
};

const filterBar = () => screen.getByRole('region', { name: 'Filtres' });

const summaries = () => Array.from(filterBar().querySelectorAll('summary'), (summary) => summary.textContent);

/** The filter bar's summaries when the address chooses nothing. */
const NOTHING_CHOSEN = [
  'Années tous',
  'Piliers et axes tous',
  'Quartiers tous',
  'Financeurs tous',
  'Statuts tous',
];

const domains = buildObjectiveIndex(mockObjectives).domains;
const territories = mockContract().territories;
/** The height of a chart of coverage and progress (two series) with these labels. */
const heightFor = (labels: string[]) => `${barChartLayout(labels, 2).height}px`;

describe('The overview while the actions load', () => {
  it('shows the filter bar, inert, saying the actions load; the same line then gives their number', async () => {
    const release = holdActions();
    renderApp('/');
    const status = await screen.findByText('Chargement des actions…');
    // The bar's own frame, with what each filter will say, but nothing to choose yet.
    expect(filterBar()).toContainElement(status);
    expect(status).toHaveAttribute('role', 'status');
    expect(summaries()).toEqual(NOTHING_CHOSEN);
    expect(filterBar().querySelector('search')).toHaveAttribute('inert');
    expect(screen.getByRole('searchbox', { name: 'Rechercher une action' })).toBeDisabled();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    // One status says the actions load (the charts' own say that they do).
    expect(screen.getAllByText('Chargement des actions…')).toHaveLength(1);

    release();
    await waitFor(() => expect(document.querySelector('dl[aria-label="Chiffres clés"]')).not.toBeNull());
    // The same live region, now with the count: a screen reader hears it as the figures come.
    expect(status).toBeInTheDocument();
    expect(status).toHaveTextContent(
      `${mockContract().actions.length} actions, toutes années et tous quartiers confondus.`,
    );
    expect(summaries()).toEqual(NOTHING_CHOSEN);
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0);
  });

  it('once the tree is there, lays out both charts as the figures will be, their labels already links', async () => {
    const release = holdActions();
    renderApp('/');
    // The tree and the territories have come: the charts' frames, with the links to their pages.
    await waitFor(() => expect(document.querySelectorAll('figure.chart-figure')).toHaveLength(2));
    expect(screen.getByText('Chargement des actions…')).toBeInTheDocument();
    expect(chart(PILLAR_CHART)).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelectorAll('.key-figure--skeleton')).toHaveLength(5);
    const loading = { pillars: chartFrame(PILLAR_CHART), territories: chartFrame(TERRITORY_CHART) };
    expect(loading.pillars.links).toHaveLength(domains.length);
    expect(loading.territories.links).toEqual(territories.map((territory) => `/quartiers/${territory.id}`));
    expect(loading.pillars.height).toBe(heightFor(domains.map(shortLabel)));
    expect(loading.territories.height).toBe(heightFor(territories.map((territory) => territory.name)));

    release();
    await waitFor(() => expect(chart(PILLAR_CHART)).not.toHaveAttribute('aria-busy'));
    // The same links, texts and heights: nothing moves when the figures come.
    expect(chartFrame(PILLAR_CHART)).toEqual(loading.pillars);
    expect(chartFrame(TERRITORY_CHART)).toEqual(loading.territories);
  });

  it('says the address’s filter already, and lays out only the pillars and territories it keeps', async () => {
    const release = holdActions();
    const { user, router } = renderApp('/?annee=2023&pilier=P2&quartier=terre-rouge,atlantide');
    await waitFor(() => expect(document.querySelectorAll('figure.chart-figure')).toHaveLength(2));
    expect(summaries()).toEqual([
      'Années 2023',
      'Piliers et axes COHESION SOCIALE',
      'Quartiers Terre-Rouge',
      'Financeurs tous',
      'Statuts tous',
    ]);
    const clear = screen.getByRole('button', { name: 'Effacer les filtres' });
    expect(clear).toBeDisabled();
    await user.click(clear);
    expect(router.state.location.search).toBe('?annee=2023&pilier=P2&quartier=terre-rouge,atlantide');
    const loading = { pillars: chartFrame(PILLAR_CHART), territories: chartFrame(TERRITORY_CHART) };
    expect(loading.pillars.height).toBe(heightFor(['COHESION SOCIALE']));
    expect(loading.territories.height).toBe(heightFor(['Terre-Rouge']));
    // The links keep the view's filter, in its canonical order (the unknown territory is dropped once the
    // data come).
    expect(loading.pillars.links).toEqual([
      '/piliers/P2?annee=2023&pilier=P2&quartier=atlantide,terre-rouge',
    ]);

    release();
    await waitFor(() => expect(chart(PILLAR_CHART)).not.toHaveAttribute('aria-busy'));
    expect(chartFrame(PILLAR_CHART).height).toBe(loading.pillars.height);
    expect(chartFrame(TERRITORY_CHART).height).toBe(loading.territories.height);
    expect(chartFrame(PILLAR_CHART).summary).toBe(loading.pillars.summary);
    expect(summaries()[0]).toBe('Années 2023');
  });

  it('holds no chart frame before the tree comes: blocks that would grow then would move the page', async () => {
    holdEverything();
    renderApp('/');
    await screen.findByText('Chargement des actions…');
    expect(document.querySelectorAll('.key-figure--skeleton')).toHaveLength(5);
    expect(document.querySelector('main [aria-busy="true"]')).not.toBeNull();
    expect(document.querySelector('.chart-category-links')).toBeNull();
    expect(document.querySelector('figure')).toBeNull();
  });
});
