import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatShare } from '../../../src/lib/format';
import { dataUrl, mockContract, mockMeta } from '../../../src/mocks/handlers';
import {
  coveredCodes,
  keyFigure,
  mockActions,
  operationalObjectives,
  ruleDisclosure,
} from '../../support/dashboard-page';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';
import { server } from '../../support/server';

const overview = async (url = '/') => {
  const view = renderApp(url);
  await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
  await waitFor(() => expect(document.querySelector('dl[aria-label="Chiffres clés"]')).not.toBeNull());
  return view;
};

const coverageOf = (actions: ReturnType<typeof mockActions>) => {
  const covered = coveredCodes(actions);
  const all = operationalObjectives();
  return formatShare(all.filter((node) => covered.has(node.code)).length / all.length);
};

describe('Overview page', () => {
  it('shows the key figures of the whole programmation in one list, each with what it is made of', async () => {
    await overview();
    const actions = mockActions();
    expect(keyFigure('Actions')).toBe(formatInteger(actions.length));
    expect(keyFigure('Couverture')).toBe(coverageOf(actions));
    const figures = document.querySelector('dl[aria-label="Chiffres clés"]') as HTMLElement;
    expect(
      within(figures)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Actions', 'Coût total', 'Couverture', 'Avancement moyen', 'Actions en retard']);
    // The data date is the header's: the figures do not repeat it.
    expect(within(figures).queryByText('Données au')).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Données au 30 novembre 2023');
    expect(within(figures).getByText(/^\d+ objectifs couverts sur 50$/)).toBeInTheDocument();
    expect(within(figures).getByText(/^\d+ actions? non renseignées?, hors calcul$/)).toBeInTheDocument();
  });

  it('says how each key figure is computed, folded under them, with the counts behind it', async () => {
    const { user } = await overview();
    const details = ruleDisclosure('Chiffres clés');
    expect(details.open).toBe(false);
    await user.click(within(details).getByText(/Comment est-ce calculé/));
    expect(details.open).toBe(true);
    const rules = within(details)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rules).toHaveLength(5);
    expect(rules[2]).toMatch(/^Couverture : part des objectifs opérationnels .* sur 50\.$/);
    expect(rules[3]).toMatch(/les actions sans avancement déclaré sont exclues du calcul/);
    expect(rules[4]).toMatch(/Date retenue : la date des données, 30 novembre 2023\.$/);
  });

  it('links each bar of the first two charts to its pillar’s or territory’s page, with the view’s filter', async () => {
    await overview('/?annee=2023');
    const pillars = screen.getByRole('list', { name: 'Pages des piliers et axes' });
    const territories = screen.getByRole('list', { name: 'Pages des quartiers' });
    expect(within(pillars).getByRole('link', { name: 'COHESION SOCIALE' })).toHaveAttribute(
      'href',
      '/piliers/P2?annee=2023',
    );
    expect(within(pillars).getByRole('link', { name: 'LA JEUNESSE' })).toHaveAttribute(
      'href',
      '/axes/T1?annee=2023',
    );
    expect(
      within(territories)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(mockContract().territories.map((territory) => `/quartiers/${territory.id}?annee=2023`));
  });

  it('counts late actions on the data date; without one, neither counts them nor says « non datées » alone, but how to date them', async () => {
    await overview();
    const onDataDate = mockActions().filter(
      (action) =>
        (action.status === 'programmee' || action.status === 'en-cours') &&
        action.endDate !== null &&
        action.endDate < '2023-11-30',
    ).length;
    expect(keyFigure('Actions en retard')).toBe(formatInteger(onDataDate));
    expect(screen.getByText('date de fin prévue passée')).toBeInTheDocument();
    cleanup();

    server.use(http.get(dataUrl('meta.json'), () => HttpResponse.json({ ...mockMeta, dataDate: null })));
    await overview();
    expect(keyFigure('Actions en retard')).toBe('non calculé');
    expect(screen.getByText('faute de date des données')).toBeInTheDocument();
    // The header says the date is missing, with how to set it; the figures do not repeat the date.
    expect(screen.getByRole('banner')).toHaveTextContent('Date des données non renseignée');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'comment la renseigner' }),
    ).toBeInTheDocument();
    // The rule, folded under the figures, says why.
    expect(ruleDisclosure('Chiffres clés')).toHaveTextContent(/les données n’ont pas de date : non calculé/);
  });

  it('draws coverage and progress per pillar and per territory, with labelled bars and their data tables', async () => {
    const { container } = await overview();
    const pillars = screen.getByRole('heading', { name: 'Couverture et avancement par pilier et axe' });
    const figure = pillars.closest('figure, section') as HTMLElement;
    expect(figure.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    expect(figure.querySelector('svg')?.textContent).toContain('COHESION SOCIALE');
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'COHESION SOCIALE' })).toBeInTheDocument();
    const territories = screen.getByRole('heading', { name: 'Couverture et avancement par quartier' });
    expect(
      (territories.closest('figure, section') as HTMLElement).querySelector('svg')?.textContent,
    ).toContain('Terre-Rouge');
    // The pillar × territory matrix is a table of its own, one column per territory plus the whole.
    const matrix = screen.getByRole('table', { name: 'Couverture et avancement par pilier et par quartier' });
    expect(within(matrix).getAllByRole('columnheader')).toHaveLength(1 + 6 + 1);
    expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(6);
  });

  it('lists the objectives without any action, each linking to its page', async () => {
    await overview();
    const covered = coveredCodes(mockActions());
    const gaps = operationalObjectives().filter((node) => !covered.has(node.code));
    const section = screen.getByRole('region', { name: 'Objectifs sans action' });
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      gaps.map((node) => `/objectifs/${node.code}`),
    );
  });

  it('applies a filter picked in the bar: new figures, new address, and Back returns to the previous view', async () => {
    const { user, router } = await overview();
    const all = mockActions();
    const in2023 = all.filter((action) => action.year === 2023);
    await user.click(screen.getByText('Années', { selector: 'summary *' }));
    await user.click(screen.getByRole('checkbox', { name: '2023' }));
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(in2023.length)));
    expect(router.state.location.search).toBe('?annee=2023');
    expect(keyFigure('Couverture')).toBe(coverageOf(in2023));
    expect(
      screen.getByText(
        `${formatInteger(in2023.length)} actions correspondent aux filtres, sur ${formatInteger(all.length)}.`,
      ),
    ).toBeInTheDocument();

    await router.navigate(-1);
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(all.length)));
    expect(router.state.location.search).toBe('');
    await router.navigate(1);
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(in2023.length)));
  });

  it('reproduces a view from its address, and keeps the filter on the links to other pages', async () => {
    await overview('/?annee=2023&quartier=terre-rouge');
    const kept = mockActions().filter(
      (action) => action.year === 2023 && action.territories.includes('terre-rouge'),
    );
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(kept.length)));
    expect(screen.getByText('2023', { selector: '.choice-list-value' })).toBeInTheDocument();
    expect(screen.getByText('Terre-Rouge', { selector: '.choice-list-value' })).toBeInTheDocument();
    // Only Terre-Rouge gets a bar group in the chart per territory.
    const table = within(
      screen
        .getByRole('heading', { name: 'Couverture et avancement par quartier' })
        .closest('figure, section') as HTMLElement,
    ).getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Terre-Rouge']);
    const pillarLinks = screen.getAllByRole('link', { name: 'COHESION SOCIALE' });
    expect(pillarLinks.length).toBeGreaterThan(0);
    for (const link of pillarLinks) {
      expect(link).toHaveAttribute('href', '/piliers/P2?annee=2023&quartier=terre-rouge');
    }
    expect(screen.getByRole('link', { name: 'Actions' })).toHaveAttribute(
      'href',
      '/actions?annee=2023&quartier=terre-rouge',
    );
  });

  it('ignores malformed or unknown params, says so, and keeps the valid ones', async () => {
    await overview('/?annee=20x3,2023&statut=fini&quartier=atlantide');
    const in2023 = mockActions().filter((action) => action.year === 2023);
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(in2023.length)));
    expect(
      screen.getByText(/Paramètres d’adresse ignorés .*: annee=20x3, quartier=atlantide, statut=fini\./),
    ).toBeInTheDocument();
  });

  it('says that nothing matches rather than drawing empty charts', async () => {
    await overview('/?recherche=zzzzzzzz');
    await waitFor(() => expect(keyFigure('Actions')).toBe('0'));
    expect(screen.getAllByText('Aucune action ne correspond à ces filtres.').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
    // An empty selection has no progress: "non renseigné", never 0 %.
    expect(keyFigure('Avancement moyen')).toBe('non renseigné');
  });

  it('shows no figure when no action is published, and an error with a retry when the data fails', async () => {
    mockMode({ failure: 'no-actions' });
    const first = renderApp('/');
    expect(await screen.findByRole('region', { name: 'Aucune action publiée' })).toBeInTheDocument();
    expect(document.querySelector('dl[aria-label="Chiffres clés"]')).toBeNull();
    first.unmount();

    mockMode({ failure: 'http-500', target: 'actions' });
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les données du tableau de bord');
    mockMode({});
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(mockActions().length)));
  });
});

