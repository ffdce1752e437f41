import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { BarChartFigure, type BarChartFigureProps } from '../../../src/components/charts/bar-chart-figure';
import {
  type BarRow,
  type BarSeries,
  barChartHeight,
  barChartLayout,
  CATEGORY_GAP,
  categoryAxisWidth,
  estimateTextWidth,
  MAX_CATEGORY_WIDTH,
  MAX_LABEL_LINES,
  MIN_CATEGORY_AXIS_WIDTH,
  MIN_CATEGORY_WIDTH,
  TICK_MARGIN,
  wrapLabel,
} from '../../../src/components/charts/bar-chart-model';
import { CHART_LINE_HEIGHT } from '../../../src/components/charts/chart-figure';

const PARTICIPATION = 'PARTICIPATION DES HABITANTS ET CITOYENNETE';
const DISCRIMINATIONS = 'LUTTE CONTRE LES DISCRIMINATIONS ET EGALITE HOMMES-FEMMES';

const oneSeries: BarSeries[] = [{ key: 'coverage', label: 'Objectifs couverts', colorVar: '--chart-1' }];
const twoSeries: BarSeries[] = [
  { key: 'planned', label: 'Prévu', colorVar: '--chart-1' },
  { key: 'spent', label: 'Dépensé', colorVar: '--chart-2' },
];

const coverageRows: BarRow[] = [
  {
    key: 'participation',
    label: PARTICIPATION,
    href: '/axes/participation',
    values: { coverage: 80 },
    valueLabels: { coverage: '80 % (12/15)' },
  },
  { key: 'discriminations', label: DISCRIMINATIONS, values: { coverage: null }, valueLabels: {} },
  { key: 'emploi', label: 'Emploi', values: { coverage: 25 }, valueLabels: { coverage: '25 % (1/4)' } },
];

const budgetRows: BarRow[] = [
  {
    key: 'emploi',
    label: 'Emploi',
    values: { planned: 1_234_567, spent: 600_000 },
    valueLabels: { planned: '1 234 567 €', spent: '600 000 €' },
  },
  {
    key: 'sante',
    label: 'Santé',
    values: { planned: 300_000, spent: null },
    valueLabels: { planned: '300 000 €' },
  },
];

const renderBars = (props: Partial<BarChartFigureProps> = {}) => {
  const view = render(
    <MemoryRouter>
      <BarChartFigure
        title="Couverture des axes"
        summary="Part des objectifs opérationnels couverts, par axe."
        series={oneSeries}
        rows={coverageRows}
        domainMax={100}
        categoryHeader="Axe"
        {...props}
      />
    </MemoryRouter>,
  );
  const svg = () => view.container.querySelector('svg.recharts-surface') as SVGSVGElement;
  return { ...view, svg };
};

/** The lines of a wrapped label, put back together (a line may end after the hyphen of a compound). */
const joinLines = (lines: Array<string | null>) => lines.join(' ').replace(/- /g, '-');

const svgTexts = (svg: SVGSVGElement, selector: string) =>
  [...svg.querySelectorAll(selector)].map((text) =>
    text.querySelector('tspan')
      ? joinLines([...text.querySelectorAll('tspan')].map((line) => line.textContent))
      : text.textContent,
  );

