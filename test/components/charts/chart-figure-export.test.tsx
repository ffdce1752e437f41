import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BarChartFigure } from '../../../src/components/charts/bar-chart-figure';
import type { BarRow, BarSeries } from '../../../src/components/charts/bar-chart-model';
import { chartToPngBlob } from '../../../src/components/charts/chart-export';
import {
  ChartFigure,
  type ChartFigureProps,
  type ChartState,
  type ChartTable,
  tableToCsvRows,
} from '../../../src/components/charts/chart-figure';
import { LineChartFigure } from '../../../src/components/charts/line-chart-figure';
import { parseCsv } from '../../../src/lib/csv';
import { downloadBlob } from '../../../src/lib/download';

vi.mock('../../../src/lib/download', () => ({ downloadBlob: vi.fn() }));
// jsdom draws no image: the PNG step is stood in for; the SVG it is given is the real one.
vi.mock('../../../src/components/charts/chart-export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/components/charts/chart-export')>()),
  chartToPngBlob: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
}));

const download = vi.mocked(downloadBlob);
const toPng = vi.mocked(chartToPngBlob);

beforeEach(() => {
  download.mockReset();
  toPng.mockReset();
  toPng.mockImplementation(async () => new Blob(['png'], { type: 'image/png' }));
});

/** The downloaded file: its name, its bytes and its text. */
const downloaded = async (call = 0) => {
  const [blob, fileName] = download.mock.calls[call] ?? [];
  if (!blob) throw new Error('nothing was downloaded');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { blob, fileName, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
};

const table: ChartTable = {
  rowHeader: 'Axe',
  columns: [{ key: 'part', header: 'Part couverte', numeric: true }],
  rows: [
    { key: 'a', header: 'Emploi', cells: { part: { text: '80 %', value: 80 } } },
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
      <svg className="recharts-surface" width={400} height={240} aria-hidden="true">
        <rect width={100} height={30} fill="var(--chart-1, #0072B2)" />
      </svg>
    </ChartFigure>,
  );

const exportButton = (format: 'image PNG' | 'image SVG' | 'tableau CSV', title = 'Couverture') =>
  screen.getByRole('button', { name: `Exporter « ${title} » en ${format}` });

describe('ChartFigure export buttons', () => {
  it('offers the image in PNG and SVG and the table in CSV, each named after the chart', () => {
    renderFigure();
    const png = exportButton('image PNG');
    const svg = exportButton('image SVG');
    const csv = exportButton('tableau CSV');
    expect([png, svg, csv].map((button) => button.textContent)).toEqual([
      'Image PNG',
      'Image SVG',
      'Tableau CSV',
    ]);
    for (const button of [png, svg, csv]) {
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveClass('button', 'button--secondary');
    }
    const toolbar = png.closest('.chart-actions');
    expect(toolbar).toHaveClass('no-print');
    // Below the data table.
    const details = screen.getByText('Tableau des données : Couverture').closest('details') as HTMLElement;
    expect(details.compareDocumentPosition(toolbar as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each<ChartState>(['loading', 'empty', 'error'])('offers no export while the chart is %s', (state) => {
    renderFigure({ state, onRetry: () => {} });
    expect(screen.queryByRole('button', { name: /^Exporter/ })).not.toBeInTheDocument();
  });

  it('downloads the data table as CSV for French Excel', async () => {
    const user = userEvent.setup();
    renderFigure();
    await user.click(exportButton('tableau CSV'));
    const { blob, fileName, bytes, text } = await downloaded();
    expect(fileName).toBe('couverture.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe('\uFEFFAxe;Part couverte\r\nEmploi;80\r\nSanté;non renseigné\r\n');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('downloads the chart as an SVG image with its title', async () => {
    const user = userEvent.setup();
    renderFigure();
    await user.click(exportButton('image SVG'));
    const { blob, fileName, text } = await downloaded();
    expect(fileName).toBe('couverture.svg');
    expect(blob.type).toBe('image/svg+xml');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('>Couverture</text>');
    expect(text).toContain('fill="#0072B2"');
    expect(text).not.toContain('var(');
  });

  it('downloads the chart as a PNG image drawn from the same SVG', async () => {
    const user = userEvent.setup();
    renderFigure();
    await user.click(exportButton('image PNG'));
    expect(toPng).toHaveBeenCalledTimes(1);
    const [svg, width, height] = toPng.mock.calls[0] ?? [];
    expect(svg).toContain('>Couverture</text>');
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(240);
    const { blob, fileName } = await downloaded();
    expect(fileName).toBe('couverture.png');
    expect(blob.type).toBe('image/png');
  });

  it('says so when an export fails', async () => {
    const user = userEvent.setup();
    toPng.mockRejectedValueOnce(new Error('canvas'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderFigure();
    await user.click(exportButton('image PNG'));
    expect(await screen.findByRole('status')).toHaveTextContent(/L’export n’a pas pu être créé/);
    expect(download).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledWith(new Error('canvas'));
    // The next export that works clears the message.
    await user.click(exportButton('tableau CSV'));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

describe('BarChartFigure CSV export', () => {
  const PARTICIPATION = 'PARTICIPATION DES HABITANTS ET CITOYENNETE';
  const series: BarSeries[] = [
    { key: 'coverage', label: 'Couverture', colorVar: '--chart-1' },
    { key: 'progress', label: 'Avancement moyen', colorVar: '--chart-2', pattern: 'hatched' },
  ];
  const rows: BarRow[] = [
    {
      key: 'participation',
      label: PARTICIPATION,
      href: '/axes/participation',
      values: { coverage: 80, progress: 45.5 },
      valueLabels: { coverage: '80 % (12/15)', progress: '46 %' },
      extraCells: { actions: '12' },
    },
    {
      key: 'sante',
      label: 'Santé',
      values: { coverage: 0, progress: null },
      valueLabels: { coverage: '0 % (0/4)' },
      extraCells: { actions: '0' },
    },
    {
      key: 'hostile',
      label: '=HYPERLINK("http://example.com";"clic")',
      values: { coverage: 12.25, progress: null },
      valueLabels: { coverage: '12 %', progress: 'aucune action' },
    },
  ];

  const renderBars = (valueUnit?: string) =>
    render(
      <MemoryRouter>
        <BarChartFigure
          title="Couverture et avancement par pilier et axe"
          summary="Part des objectifs couverts et avancement moyen."
          series={series}
          rows={rows}
          domainMax={100}
          categoryHeader="Pilier ou axe"
          extraColumns={[{ key: 'actions', header: 'Actions', numeric: true }]}
          valueUnit={valueUnit}
        />
      </MemoryRouter>,
    );

  it('exports the table: labels as text, raw numbers with a decimal comma, missing values in words', async () => {
    const user = userEvent.setup();
    renderBars('%');
    await user.click(exportButton('tableau CSV', 'Couverture et avancement par pilier et axe'));
    const { fileName, text } = await downloaded();
    expect(fileName).toBe('couverture-et-avancement-par-pilier-et-axe.csv');
    expect(parseCsv(text)).toEqual([
      ['Pilier ou axe', 'Couverture (%)', 'Avancement moyen (%)', 'Actions'],
      [PARTICIPATION, '80', '45,5', '12'],
      // A real 0 stays a 0; a missing value is never one.
      ['Santé', '0', 'non renseigné', '0'],
      // A label that reads as a formula is neutralised; the row's own words for a missing value are kept.
      ['\'=HYPERLINK("http://example.com";"clic")', '12,25', 'aucune action', ''],
    ]);
  });

  it('matches the data table, row for row, and keeps the on-screen headers without a unit', async () => {
    const user = userEvent.setup();
    renderBars();
    await user.click(screen.getByText('Tableau des données : Couverture et avancement par pilier et axe'));
    const dataTable = screen.getByRole('table');
    const headers = within(dataTable)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    await user.click(exportButton('tableau CSV', 'Couverture et avancement par pilier et axe'));
    const [header, ...body] = parseCsv((await downloaded()).text);
    expect(header).toEqual(headers);
    expect(body.map((row) => row[0])).toEqual(
      within(dataTable)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent?.replace(/^=/, "'=")),
    );
  });
});

describe('LineChartFigure CSV export', () => {
  it('exports one row per date, in order, with raw values and missing ones in words', async () => {
    const user = userEvent.setup();
    render(
      <LineChartFigure
        title="Avancement au fil des rapports"
        summary="Avancement moyen à chaque date."
        series={[
          { key: 'local', label: 'Terre-Rouge', colorVar: '--chart-1' },
          { key: 'whole', label: 'Ensemble', colorVar: '--chart-2' },
        ]}
        rows={[
          { date: '2024-06-30', values: { local: 45.5, whole: null }, valueLabels: { local: '46 %' } },
          { date: '2023-12-31', values: { local: 20, whole: 10 }, valueLabels: {} },
        ]}
        valueUnit="%"
      />,
    );
    await user.click(exportButton('tableau CSV', 'Avancement au fil des rapports'));
    expect(parseCsv((await downloaded()).text)).toEqual([
      ['Date', 'Terre-Rouge (%)', 'Ensemble (%)'],
      ['31/12/2023', '20', '10'],
      ['30/06/2024', '45,5', 'non renseigné'],
    ]);
  });
});

describe('tableToCsvRows', () => {
  it('takes the raw value, else the text, and the export header when there is one', () => {
    expect(
      tableToCsvRows('Budget', {
        rowHeader: 'Financeur',
        columns: [
          { key: 'amount', header: 'Montant', exportHeader: 'Montant (€)', numeric: true },
          { key: 'note', header: 'Note' },
        ],
        rows: [
          {
            key: 'etat',
            header: <Link to="/financeurs/etat">État</Link>,
            label: 'État',
            cells: { amount: { text: '1,2 M€', value: 1_234_567.5 }, note: { text: 'BOP 147' } },
          },
          { key: 'ville', header: 'Ville', cells: { amount: { text: 12 }, note: { text: null } } },
        ],
      }),
    ).toEqual([
      ['Financeur', 'Montant (€)', 'Note'],
      ['État', 1_234_567.5, 'BOP 147'],
      ['Ville', 12, null],
    ]);
  });

  it.each([
    ['a number', 0],
    ['nothing', undefined],
    ['an empty text', ''],
    ['null', null],
  ])('writes a missing value given %s as "non renseigné", never 0', (_, value) => {
    const rows = tableToCsvRows('Couverture', {
      rowHeader: 'Axe',
      columns: [{ key: 'part', header: 'Part' }],
      rows: [{ key: 'a', header: 'Emploi', cells: { part: { text: '—', missing: true, value } } }],
    });
    expect(rows[1]).toEqual(['Emploi', 'non renseigné']);
  });

  it('leaves a cell the row does not have empty', () => {
    const rows = tableToCsvRows('Couverture', {
      rowHeader: 'Axe',
      columns: [{ key: 'part', header: 'Part' }],
      rows: [{ key: 'a', header: 'Emploi', cells: {} }],
    });
    expect(rows[1]).toEqual(['Emploi', null]);
  });

  it('needs a plain-text label for a row header that is not text, and a value for a cell that is not', () => {
    expect(() =>
      tableToCsvRows('Couverture', {
        rowHeader: 'Axe',
        columns: [],
        rows: [{ key: 'a', header: <Link to="/a">Emploi</Link>, cells: {} }],
      }),
    ).toThrow(/Couverture.*label/);
    expect(() =>
      tableToCsvRows('Couverture', {
        rowHeader: 'Axe',
        columns: [{ key: 'part', header: 'Part' }],
        rows: [{ key: 'a', header: 'Emploi', cells: { part: { text: <strong>80 %</strong> } } }],
      }),
    ).toThrow(/Couverture.*part/);
  });
});
