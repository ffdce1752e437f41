import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ChartFigure,
  type ChartFigureProps,
  chartAriaLabel,
} from '../../../src/components/charts/chart-figure';
import { DEFAULT_EMPTY_MESSAGE } from '../../../src/components/charts/empty-chart-message';

const table: ChartFigureProps['table'] = {
  rowHeader: 'Axe',
  columns: [{ key: 'part', header: 'Part couverte', numeric: true }],
  rows: [
    { key: 'a', header: 'Emploi', cells: { part: { text: '80 %' } } },
    { key: 'b', header: 'Santé', cells: { part: { text: 'non renseigné', missing: true } } },
  ],
};

const renderFigure = (props: Partial<ChartFigureProps> = {}) =>
  render(
    <ChartFigure
      title="Couverture"
      summary="Part des objectifs couverts."
      height={240}
      table={table}
      {...props}
    >
      <svg data-testid="chart" />
    </ChartFigure>,
  );

describe('ChartFigure', () => {
  it('gives the chart a heading (level 3 by default), a summary and the rule', () => {
    renderFigure({ rule: 'Part des objectifs opérationnels ayant au moins une action.' });
    const figure = screen.getByRole('figure', { name: 'Couverture' });
    expect(within(figure).getByRole('heading', { level: 3, name: 'Couverture' })).toBeInTheDocument();
    expect(within(figure).getByText('Part des objectifs couverts.')).toBeInTheDocument();
    expect(
      within(figure)
        .getByText(/au moins une action/)
        .closest('details'),
    ).toHaveClass('chart-rule');
  });

  it('draws the chart right under its heading and legend; the summary and the rule come after it', () => {
    renderFigure({
      rule: 'Part des objectifs opérationnels ayant au moins une action.',
      legend: <ul aria-label="Légende" />,
    });
    const figure = screen.getByRole('figure', { name: 'Couverture' });
    const order = [
      within(figure).getByRole('heading', { name: 'Couverture' }),
      within(figure).getByRole('list', { name: 'Légende' }),
      within(figure).getByRole('img'),
      within(figure).getByText('Part des objectifs couverts.'),
      within(figure).getByText(/au moins une action/),
      within(figure).getByText(/^Tableau des données/),
    ];
    for (const [index, element] of order.slice(1).entries()) {
      // Each one after the one before it, in the page's reading order.
      expect(order[index]?.compareDocumentPosition(element)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    }
  });

  it('folds the rule under « Comment est-ce calculé ? », which names its chart', async () => {
    const user = userEvent.setup();
    renderFigure({ rule: 'Part des objectifs opérationnels ayant au moins une action.' });
    const summary = screen.getByText('Comment est-ce calculé ?', { exact: false, selector: 'summary' });
    // Each chart's disclosure says which chart it is about, to a screen reader that lists them.
    expect(summary).toHaveTextContent('Comment est-ce calculé ? (Couverture)');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    // (Opened with the keyboard in Chromium: test/e2e/dashboard.e2e.ts.)
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(screen.getByText(/au moins une action/)).toBeVisible();
  });

  it('has no « Comment est-ce calculé ? » without a rule', () => {
    renderFigure();
    expect(screen.queryByText(/Comment est-ce calculé/)).not.toBeInTheDocument();
  });

  it('takes another heading level', () => {
    renderFigure({ headingLevel: 2 });
    expect(screen.getByRole('heading', { level: 2, name: 'Couverture' })).toBeInTheDocument();
  });

  it('names the drawn chart as an image and hides the SVG from assistive technologies', () => {
    renderFigure();
    const image = screen.getByRole('img');
    expect(image).toHaveAccessibleName(
      'Couverture. Part des objectifs couverts. Les valeurs sont dans le tableau des données qui suit.',
    );
    expect(screen.getByTestId('chart').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(image).toHaveStyle({ height: '240px' });
  });

  it('adds a full stop after a title that has none, but not a second one', () => {
    expect(chartAriaLabel('Avancement', 'Actions engagées.')).toBe(
      'Avancement. Actions engagées. Les valeurs sont dans le tableau des données qui suit.',
    );
  });

  it('offers the values as a table, folded under a summary', async () => {
    const user = userEvent.setup();
    renderFigure();
    const summary = screen.getByText('Tableau des données : Couverture');
    expect(summary.tagName).toBe('SUMMARY');
    await user.click(summary);
    const dataTable = screen.getByRole('table', { name: 'Couverture' });
    expect(within(dataTable).getByRole('columnheader', { name: 'Axe' })).toHaveAttribute('scope', 'col');
    expect(within(dataTable).getByRole('columnheader', { name: 'Part couverte' })).toBeInTheDocument();
    const rows = within(dataTable).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader', { name: 'Emploi' })).toHaveAttribute(
      'scope',
      'row',
    );
    expect(within(rows[1] as HTMLElement).getByRole('cell')).toHaveTextContent('80 %');
    expect(within(rows[2] as HTMLElement).getByRole('cell')).toHaveClass('missing');
  });

  it('shows a skeleton of exactly the chart height while loading, and no chart nor table', () => {
    const { container } = renderFigure({ state: 'loading' });
    const skeleton = container.querySelector('.chart-skeleton');
    expect(skeleton).toHaveStyle({ height: '240px' });
    expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Chargement du graphique');
    expect(screen.getByRole('figure')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the legend while loading too, above the skeleton, so the chart does not move down', () => {
    const legend = <ul aria-label="Légende">{<li>Couverture</li>}</ul>;
    const { container, rerender } = renderFigure({ state: 'loading', legend });
    const loadingLegend = screen.getByRole('list', { name: 'Légende' });
    expect(
      loadingLegend.compareDocumentPosition(container.querySelector('.chart-skeleton') as Node) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    rerender(
      <ChartFigure
        title="Couverture"
        summary="Part des objectifs couverts."
        height={240}
        table={table}
        legend={legend}
      >
        <svg data-testid="chart" />
      </ChartFigure>,
    );
    expect(screen.getAllByRole('list', { name: 'Légende' })).toHaveLength(1);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });

  it('says when nothing matches, in the same space as the chart', () => {
    const { container } = renderFigure({ state: 'empty' });
    expect(screen.getByRole('status')).toHaveTextContent(DEFAULT_EMPTY_MESSAGE);
    expect(container.querySelector('.chart-empty')).toHaveStyle({ height: '240px' });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByText(/Tableau des données/)).not.toBeInTheDocument();
  });

  it('takes another empty message', () => {
    renderFigure({ state: 'empty', emptyMessage: 'Aucun objectif dans ce pilier.' });
    expect(screen.getByRole('status')).toHaveTextContent('Aucun objectif dans ce pilier.');
  });

  it('reports an error with a retry button', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderFigure({ state: 'error', errorMessage: 'Le serveur ne répond pas.', onRetry });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Le serveur ne répond pas.');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
  });

  it('has a default error message, and no button without a retry', () => {
    renderFigure({ state: 'error' });
    expect(screen.getByRole('alert')).toHaveTextContent(/n’ont pas pu être chargées/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