describe('BarChartFigure', () => {
  it('draws one bar per given value, none for a value that is not given', () => {
    const { svg } = renderBars();
    expect(svg().querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
  });

  it('writes every value at the end of its bar, and "non renseigné" instead of a missing bar', () => {
    const { svg } = renderBars();
    expect(svgTexts(svg(), '.chart-value-label')).toEqual(['80 % (12/15)', '25 % (1/4)']);
    expect(svgTexts(svg(), '.chart-missing-value')).toEqual(['non renseigné']);
  });

  it.each([
    ['with', 100],
    ['without', undefined],
  ])(
    'writes the row\'s own words for missing values ("aucune action"), even when no row has a value (%s a fixed scale)',
    (_, domainMax) => {
      const rows: BarRow[] = [
        { key: 'a', label: 'P1.1.1', values: { coverage: null }, valueLabels: { coverage: 'aucune action' } },
        { key: 'b', label: 'P1.1.2', values: { coverage: null }, valueLabels: {} },
      ];
      const { svg } = renderBars({ rows, domainMax });
      expect(svg().querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
      expect(svgTexts(svg(), '.chart-missing-value')).toEqual(['aucune action', 'non renseigné']);
      expect(screen.getByRole('cell', { name: 'aucune action' })).toBeInTheDocument();
    },
  );

  it('puts each value label just past the end of its bar', () => {
    const { svg } = renderBars();
    const bar = svg().querySelector('.recharts-bar-rectangle path') as SVGPathElement;
    const label = svg().querySelector('.chart-value-label') as SVGTextElement;
    const barEnd = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(Number(label.getAttribute('x'))).toBeGreaterThan(barEnd);
    expect(Number(label.getAttribute('x'))).toBeLessThan(barEnd + 20);
  });

  it('writes the category labels on up to three lines', () => {
    const { svg } = renderBars();
    expect(svgTexts(svg(), '.chart-category-label')).toEqual([PARTICIPATION, DISCRIMINATIONS, 'Emploi']);
    for (const label of svg().querySelectorAll('.chart-category-label')) {
      expect(label.querySelectorAll('tspan').length).toBeLessThanOrEqual(MAX_LABEL_LINES);
    }
  });

  it('names the chart for screen readers and hides its SVG', () => {
    const { svg } = renderBars();
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Couverture des axes. Part des objectifs opérationnels couverts, par axe. Les valeurs sont dans le tableau des données qui suit.',
    );
    expect(svg().closest('[aria-hidden="true"]')).not.toBeNull();
    // Nothing inside the hidden SVG may take the keyboard focus.
    expect(svg()).not.toHaveAttribute('tabindex');
  });

  it('holds the same values in the data table, with the category as a row header and link', async () => {
    const user = userEvent.setup();
    renderBars();
    await user.click(screen.getByText('Tableau des données : Couverture des axes'));
    const table = screen.getByRole('table', { name: 'Couverture des axes' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Axe', 'Objectifs couverts']);
    const [, first, second, third] = within(table).getAllByRole('row') as HTMLElement[];
    const header = within(first as HTMLElement).getByRole('rowheader');
    expect(header).toHaveAttribute('scope', 'row');
    expect(within(header).getByRole('link', { name: PARTICIPATION })).toHaveAttribute(
      'href',
      '/axes/participation',
    );
    expect(within(first as HTMLElement).getByRole('cell')).toHaveTextContent('80 % (12/15)');
    expect(within(second as HTMLElement).getByRole('rowheader')).toHaveTextContent(DISCRIMINATIONS);
    expect(within(second as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
    expect(within(second as HTMLElement).getByRole('cell')).toHaveTextContent('non renseigné');
    expect(within(third as HTMLElement).getByRole('cell')).toHaveTextContent('25 % (1/4)');
  });

  it('makes the label of a category that has a page a link, over its place in the drawing', () => {
    const { svg } = renderBars({ categoryLinksLabel: 'Pages des axes' });
    const links = screen.getByRole('list', { name: 'Pages des axes' });
    // Outside the image, whose contents assistive technologies do not see, and in the Tab order.
    expect(screen.getByRole('img')).not.toContainElement(links);
    const link = within(links).getByRole('link', { name: PARTICIPATION });
    expect(link).toHaveAttribute('href', '/axes/participation');
    // Only the categories that have a page: the first row of three.
    expect(within(links).getAllByRole('link')).toHaveLength(1);
    expect((link.closest('li') as HTMLElement).style.getPropertyValue('--category-index')).toBe('0');
    // The drawing keeps its own labels, for the exported image and the printed page.
    expect(svgTexts(svg(), '.chart-category-label')).toContain(PARTICIPATION);
  });

  it('has no label links when no category has a page', () => {
    renderBars({ rows: coverageRows.map(({ href: _href, ...row }) => row) });
    expect(screen.queryByRole('list', { name: /Pages/ })).not.toBeInTheDocument();
  });

  it('while loading, lays the chart out for the categories to come, and already links their labels', () => {
    const categories = coverageRows.map(({ key, label }) => ({ key, label, href: `/axes/${key}` }));
    const { container } = renderBars({
      rows: [],
      state: 'loading',
      loadingCategories: categories,
      categoryLinksLabel: 'Pages des axes',
    });
    const expected = barChartLayout(
      categories.map((category) => category.label),
      oneSeries.length,
    ).height;
    expect(container.querySelector('.chart-skeleton')).toHaveStyle({ height: `${expected}px` });
    const links = within(screen.getByRole('list', { name: 'Pages des axes' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(categories.map((c) => c.href));
  });

  it('uses the given column headers and extra columns in the table', () => {
    renderBars({
      valueHeader: { coverage: 'Part des objectifs couverts' },
      extraColumns: [{ key: 'actions', header: 'Actions', numeric: true }],
      rows: coverageRows.map((row, index) => ({ ...row, extraCells: { actions: String(index + 1) } })),
    });
    const table = screen.getByRole('table', { hidden: true });
    expect(
      within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((cell) => cell.textContent),
    ).toEqual(['Axe', 'Part des objectifs couverts', 'Actions']);
    expect(within(table).getAllByRole('row', { hidden: true })[3]).toHaveTextContent('3');
  });

  it('draws grouped bars, the second series hatched, with an HTML legend', () => {
    const { svg } = renderBars({ series: twoSeries, rows: budgetRows, domainMax: undefined });
    const bars = [...svg().querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars).toHaveLength(3);
    const fills = bars.map((bar) => bar.getAttribute('fill'));
    expect(fills.filter((fill) => fill?.startsWith('var(--chart-1'))).toHaveLength(2);
    const hatched = fills.filter((fill) => fill?.startsWith('url(#'));
    expect(hatched).toHaveLength(1);
    const patternId = hatched[0]?.slice(5, -1) ?? '';
    expect(svg().querySelector(`pattern[id="${patternId}"]`)).not.toBeNull();
    expect(svgTexts(svg(), '.chart-value-label')).toEqual(['1 234 567 €', '300 000 €', '600 000 €']);
    expect(svgTexts(svg(), '.chart-missing-value')).toEqual(['non renseigné']);

    const legend = screen.getByRole('list', { name: 'Légende' });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Prévu', 'Dépensé']);
    expect(items[0]?.querySelector('.chart-swatch')).not.toHaveClass('chart-swatch--hatched');
    expect(items[1]?.querySelector('.chart-swatch')).toHaveClass('chart-swatch--hatched');
  });

  it('writes "non renseigné" where the missing bar of its series would start', () => {
    const { svg } = renderBars({ series: twoSeries, rows: budgetRows, domainMax: undefined });
    // Emploi's two bars, then Santé's planned one: the lowest bar.
    const planned = [...svg().querySelectorAll('.recharts-bar-rectangle path')].sort(
      (a, b) => Number(a.getAttribute('y')) - Number(b.getAttribute('y')),
    )[2];
    const missing = svg().querySelector('.chart-missing-value') as SVGTextElement;
    // Same row as the "Santé" planned bar, one bar further down, from the start of the bars.
    const plannedY = Number(planned?.getAttribute('y'));
    const plannedHeight = Number(planned?.getAttribute('height'));
    expect(Number(missing.getAttribute('y'))).toBeGreaterThan(plannedY + plannedHeight);
    expect(Number(missing.getAttribute('y'))).toBeLessThan(plannedY + 2 * plannedHeight + 10);
    expect(Number(missing.getAttribute('x'))).toBeGreaterThanOrEqual(Number(planned?.getAttribute('x')));
  });

  it('has no legend for a single series', () => {
    renderBars();
    expect(screen.queryByRole('list', { name: 'Légende' })).not.toBeInTheDocument();
  });

  it('draws a real zero as a value, not as missing', () => {
    const { svg } = renderBars({
      rows: [{ key: 'a', label: 'Emploi', values: { coverage: 0 }, valueLabels: { coverage: '0 % (0/4)' } }],
    });
    expect(svg().querySelectorAll('.recharts-bar-rectangle')).toHaveLength(1);
    expect(svgTexts(svg(), '.chart-value-label')).toEqual(['0 % (0/4)']);
    expect(svg().querySelector('.chart-missing-value')).toBeNull();
  });

  it('is as tall as its layout says, and so is its loading skeleton', () => {
    const { svg, container, rerender } = renderBars({ series: twoSeries, rows: budgetRows });
    const expected = barChartLayout(
      budgetRows.map((row) => row.label),
      twoSeries.length,
    ).height;
    expect(screen.getByRole('img')).toHaveStyle({ height: `${expected}px` });
    expect(svg()).toHaveAttribute('height', String(expected));

    rerender(
      <MemoryRouter>
        <BarChartFigure
          title="Budget"
          summary="Budget par axe."
          series={twoSeries}
          rows={budgetRows}
          state="loading"
        />
      </MemoryRouter>,
    );
    expect(container.querySelector('.chart-skeleton')).toHaveStyle({ height: `${expected}px` });
  });

  it('makes room for the expected number of rows while none has arrived', () => {
    const { container } = renderBars({ rows: [], state: 'loading', loadingRowCount: 6 });
    expect(container.querySelector('.chart-skeleton')).toHaveStyle({ height: `${barChartHeight(6, 1)}px` });
  });

  it('says so when there is no row to draw', () => {
    renderBars({ rows: [] });
    expect(screen.getByRole('status')).toHaveTextContent('Aucune action ne correspond à ces filtres.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('reports an error and retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderBars({ state: 'error', errorMessage: 'Les actions n’ont pas pu être chargées.', onRetry });
    expect(screen.getByRole('alert')).toHaveTextContent('Les actions n’ont pas pu être chargées.');
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('barChartHeight', () => {
  it('grows with the rows, the lines of label and the series, and keeps room for one row', () => {
    expect(barChartHeight(4, 1)).toBeGreaterThan(barChartHeight(3, 1));
    expect(barChartHeight(3, 1, 3)).toBeGreaterThan(barChartHeight(3, 1, 2));
    expect(barChartHeight(3, 3, 1)).toBeGreaterThan(barChartHeight(3, 2, 1));
    expect(barChartHeight(0, 1)).toBe(barChartHeight(1, 1));
    // Three lines of an 18 px label fit in a row by default.
    expect(barChartHeight(2, 1) - barChartHeight(1, 1)).toBeGreaterThanOrEqual(3 * 18);
  });
});

describe('barChartLayout', () => {
  const DOMAINS = [
    'LA JEUNESSE',
    "LA LUTTE CONTRE LES DISCRIMINATIONS ET L'EGALITE HOMMES-FEMMES",
    'PARTICIPATION DES HABITANTS, ET EXERCICE DE LA CITOYENNETE',
    'COHESION SOCIALE',
  ];
  const TERRITORIES = ['Terre-Rouge', 'Sainte-Valérie', 'Les Escales'];

  it('gives short labels one line and a column no wider than the longest', () => {
    const layout = barChartLayout(TERRITORIES, 2);
    expect(layout.labelLines).toBe(1);
    const longest = Math.max(...TERRITORIES.map((label) => estimateTextWidth(label)));
    expect(layout.categoryWidth).toBeGreaterThanOrEqual(longest);
    expect(layout.categoryWidth).toBeLessThan(longest + 20);
    // A category as tall as its two bars and their gap, not as three lines of label.
    expect(layout.band).toBe(2 * 22 + 2 + CATEGORY_GAP);
  });

  it('wraps long labels on as few lines as fit the widest column, uncut', () => {
    const layout = barChartLayout(DOMAINS, 2);
    expect(layout.labelLines).toBe(2);
    expect(layout.categoryWidth).toBeLessThanOrEqual(MAX_CATEGORY_WIDTH);
    for (const label of DOMAINS) {
      const lines = wrapLabel(label, layout.categoryWidth, layout.labelLines);
      expect(joinLines(lines)).toBe(label);
    }
    expect(layout.band).toBeGreaterThanOrEqual(2 * CHART_LINE_HEIGHT);
    expect(layout.height).toBe(barChartHeight(DOMAINS.length, 2, 2));
  });

  it('cuts on three lines what even the widest column cannot hold', () => {
    const layout = barChartLayout(['mot '.repeat(200)], 1);
    expect(layout).toMatchObject({ categoryWidth: MAX_CATEGORY_WIDTH, labelLines: MAX_LABEL_LINES });
    expect(layout.band).toBeGreaterThanOrEqual(MAX_LABEL_LINES * CHART_LINE_HEIGHT);
  });

  it('on a narrow chart, narrows the column to its share of the chart and gives the labels more lines', () => {
    const wide = barChartLayout(DOMAINS, 2);
    const narrow = barChartLayout(DOMAINS, 2, 700);
    expect(narrow.categoryWidth).toBeLessThanOrEqual(
      categoryAxisWidth(MAX_CATEGORY_WIDTH, 700) - TICK_MARGIN,
    );
    expect(narrow.labelLines).toBe(3);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const label of DOMAINS) {
      expect(joinLines(wrapLabel(label, narrow.categoryWidth, narrow.labelLines))).toBe(label);
    }
    // A wide chart, measured or not, has the same layout.
    expect(barChartLayout(DOMAINS, 2, 1600)).toEqual(wide);
  });

  it('never makes the column narrower than its minimum', () => {
    expect(barChartLayout(['A', 'B'], 1).categoryWidth).toBe(MIN_CATEGORY_WIDTH);
  });
});

describe('categoryAxisWidth', () => {
  it('is the labels’ width and margin on a wide chart, a share of a narrow one, never under its minimum', () => {
    expect(categoryAxisWidth(300, 1200)).toBe(300 + TICK_MARGIN);
    expect(categoryAxisWidth(300, 500)).toBe(Math.round(500 * 0.45));
    expect(categoryAxisWidth(300, 200)).toBe(MIN_CATEGORY_AXIS_WIDTH);
  });
});

describe('wrapLabel', () => {
  it('may break after the hyphen of a compound word', () => {
    expect(wrapLabel('EGALITE HOMMES-FEMMES', estimateTextWidth('EGALITE HOMMES-'))).toEqual([
      'EGALITE HOMMES-',
      'FEMMES',
    ]);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapLabel('ANTIDISCRIMINATIONS', 100);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(100);
  });

  it('keeps a short label on one line', () => {
    expect(wrapLabel('Emploi', 300)).toEqual(['Emploi']);
  });

  it('wraps a long label into lines that fit, at most three', () => {
    const lines = wrapLabel(DISCRIMINATIONS, 300);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(joinLines(lines)).toBe(DISCRIMINATIONS);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(300);
  });

  it('ends with an ellipsis what does not fit on three lines', () => {
    const lines = wrapLabel(DISCRIMINATIONS, 120);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(DISCRIMINATIONS.startsWith(joinLines(lines).slice(0, -1))).toBe(true);
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(120);
  });
});
