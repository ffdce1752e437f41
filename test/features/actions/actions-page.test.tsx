import { act, fireEvent, getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Action, actionStatusLabels } from '../../../src/domain/action';
import { buildObjectiveIndex, findNode } from '../../../src/domain/objective-index';
import { formatEuros, formatInteger, formatProgress } from '../../../src/lib/format';
import { mockContract, mockObjectives, mockTerritories } from '../../../src/mocks/handlers';
import { mockMode } from '../../support/mock-api';
import { renderApp } from '../../support/render';

// Expected orders are worked out here from the mock data with a plain comparator, not with the page's code.
const collator = new Intl.Collator('fr');
const byTitle = (a: Action, b: Action) => collator.compare(a.title, b.title);
const mockActions = () => mockContract().actions;
const byDefault = (actions: readonly Action[]) =>
  [...actions].sort((a, b) => b.year - a.year || byTitle(a, b));
const territoryName = new Map(mockTerritories.map((territory) => [territory.id, territory.name]));
const territoryCell = (action: Action) =>
  action.territories
    .map((id) => territoryName.get(id) as string)
    .sort(collator.compare)
    .join(', ');

const objectiveIndex = buildObjectiveIndex(mockObjectives);
/** fr-FR numbers hold narrow no-break spaces, which the default normaliser would turn into plain ones. */
const count = (n: number) =>
  screen.getByText(`${formatInteger(n)} actions`, {
    normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
  });

const table = () => screen.findByRole('table', { name: /^Actions triées par/ });
/** The data rows in the DOM (the spacer rows are hidden from the accessibility tree). */
const dataRows = () =>
  screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1') as HTMLElement[];
const rowTitles = () => dataRows().map((row) => within(row).getByRole('rowheader').textContent);
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name });

/** jsdom has no layout: scroll the window by hand, as a browser would report it. */
const scrollWindowTo = (y: number) => {
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(y);
  fireEvent.scroll(window);
};