describe('Filter bar', () => {
  it('closes an open list with Escape or a click elsewhere, leaving the choice written on it', async () => {
    const { user } = await overview();
    const years = screen
      .getByText('Années', { selector: 'summary *' })
      .closest('details') as HTMLDetailsElement;
    await user.click(within(years).getByText('Années', { selector: 'summary *' }));
    expect(years.open).toBe(true);
    await user.keyboard('{Escape}');
    expect(years.open).toBe(false);
    await user.click(within(years).getByText('Années', { selector: 'summary *' }));
    await user.click(within(years).getByRole('checkbox', { name: '2022' }));
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(years.open).toBe(false);
    expect(within(years).getByText('2022', { selector: '.choice-list-value' })).toBeInTheDocument();
  });

  it('searches as one types, after a pause, and replaces the history entry while typing', async () => {
    const { user, router } = await overview();
    const field = screen.getByRole('searchbox', { name: 'Rechercher une action' });
    await user.type(field, 'théâtre');
    await waitFor(() => expect(router.state.location.search).toBe('?recherche=th%C3%A9%C3%A2tre'));
    const kept = mockActions().filter((action) =>
      `${action.title} ${action.porteur.name} ${action.targetPublic ?? ''}`.toLowerCase().includes('théâtre'),
    );
    await waitFor(() => expect(keyFigure('Actions')).toBe(formatInteger(kept.length)));
  });
});
