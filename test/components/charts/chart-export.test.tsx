import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChartFigure, type BarChartFigureProps } from '../../../src/components/charts/bar-chart-figure';
import type { BarRow, BarSeries } from '../../../src/components/charts/bar-chart-model';
import { chartToPngBlob, standaloneChartSvg } from '../../../src/components/charts/chart-export';
import { ChartFigure } from '../../../src/components/charts/chart-figure';
import { CHART_PALETTE } from '../../../src/components/charts/chart-palette';
import { LineChartFigure } from '../../../src/components/charts/line-chart-figure';

const SVG_NS = 'http://www.w3.org/2000/svg';

// The palette's own values: the export writes the fallback of each var(), as no stylesheet is loaded here.
const [chart1, chart2, chart3] = CHART_PALETTE.map((color) => color.hex);

const series: BarSeries[] = [
  { key: 'coverage', label: 'Couverture', colorVar: '--chart-1' },
  { key: 'progress', label: 'Avancement moyen', colorVar: '--chart-2' },
];

const rows: BarRow[] = [
  {
    key: 'emploi',
    label: 'Emploi',
    values: { coverage: 80, progress: 45 },
    valueLabels: { coverage: '80 % (12/15)', progress: '45 %' },
  },
  {
    key: 'sante',
    label: 'Santé',
    values: { coverage: 25, progress: null },
    valueLabels: { coverage: '25 %' },
  },
];

const TITLE = 'Couverture et avancement par pilier et axe';

const renderBars = (props: Partial<BarChartFigureProps> = {}) => {
  const view = render(
    <MemoryRouter>
      <BarChartFigure
        title={TITLE}
        summary="Part des objectifs couverts et avancement moyen, par axe."
        series={series}
        rows={rows}
        domainMax={100}
        categoryHeader="Axe"
        {...props}
      />
    </MemoryRouter>,
  );
  return view.container.querySelector('.chart-figure') as HTMLElement;
};

const parse = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement;
};

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

afterEach(() => {
  document.documentElement.style.removeProperty('--chart-1');
});