describe('Actions page', () => {
  // On mount the window virtualizer scrolls to where the window already is, which jsdom does not implement.
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  it('lists the actions, most recent year first then by title, with every column', async () => {
    renderApp('/actions');
    const grid = await table();
    const actions = mockActions();
    expect(document.title).toBe('Actions — Cap Quartiers');
    expect(screen.getByRole('heading', { level: 1, name: 'Actions' })).toBeInTheDocument();
    expect(count(actions.length)).toBeInTheDocument();
    expect(grid).toHaveAttribute('aria-rowcount', String(actions.length + 1));
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Intitulé',
      'Porteur',
      'Année',
      'Quartiers',
      'Objectifs',
      'Statut',
      'Avancement',
      'Coût total',
    ]);
    expect(header('Année')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
    expect(grid).toHaveAccessibleName(
      'Actions triées par année, de la plus récente à la plus ancienne, puis par intitulé.',
    );

    const expected = byDefault(actions);
    const first = expected[0] as Action;
    const [row] = dataRows();
    if (!row) throw new Error('no row');
    expect(row).toHaveAttribute('aria-rowindex', '2');
    expect(within(row).getByRole('rowheader')).toHaveTextContent(first.title);
    const [porteur, year, territories, , status, progress, cost] = cellTexts(row);
    expect([porteur, year, territories, status, progress, cost]).toEqual([
      first.porteur.name,
      String(first.year),
      territoryCell(first),
      actionStatusLabels[first.status],
      formatProgress(first.progress),
      formatEuros(first.budget.totalCost),
    ]);
    const links = within(row).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      first.objectives.map((code) => `/objectifs/${code}`).sort(),
    );
    // The code is shown; screen readers get the objective's label as well.
    for (const code of first.objectives) {
      const label = findNode(objectiveIndex, code)?.label as string;
      const link = within(row).getByRole('link', { name: new RegExp(`^${code.replace(/\./g, '\\.')}`) });
      expect(link).toHaveTextContent(code);
      expect(link.textContent).toContain(label);
    }

    // The first rows, in order; the rest are not in the DOM yet.
    const shown = rowTitles();
    expect(shown.length).toBeGreaterThanOrEqual(15);
    expect(shown.length).toBeLessThan(actions.length);
    expect(shown).toEqual(expected.slice(0, shown.length).map((action) => action.title));
  });

  it('sorts by a column on click, reverses on a second click, and keeps the sort in the URL', async () => {
    const { user, router } = renderApp('/actions');
    await table();
    const byCost = [...mockActions()].sort(
      (a, b) => b.budget.totalCost - a.budget.totalCost || byTitle(a, b),
    );
    const mostExpensive = byCost[0] as Action;

    await user.click(screen.getByRole('button', { name: 'Coût total' }));
    expect(router.state.location.search).toBe('?tri=budget&ordre=desc');
    expect(header('Coût total')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Année')).not.toHaveAttribute('aria-sort');
    expect(rowTitles()[0]).toBe(mostExpensive.title);
    expect(cellTexts(dataRows()[0] as HTMLElement).at(-1)).toBe(formatEuros(mostExpensive.budget.totalCost));
    expect(
      screen.getByText(
        'Actions triées par coût total, du plus coûteux au moins coûteux, puis par intitulé.',
        { selector: '[role="status"]' },
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Coût total' }));
    expect(router.state.location.search).toBe('?tri=budget&ordre=asc');
    expect(header('Coût total')).toHaveAttribute('aria-sort', 'ascending');
    const cheapest = [...mockActions()].sort(
      (a, b) => a.budget.totalCost - b.budget.totalCost || byTitle(a, b),
    )[0] as Action;
    expect(rowTitles()[0]).toBe(cheapest.title);

    // Back to the default order: nothing left in the URL.
    await user.click(screen.getByRole('button', { name: 'Année' }));
    expect(router.state.location.search).toBe('');
    expect(header('Année')).toHaveAttribute('aria-sort', 'descending');
    // Back restores the previous order.
    await act(() => router.navigate(-1));
    expect(header('Coût total')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('reproduces a sort from a copied link', async () => {
    renderApp('/actions?tri=porteur&ordre=desc');
    const grid = await table();
    expect(header('Porteur')).toHaveAttribute('aria-sort', 'descending');
    expect(grid).toHaveAccessibleName('Actions triées par porteur, de Z à A, puis par intitulé.');
    const expected = [...mockActions()].sort(
      (a, b) => collator.compare(b.porteur.name, a.porteur.name) || byTitle(a, b),
    );
    const shown = rowTitles();
    expect(shown).toEqual(expected.slice(0, shown.length).map((action) => action.title));
    expect(cellTexts(dataRows()[0] as HTMLElement)[0]).toBe(expected[0]?.porteur.name);
  });

  it('shows only the actions of the URL filter, keeps the filter when sorting and in the objective links', async () => {
    const { user, router } = renderApp('/actions?annee=2023&statut=en-cours');
    const grid = await table();
    const matching = mockActions().filter((action) => action.year === 2023 && action.status === 'en-cours');
    expect(matching.length).toBeGreaterThan(1);
    expect(grid).toHaveAttribute('aria-rowcount', String(matching.length + 1));
    expect(count(matching.length)).toBeInTheDocument();
    // Few enough to be all in the DOM.
    expect(rowTitles()).toEqual(byDefault(matching).map((action) => action.title));
    for (const row of dataRows()) {
      expect(cellTexts(row)[1]).toBe('2023');
      expect(cellTexts(row)[4]).toBe('En cours');
      for (const link of within(row).getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^\/objectifs\/[TP][\d.]+\?annee=2023&statut=en-cours$/);
      }
    }

    await user.click(screen.getByRole('button', { name: 'Intitulé' }));
    expect(router.state.location.search).toBe('?annee=2023&statut=en-cours&tri=intitule&ordre=asc');
    expect(rowTitles()).toEqual([...matching].sort(byTitle).map((action) => action.title));
  });

  it.each(['asc', 'desc'] as const)(
    'puts "non renseigné" after every figure, never as 0 % (ordre=%s)',
    async (ordre) => {
      const matching = mockActions().filter(
        (action) => action.year === 2023 && action.status === 'programmee',
      );
      const reported = matching.filter((action) => action.progress !== null).length;
      expect(reported).toBeGreaterThan(0);
      expect(reported).toBeLessThan(matching.length);

      renderApp(`/actions?annee=2023&statut=programmee&tri=avancement&ordre=${ordre}`);
      const grid = await table();
      expect(header('Avancement')).toHaveAttribute('aria-sort', ordre === 'asc' ? 'ascending' : 'descending');
      expect(grid).toHaveAccessibleName(/Les avancements non renseignés viennent en dernier\.$/);
      const progress = dataRows().map((row) => cellTexts(row)[5]);
      expect(progress).toHaveLength(matching.length);
      expect(progress.slice(reported)).toEqual(Array(matching.length - reported).fill('non renseigné'));
      const figures = progress.slice(0, reported).map((text) => Number(text?.replace(/\D/g, '')));
      expect(figures).toEqual([...figures].sort((a, b) => (ordre === 'asc' ? a - b : b - a)));
    },
  );

  it.each([
    ['an unknown column', '?tri=couleur&ordre=asc', 'Année', 'descending'],
    ['an unknown direction', '?tri=budget&ordre=haut', 'Coût total', 'descending'],
    ['an empty column', '?tri=&ordre=', 'Année', 'descending'],
    ['a direction alone', '?ordre=asc', 'Année', 'ascending'],
  ])('falls back on %s (%s)', async (_, search, column, direction) => {
    renderApp(`/actions${search}`);
    await table();
    expect(header(column)).toHaveAttribute('aria-sort', direction);
    expect(screen.getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
  });

  it('says so when the filter matches nothing', async () => {
    renderApp('/actions?recherche=zzz-introuvable');
    expect(await screen.findByText('Aucune action ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('renders the rows of the window as the page scrolls', async () => {
    renderApp('/actions');
    const grid = await table();
    const total = mockActions().length;
    scrollWindowTo(1_000 * total);
    await waitFor(() => expect(dataRows().at(-1)).toHaveAttribute('aria-rowindex', String(total + 1)));
    expect(dataRows().length).toBeLessThan(40);
    expect(rowTitles().at(-1)).toBe(byDefault(mockActions()).at(-1)?.title);
    // The first rows have left the DOM.
    expect(Number(dataRows()[0]?.getAttribute('aria-rowindex'))).toBeGreaterThan(total - 40);
    expect(grid.querySelector('tbody > tr[aria-hidden="true"]:first-child')).not.toBeNull();
  });

  it('keeps only a window of rows in the DOM with 100 000 actions', { timeout: 120_000 }, async () => {
    mockMode({ actions: 100_000 });
    renderApp('/actions?tri=budget&ordre=desc');
    const grid = await screen.findByRole('table', { name: /^Actions triées par/ }, { timeout: 100_000 });
    expect(grid).toHaveAttribute('aria-rowcount', '100001');
    expect(count(100_000)).toBeInTheDocument();
    const rows = dataRows();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.length).toBeLessThan(50);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    const top = Math.max(
      ...mockContract({ actions: 100_000, seed: 46 }).actions.map((a) => a.budget.totalCost),
    );
    expect(cellTexts(rows[0] as HTMLElement).at(-1)).toBe(formatEuros(top));
    // A spacer row stands for the rows below.
    const spacer = grid.querySelector('tbody > tr[aria-hidden="true"]:last-child td') as HTMLElement;
    expect(Number.parseFloat(spacer.style.height)).toBeGreaterThan(100_000 * 40);
  });
});
