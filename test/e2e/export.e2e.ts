import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { download, firstDrawnChart, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The overview of the demo build, once its first chart has its bars; that chart's figure. */
const openFirstChart = async () => {
  const page = await openPage('/', { width: 1280, height: 900 }, { build: 'demo' });
  const { figure, title } = await firstDrawnChart(page);
  expect(title).not.toBe('');
  return { page, figure, title };
};

describe('Chart export in Chromium (demo build)', () => {
  it('downloads the first chart as a PNG twice its size', async () => {
    const { page, figure, title } = await openFirstChart();
    const chartWidth = await figure
      .locator('svg.recharts-surface')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    const { name, bytes } = await download(
      page,
      figure.getByRole('button', { name: `Exporter « ${title} » en image PNG`, exact: true }),
    );
    expect(name).toMatch(/^[a-z0-9-]+\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR, the first chunk: its type at bytes 12–15, then width and height, big-endian.
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // Twice the chart, plus twice the file's margins around it.
    expect(width / chartWidth).toBeGreaterThanOrEqual(2);
    expect(width / chartWidth).toBeLessThan(2.2);
    expect(height).toBeGreaterThan(0);
    await page.context().close();
  });

  it('downloads the first chart as a standalone SVG with its title and legend', async () => {
    const { page, figure, title } = await openFirstChart();
    const legend = (await figure.locator('.chart-legend-item').allTextContents()).map((text) => text.trim());
    expect(legend.length).toBeGreaterThan(1);
    const { name, bytes } = await download(
      page,
      figure.getByRole('button', { name: `Exporter « ${title} » en image SVG`, exact: true }),
    );
    expect(name).toMatch(/^[a-z0-9-]+\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('var(');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = (selector: string) => [...doc.querySelectorAll(selector)];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        name: doc.querySelector('svg > title')?.textContent ?? null,
        title: all('.export-title').map((text) => text.textContent),
        legend: all('.export-legend text').map((text) => text.textContent),
        barFills: all('.export-chart .recharts-bar-rectangle path').map((bar) => bar.getAttribute('fill')),
        patterns: all('pattern').map((pattern) => pattern.id),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.name).toBe(title);
    expect(parsed.title.join(' ')).toBe(title);
    expect(parsed.legend).toEqual(legend);
    // Colours resolved by the browser: solid bars in a colour, hatched ones in a pattern of the file.
    expect(parsed.barFills.length).toBeGreaterThan(0);
    for (const fill of parsed.barFills) {
      const pattern = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1];
      if (pattern) expect(parsed.patterns).toContain(pattern);
      else expect(fill).toMatch(/^(rgb\(|#)/);
    }
    // The file draws on its own, outside the page.
    const drawn = await page.evaluate(async (text) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      await image.decode();
      return image.naturalWidth;
    }, svg);
    expect(drawn).toBeGreaterThan(0);
    await page.context().close();
  });

  it('downloads the first chart’s data table as a CSV for French Excel', async () => {
    const { page, figure, title } = await openFirstChart();
    const headers = (await figure.locator('.chart-table thead th').allTextContents()).map((text) =>
      text.trim(),
    );
    const rowCount = await figure.locator('.chart-table tbody tr').count();
    expect(rowCount).toBeGreaterThan(0);
    const { name, bytes } = await download(
      page,
      figure.getByRole('button', { name: `Exporter « ${title} » en tableau CSV`, exact: true }),
    );
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toContain(';');
    const [header, ...rows] = parseCsv(text);
    // The page's headers, each series' with its unit: "Couverture (%)".
    expect(header?.[0]).toBe(headers[0]);
    expect(header?.slice(1)).toEqual(headers.slice(1).map((text) => `${text} (%)`));
    expect(rows).toHaveLength(rowCount);
    for (const row of rows) expect(row).toHaveLength(headers.length);
    // Numbers with a decimal comma, never a decimal point.
    expect(rows.flat().some((cell) => /^\d+\.\d+$/.test(cell))).toBe(false);
    await page.context().close();
  });
});