describe('standaloneChartSvg', () => {
  it('makes one SVG document, on white, sized around the chart', () => {
    const figure = renderBars();
    const chart = figure.querySelector('svg.recharts-surface') as SVGSVGElement;
    const { svg, width, height } = standaloneChartSvg(figure);
    const root = parse(svg);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(svg).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    const chartWidth = Number(chart.getAttribute('width'));
    const chartHeight = Number(chart.getAttribute('height'));
    expect(width).toBe(chartWidth + 32);
    expect(height).toBeGreaterThan(chartHeight);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const background = root.querySelector(':scope > rect') as Element;
    expect(background.getAttribute('fill')).toBe('#ffffff');
    expect(background.getAttribute('height')).toBe(String(height));
  });

  it('writes the title in bold on top, then the legend, then the chart', () => {
    const { svg } = standaloneChartSvg(renderBars());
    const root = parse(svg);
    expect(root.querySelector(':scope > title')?.textContent).toBe(TITLE);
    const title = root.querySelector('.export-title') as Element;
    expect(title.textContent).toBe(TITLE);
    expect(title.getAttribute('font-weight')).toBe('700');
    const legendTexts = [...root.querySelectorAll('.export-legend text')];
    expect(legendTexts.map((text) => text.textContent)).toEqual(['Couverture', 'Avancement moyen']);
    const chart = root.querySelector('.export-chart') as Element;
    expect(Number(legendTexts[0]?.getAttribute('y'))).toBeGreaterThan(Number(title.getAttribute('y')));
    expect(Number(chart.getAttribute('y'))).toBeGreaterThan(Number(legendTexts[0]?.getAttribute('y')));
    // The chart's own texts come along.
    expect(texts(chart, '.chart-value-label')).toEqual(['80 % (12/15)', '25 %', '45 %']);
    expect(texts(chart, '.chart-missing-value')).toEqual(['non renseigné']);
  });

  it('draws the legend swatches in the series colours, the hatched one with a pattern', () => {
    const { svg } = standaloneChartSvg(renderBars());
    const root = parse(svg);
    const [solid, hatched] = [...root.querySelectorAll('.export-legend rect')];
    expect(solid?.getAttribute('fill')).toBe(chart1);
    expect(solid?.getAttribute('stroke')).toBe(chart1);
    const patternId = /^url\(#(.+)\)$/.exec(hatched?.getAttribute('fill') ?? '')?.[1];
    expect(hatched?.getAttribute('class')).toContain('export-swatch--hatched');
    expect(hatched?.getAttribute('stroke')).toBe(chart2);
    const pattern = root.querySelector(`pattern[id="${patternId}"]`) as Element;
    expect([...pattern.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).toEqual([
      '#ffffff',
      chart2,
    ]);
  });

  it('resolves every CSS variable: the bars carry their colours, and the hatch pattern comes along', () => {
    const { svg } = standaloneChartSvg(renderBars());
    expect(svg).not.toContain('var(');
    const chart = parse(svg).querySelector('.export-chart') as Element;
    const bars = [...chart.querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars).toHaveLength(3);
    const fills = bars.map((bar) => bar.getAttribute('fill'));
    expect(fills.filter((fill) => fill === chart1)).toHaveLength(2);
    const hatched = fills.filter((fill) => fill?.startsWith('url(#'));
    expect(hatched).toHaveLength(1);
    const pattern = chart.querySelector(`pattern[id="${hatched[0]?.slice(5, -1)}"]`) as Element;
    expect([...pattern.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).toEqual([
      '#ffffff',
      chart2,
    ]);
    // Series by series: both "Couverture" bars, then the one "Avancement moyen" bar.
    expect(bars.map((bar) => bar.getAttribute('stroke'))).toEqual([chart1, chart1, chart2]);
    const grid = chart.querySelector('.recharts-cartesian-grid line');
    expect(grid?.getAttribute('stroke')).toBe('#c3c9d2');
  });

  it('takes the page’s value of a variable over the fallback', () => {
    document.documentElement.style.setProperty('--chart-1', '#112233');
    const { svg } = standaloneChartSvg(renderBars());
    const root = parse(svg);
    const bars = [...root.querySelectorAll('.export-chart .recharts-bar-rectangle path')];
    expect(bars.map((bar) => bar.getAttribute('fill'))).toContain('#112233');
    expect(root.querySelector('.export-legend rect')?.getAttribute('fill')).toBe('#112233');
  });

  it('no longer depends on the page’s layout or accessibility attributes', () => {
    const { svg } = standaloneChartSvg(renderBars());
    const chart = parse(svg).querySelector('.export-chart') as Element;
    expect(chart.getAttribute('style')).toBeNull();
    expect(chart.getAttribute('x')).toBe('16');
    expect(chart.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('writes the data caption at the bottom, when the figure has one', () => {
    const caption = 'Données au 31/12/2023. Source : programmation du contrat de ville.';
    const figure = renderBars({ exportCaption: caption });
    expect(figure).toHaveAttribute('data-export-caption', caption);
    const { svg, height } = standaloneChartSvg(figure);
    const root = parse(svg);
    const text = root.querySelector('.export-caption') as Element;
    expect(text.textContent).toBe(caption);
    const chart = root.querySelector('.export-chart') as Element;
    expect(Number(text.getAttribute('y'))).toBeGreaterThan(
      Number(chart.getAttribute('y')) + Number(chart.getAttribute('height')),
    );
    expect(Number(text.getAttribute('y'))).toBeLessThan(height);
    expect(parse(standaloneChartSvg(renderBars()).svg).querySelector('.export-caption')).toBeNull();
  });

  it('wraps a long title into lines that fit', () => {
    const long = `${TITLE} ${TITLE} ${TITLE} ${TITLE}`;
    const { svg } = standaloneChartSvg(renderBars({ title: long }));
    const lines = texts(parse(svg), '.export-title');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
  });

  it('has no legend for a single series', () => {
    const { svg } = standaloneChartSvg(renderBars({ series: series.slice(0, 1) }));
    expect(parse(svg).querySelector('.export-legend')).toBeNull();
  });

  it('draws a line chart’s legend samples in their colours', () => {
    const { container } = render(
      <LineChartFigure
        title="Avancement au fil des rapports"
        summary="Avancement moyen à chaque date."
        series={[
          { key: 'a', label: 'Terre-Rouge', colorVar: '--chart-1' },
          { key: 'b', label: 'Ensemble du contrat', colorVar: '--chart-3' },
        ]}
        rows={[
          { date: '2023-06-30', values: { a: 20, b: 30 }, valueLabels: {} },
          { date: '2023-12-31', values: { a: 50, b: null }, valueLabels: {} },
        ]}
      />,
    );
    const { svg } = standaloneChartSvg(container.querySelector('.chart-figure') as HTMLElement);
    expect(svg).not.toContain('var(');
    const root = parse(svg);
    expect(texts(root, '.export-legend text')).toEqual(['Terre-Rouge', 'Ensemble du contrat']);
    const samples = [...root.querySelectorAll('.export-legend svg line')];
    expect(samples.map((line) => line.getAttribute('stroke'))).toEqual([chart1, chart3]);
    const lines = [...root.querySelectorAll('.export-chart .recharts-line-curve')];
    expect(lines.map((line) => line.getAttribute('stroke'))).toEqual([chart1, chart3]);
  });

  it('copies the patterns the chart refers to but holds elsewhere in the page', () => {
    const { container } = render(
      <>
        <svg aria-hidden="true">
          <defs>
            <pattern id="shared-hatch" width={6} height={6} patternUnits="userSpaceOnUse">
              <rect width={3} height={6} fill="var(--chart-4, #6B2D8C)" />
            </pattern>
          </defs>
        </svg>
        <ChartFigure title="Partagé" summary="Un motif défini ailleurs." height={100} table={emptyTable}>
          <svg className="recharts-surface" width={300} height={100} aria-hidden="true">
            <rect width={100} height={20} fill="url(#shared-hatch)" />
          </svg>
        </ChartFigure>
      </>,
    );
    const { svg } = standaloneChartSvg(container.querySelector('.chart-figure') as HTMLElement);
    const root = parse(svg);
    const pattern = root.querySelector('defs pattern[id="shared-hatch"]') as Element;
    expect(pattern.querySelector('rect')?.getAttribute('fill')).toBe('#6B2D8C');
  });

  it('refuses a figure whose chart is not drawn', () => {
    const figure = renderBars({ state: 'loading' });
    expect(() => standaloneChartSvg(figure)).toThrow(/pas dessiné/);
  });
});

const emptyTable = { rowHeader: 'Axe', columns: [], rows: [] };

describe('chartToPngBlob', () => {
  it('draws the SVG on a white canvas, twice its size by default, as a PNG', async () => {
    const drawn: { src: string; fills: unknown[]; draws: unknown[][] } = { src: '', fills: [], draws: [] };
    class FakeImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(value: string) {
        drawn.src = value;
        queueMicrotask(() => this.onload?.());
      }
    }
    vi.stubGlobal('Image', FakeImage);
    const context = {
      fillStyle: '',
      fillRect: (...args: unknown[]) => drawn.fills.push([context.fillStyle, ...args]),
      drawImage: (...args: unknown[]) => drawn.draws.push(args),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    let canvasSize: [number, number] = [0, 0];
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      callback: BlobCallback,
      type?: string,
    ) {
      canvasSize = [this.width, this.height];
      callback(new Blob(['png'], { type }));
    });

    const blob = await chartToPngBlob(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>é</text></svg>',
      300,
      150,
    );
    expect(blob.type).toBe('image/png');
    expect(canvasSize).toEqual([600, 300]);
    expect(drawn.fills).toEqual([['#ffffff', 0, 0, 600, 300]]);
    expect(drawn.draws[0]?.slice(1)).toEqual([0, 0, 600, 300]);
    expect(drawn.src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(drawn.src.split(',')[1] ?? '')).toContain('<text>é</text>');
    vi.unstubAllGlobals();
  });

  it('fails when the image cannot be read', async () => {
    class BrokenImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(_: string) {
        queueMicrotask(() => this.onerror?.());
      }
    }
    vi.stubGlobal('Image', BrokenImage);
    await expect(chartToPngBlob('<svg/>', 10, 10)).rejects.toThrow(/n’a pas pu être lue/);
    vi.unstubAllGlobals();
  });
});
