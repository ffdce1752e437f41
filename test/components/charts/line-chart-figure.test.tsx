import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LineChartFigure, type LineChartFigureProps } from '../../../src/components/charts/line-chart-figure';
import {
  formatShortDate,
  type LineRow,
  type LineSeries,
  lineChartHeight,
} from '../../../src/components/charts/line-chart-model';

const series: LineSeries[] = [
  { key: 'engaged', label: 'Actions engagées', colorVar: '--chart-1' },
  { key: 'done', label: 'Actions terminées', colorVar: '--chart-2' },
];

// Given out of order: the chart sorts by date.
const rows: LineRow[] = [
  { date: '2024-06-30', values: { engaged: 45, done: null }, valueLabels: { engaged: '45 %' } },
  { date: '2023-12-31', values: { engaged: 20, done: 10 }, valueLabels: { engaged: '20 %', done: '10 %' } },
  { date: '2024-12-31', values: { engaged: 70, done: 30 }, valueLabels: { engaged: '70 %', done: '30 %' } },
];

const renderLines = (props: Partial<LineChartFigureProps> = {}) => {
  const view = render(
    <LineChartFigure
      title="Avancement des actions"
      summary="Part des actions engagées et terminées, à chaque date de suivi."
      series={series}
      rows={rows}
      {...props}
    />,
  );
  const svg = () => view.container.querySelector('svg.recharts-surface') as SVGSVGElement;
  return { ...view, svg };
};

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe('LineChartFigure', () => {
  it('marks every given point, with one marker shape per series', () => {
    const { svg } = renderLines();
    expect(svg().querySelectorAll('.recharts-line')).toHaveLength(2);
    // Recharts draws the dots in a layer of their own: count them by shape.
    expect(svg().querySelectorAll('.chart-marker--circle')).toHaveLength(3);
    expect(svg().querySelectorAll('.chart-marker--square')).toHaveLength(2);
    expect(svg().querySelectorAll('.chart-marker')).toHaveLength(5);
  });

  it('writes the value of every point in the SVG', () => {
    const { svg } = renderLines();
    expect(texts(svg(), '.chart-value-label')).toEqual(['20 %', '45 %', '70 %', '10 %', '30 %']);
  });

  it('writes the dates as dd/mm/yyyy along the time axis, in order', () => {
    const { svg } = renderLines();
    expect(texts(svg(), '.recharts-xAxis-tick-labels text')).toEqual([
      '31/12/2023',
      '30/06/2024',
      '31/12/2024',
    ]);
    expect(texts(svg(), '.recharts-yAxis-tick-labels text')).toEqual([
      '0\u00a0%',
      '25\u00a0%',
      '50\u00a0%',
      '75\u00a0%',
      '100\u00a0%',
    ]);
  });

  it('places the dates in proportion to the time between them', () => {
    const { svg } = renderLines();
    const [first, middle, last] = [...svg().querySelectorAll('.recharts-xAxis-tick-labels text')].map(
      (text) => Number(text.getAttribute('x')),
    ) as [number, number, number];
    // 182 days, then 184.
    expect((middle - first) / (last - first)).toBeCloseTo(182 / 366, 2);
  });

  it('names the chart for screen readers and hides its SVG', () => {
    const { svg } = renderLines();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Avancement des actions. Part des actions engagées et terminées, à chaque date de suivi. Les valeurs sont dans le tableau des données qui suit.',
    );
    expect(svg().closest('[aria-hidden="true"]')).not.toBeNull();
    expect(svg()).not.toHaveAttribute('tabindex');
  });

  it('shows a legend with the marker of each series', () => {
    renderLines();
    const legend = screen.getByRole('list', { name: 'Légende' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Actions engagées', 'Actions terminées']);
    expect(items[0]?.querySelector('.chart-marker--circle')).not.toBeNull();
    expect(items[1]?.querySelector('.chart-marker--square')).not.toBeNull();
  });

  it('holds the same values in the data table: one row per date, one column per series', async () => {
    const user = userEvent.setup();
    renderLines();
    await user.click(screen.getByText('Tableau des données : Avancement des actions'));
    const table = screen.getByRole('table', { name: 'Avancement des actions' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Date', 'Actions engagées', 'Actions terminées']);
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '31/12/2023',
      '30/06/2024',
      '31/12/2024',
    ]);
    expect(
      within(bodyRows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['45 %', 'non renseigné']);
    expect(
      within(bodyRows[0] as HTMLElement)
        .getByRole('rowheader')
        .querySelector('time'),
    ).toHaveAttribute('dateTime', '2023-12-31');
  });

  it('draws a single date without breaking', () => {
    const { svg } = renderLines({ series: [series[0] as LineSeries], rows: [rows[0] as LineRow] });
    expect(svg().querySelectorAll('.chart-marker')).toHaveLength(1);
    expect(texts(svg(), '.chart-value-label')).toEqual(['45 %']);
    expect(screen.queryByRole('list', { name: 'Légende' })).not.toBeInTheDocument();
  });

  it('keeps the chart height for its loading skeleton', () => {
    const { container, rerender } = renderLines();
    expect(screen.getByRole('img')).toHaveStyle({ height: `${lineChartHeight()}px` });
    rerender(
      <LineChartFigure title="Avancement" summary="Actions." series={series} rows={[]} state="loading" />,
    );
    expect(container.querySelector('.chart-skeleton')).toHaveStyle({ height: `${lineChartHeight()}px` });
  });

  it('says so when there is no date to draw', () => {
    renderLines({ rows: [], emptyMessage: 'Aucun suivi n’a encore été publié.' });
    expect(screen.getByRole('status')).toHaveTextContent('Aucun suivi n’a encore été publié.');
  });

  it('reports an error and retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderLines({ state: 'error', onRetry });
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('formatShortDate', () => {
  it('writes a calendar date as dd/mm/yyyy, whatever the time zone', () => {
    expect(formatShortDate('2024-01-01')).toBe('01/01/2024');
    expect(formatShortDate('2023-12-31T23:30:00+01:00')).toBe('31/12/2023');
  });
});
