import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartFigure, type ChartTable } from '../../../src/components/charts/chart-figure';
import { lazyPlot } from '../../../src/components/charts/lazy-plot';

const table: ChartTable = {
  rowHeader: 'Axe',
  columns: [{ key: 'part', header: 'Part couverte', numeric: true }],
  rows: [{ key: 'a', header: 'Emploi', cells: { part: { text: '80 %', value: 80 } } }],
};

/** Two charts side by side, as on a page: the first one's drawing may fail. */
const Page = ({ drawing }: { drawing: React.ReactNode }) => (
  <main>
    <h1>Vue d’ensemble</h1>
    <ChartFigure title="Couverture" summary="Part des objectifs couverts." height={240} table={table}>
      {drawing}
    </ChartFigure>
    <ChartFigure title="Avancement" summary="Avancement moyen." height={240} table={table}>
      <svg data-testid="second-chart" />
    </ChartFigure>
  </main>
);

/** Whether the drawing below throws, as a render error in recharts would. */
let drawingBroken = true;
const Drawing = () => {
  if (drawingBroken) throw new Error('échelle impossible');
  return <svg data-testid="first-chart" />;
};

describe('a chart that cannot be drawn', () => {
  it('says so in its own place, and the page, its other charts and its data table stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    drawingBroken = true;
    render(<Page drawing={<Drawing />} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Ce graphique n’a pas pu être affiché');
    expect(alert).toHaveTextContent('tableau des données');
    expect(screen.getByRole('heading', { name: 'Vue d’ensemble' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Couverture' })).toBeInTheDocument();
    expect(screen.getByText('Tableau des données : Couverture')).toBeInTheDocument();
    expect(screen.getByTestId('second-chart')).toBeInTheDocument();

    // Once the cause is gone, "Réessayer" draws it.
    drawingBroken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByTestId('first-chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the skeleton while its drawing loads, then the drawing', async () => {
    let resolve: (component: () => React.JSX.Element) => void = () => {};
    const plot = lazyPlot<{ height: number }>(() => new Promise((done) => (resolve = done)));
    const { container } = render(<Page drawing={<plot.Plot height={240} />} />);
    expect(container.querySelector('.chart-skeleton')).toBeInTheDocument();
    resolve(() => <svg data-testid="first-chart" />);
    expect(await screen.findByTestId('first-chart')).toBeInTheDocument();
    expect(container.querySelector('.chart-skeleton')).not.toBeInTheDocument();
  });

  it('loads its drawing again on "Réessayer" when the first load failed (offline)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <svg data-testid="first-chart" />);
    const plot = lazyPlot<{ height: number }>(load);
    render(<Page drawing={<plot.Plot height={240} />} />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce graphique n’a pas pu être affiché');
    expect(screen.getByTestId('second-chart')).toBeInTheDocument();
    // Not retried on its own (offline, that would loop): only when asked.
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByTestId('first-chart')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('draws a loaded drawing in the same render, without a skeleton', async () => {
    const plot = lazyPlot<{ height: number }>(async () => () => <svg data-testid="first-chart" />);
    await plot.preload();
    render(<Page drawing={<plot.Plot height={240} />} />);
    expect(screen.getByTestId('first-chart')).toBeInTheDocument();
  });
});
