import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standaloneChartSvg } from '../../../src/components/charts/chart-export';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';

const mapFigure = async () => {
  const heading = await screen.findByRole(
    'heading',
    { level: 2, name: 'Carte des quartiers' },
    { timeout: 5000 },
  );
  return heading.closest('figure') as HTMLElement;
};

/** The drawn map: the group named after it, once its territories are links. */
const drawnMap = async () => {
  const figure = await mapFigure();
  await waitFor(() =>
    expect(within(figure).getByRole('group', { name: /^Carte des quartiers/ })).toBeInTheDocument(),
  );
  return figure;
};

/** The text a chart's data table gives a territory in a column, e.g. Terre-Rouge's coverage. */
const chartCell = (title: string, territory: string, column: number) => {
  const figure = screen.getByRole('heading', { name: title }).closest('figure') as HTMLElement;
  const row = within(figure).getByRole('rowheader', { name: territory }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell')[column]?.textContent;
};

describe('Carte des quartiers (overview)', () => {
  it('draws Terre-Rouge from its perimeter as a link named with its coverage, the same as the chart’s', async () => {
    const { user, router } = renderApp('/?annee=2023');
    const figure = await drawnMap();
    const coverage = chartCell('Couverture et avancement par quartier', 'Terre-Rouge', 0);
    expect(coverage).toMatch(/%/);
    const link = within(figure).getByRole('link', { name: `Terre-Rouge : couverture ${coverage}` });
    expect(link.getAttribute('href')).toBe('/quartiers/terre-rouge?annee=2023');
    // The shape is its perimeter: 121 vertices of the 122 positions (the last one closes the ring).
    const path = link.querySelector('path.map-shape');
    expect(path?.getAttribute('d')?.match(/[ML]/g)).toHaveLength(121);
    // Its name and value are written beside it, on the map.
    expect(link.textContent).toBe(`Terre-Rouge${coverage}`);

    // The five territories without a perimeter are listed beside it, each a link with its value.
    const listed = within(figure).getAllByRole('link', { name: /\(périmètre non publié\)$/ });
    expect(listed.map((each) => each.getAttribute('aria-label')?.split(' : ')[0])).toEqual([
      'Sainte-Valérie',
      'Croix-de-Fer',
      'Centre ancien',
      'Valentré',
      'Les Escales',
    ]);
    expect(listed[0]?.getAttribute('aria-label')).toBe(
      `Sainte-Valérie : couverture ${chartCell('Couverture et avancement par quartier', 'Sainte-Valérie', 0)} (périmètre non publié)`,
    );
    // The communes' outlines, and a legend of four classes.
    expect(figure.querySelectorAll('path.map-commune')).toHaveLength(2);
    expect(
      within(figure)
        .getByRole('list', { name: /Légende/ })
        .querySelectorAll('li'),
    ).toHaveLength(4);

    await user.click(link);
    expect(router.state.location.pathname).toBe('/quartiers/terre-rouge');
  }, 20_000);

  it('colours by the figure picked, kept in the address, with the cost the chart gives', async () => {
    const { user, router } = renderApp('/?annee=2023');
    const figure = await drawnMap();
    await user.click(within(figure).getByRole('radio', { name: 'Coût des actions' }));
    expect(new URLSearchParams(router.state.location.search).get('carte')).toBe('cout');
    expect(new URLSearchParams(router.state.location.search).get('annee')).toBe('2023');
    const cost = chartCell('Coût des actions par quartier', 'Terre-Rouge', 0);
    await waitFor(() =>
      expect(
        within(figure).getByRole('link', { name: /^Terre-Rouge : coût des actions / }),
      ).toBeInTheDocument(),
    );
    const name = within(figure)
      .getByRole('link', { name: /^Terre-Rouge : coût des actions / })
      .getAttribute('aria-label');
    // The chart's table gives the exact amount; the map writes it as the bars do, in short.
    expect(name).toMatch(/€$/);
    expect(cost).toMatch(/€/);
    expect(within(figure).getByRole('radio', { name: 'Coût des actions' })).toBeChecked();
    // The data table holds every figure of every territory.
    const table = within(figure).getByRole('table', { name: 'Carte des quartiers' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Quartier',
      'Couverture',
      'Avancement moyen',
      'Coût des actions',
      'Nombre d’actions',
      'Périmètre',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  }, 20_000);

  it('reads the figure from the address, and ignores one it does not know, saying so', async () => {
    const first = renderApp('/?carte=actions');
    const figure = await drawnMap();
    expect(within(figure).getByRole('radio', { name: 'Nombre d’actions' })).toBeChecked();
    expect(
      within(figure).getByRole('link', { name: /^Terre-Rouge : nombre d’actions \d+$/ }),
    ).toBeInTheDocument();
    first.unmount();
    renderApp('/?carte=budget');
    const other = await drawnMap();
    expect(within(other).getByRole('radio', { name: 'Couverture' })).toBeChecked();
    expect(
      within(other).getByText(/Paramètre d’adresse ignoré \(valeur inconnue\) : carte=budget/),
    ).toBeInTheDocument();
  }, 20_000);

  it('exports as an SVG with the map, its title and its sources, and no link in it', async () => {
    renderApp('/');
    const figure = await drawnMap();
    const { svg } = standaloneChartSvg(figure);
    expect(svg).toContain('Carte des quartiers');
    expect(svg).toContain('map-shape');
    expect(svg).toMatch(/CGET/);
    expect(svg).not.toMatch(/<a[\s>]/);
  });

  it('still draws the territories, uncoloured, while no action is published', async () => {
    mockMode({ failure: 'no-actions' });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Aucune action publiée' });
    const figure = await drawnMap();
    expect(
      within(figure).getByRole('link', { name: 'Terre-Rouge : aucune action publiée' }),
    ).toBeInTheDocument();
    expect(within(figure).queryByRole('radio')).not.toBeInTheDocument();
    expect(
      within(figure).getByText(/Aucune action publiée : les quartiers ne sont pas colorés/),
    ).toBeInTheDocument();
  });

  it('says plainly when the perimeters are not published', async () => {
    mockMode({ failure: 'not-found', target: 'perimeters' });
    renderApp('/');
    const figure = await mapFigure();
    expect(
      await within(figure).findByText(/périmètres des quartiers ne sont pas publiés/),
    ).toBeInTheDocument();
    expect(within(figure).queryByRole('link')).not.toBeInTheDocument();
  });

  it('leaves out a feature in Lambert-93 metres, names it, and draws the others', async () => {
    mockMode({ failure: 'invalid-records', target: 'perimeters' });
    const { user } = renderApp('/');
    const figure = await drawnMap();
    expect(within(figure).getByRole('link', { name: /^Terre-Rouge/ })).toBeInTheDocument();
    // Pradines' outline, the last feature, is the one left out.
    expect(figure.querySelectorAll('path.map-commune')).toHaveLength(1);
    const notice = await screen.findByText(/1 enregistrement invalide a été écarté/);
    expect(notice.closest('p')?.textContent).toMatch(/perimeters\.json/);
    await user.click(screen.getByRole('link', { name: 'Voir le détail des erreurs' }));
    const rejected = await screen.findByRole('table', { name: 'Enregistrements écartés et raisons' });
    const row = within(rejected).getByRole('cell', { name: '46224 Pradines' }).closest('tr') as HTMLElement;
    expect(row.textContent).toMatch(/perimeters\.json/);
    expect(row.textContent).toMatch(/Lambert-93/);
  }, 20_000);
});

describe('A territory’s page: its perimeter and « Le quartier en chiffres »', () => {
  /** A figure's tile (its label is also in the definitions below the tiles). */
  const figureOf = (section: HTMLElement, label: string) =>
    within(section)
      .getAllByText(label, { selector: 'dt' })
      .map((term) => term.closest('.nf-figure'))
      .find(Boolean) as HTMLElement;

  it('shows Terre-Rouge’s real statistics, each with its source and vintage, and Cahors’s population', async () => {
    renderApp('/quartiers/terre-rouge');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Le quartier en chiffres' });
    const section = heading.closest('section') as HTMLElement;
    await waitFor(() => expect(section.querySelector('.nf-figure')).not.toBeNull());
    expect(within(section).getByText('Données réelles')).toBeInTheDocument();
    const population = figureOf(section, 'Population');
    expect(population.textContent).toMatch(/1\s036 habitants/);
    expect(population.textContent).toMatch(/Cahors : 19\s616 habitants/);
    expect(population.textContent).toMatch(/Source : INSEE, 2015/);
    const poverty = figureOf(section, 'Taux de pauvreté');
    expect(poverty.textContent).toMatch(/^Taux de pauvreté39\s%Source : INSEE, 2017$/);
    expect(figureOf(section, 'Revenu disponible médian par unité de consommation').textContent).toMatch(
      /14\s234\s€1er décile : 7\s778\s€9e décile : 25\s382\s€/,
    );
    expect(figureOf(section, 'Demandeurs d’emploi').textContent).toMatch(
      /femmes : 124 personnes.*hommes : 106 personnes/,
    );
    expect(figureOf(section, 'Taux d’emploi des 15-64 ans').textContent).toMatch(/femmes : 50,1\s%/);
    // The perimeter within its commune, drawn and not a link to the page itself.
    const map = (await screen.findByRole('heading', { level: 2, name: 'Périmètre de Terre-Rouge' })).closest(
      'figure',
    ) as HTMLElement;
    await waitFor(() => expect(map.querySelector('path.map-shape')).not.toBeNull());
    expect(within(map).queryByRole('link')).not.toBeInTheDocument();
    expect(map.querySelector('.map-inset')).not.toBeNull();
  }, 20_000);

  it('says plainly that a territory that is not a QPV has neither perimeter nor statistics', async () => {
    renderApp('/quartiers/sainte-valerie');
    expect(
      await screen.findByText(
        /Aucune statistique publique n’existe pour Sainte-Valérie : ce n’est pas un quartier prioritaire/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Sainte-Valérie n’est pas un quartier prioritaire \(QPV\) : aucun périmètre officiel/,
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('path.map-shape')).toBeNull();
  });

  it('says so when the statistics are not published, and the page stays', async () => {
    mockMode({ failure: 'not-found', target: 'indicators' });
    renderApp('/quartiers/terre-rouge');
    expect(await screen.findByText(/statistiques des quartiers ne sont pas publiées/)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /Terre-Rouge et l’ensemble du contrat/ }),
    ).toBeInTheDocument();
  });

  it('shows an error with a retry when the statistics cannot be read', async () => {
    mockMode({ failure: 'http-500', target: 'indicators' });
    renderApp('/quartiers/terre-rouge');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/Impossible de charger les statistiques des quartiers/);
    expect(within(alert).getByRole('button', { name: /Réessayer/ })).toBeInTheDocument();
  });
});
