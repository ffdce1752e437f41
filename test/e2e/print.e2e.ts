import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/page';

const { openPage } = setupBrowser();

/** Where the PDFs are written, for a person to look at (.scratch/ is not committed). */
const outDir = resolve(import.meta.dirname, '../../.scratch');

const MM = 96 / 25.4;
/** A4 landscape less the side margins of @page in print.css (--print-content-width), in CSS px. */
const PRINTABLE_WIDTH = 273 * MM;
/** The max-height of a printed chart in print.css. */
const MAX_CHART_HEIGHT = 140 * MM;

const openDemo = async (path: string) => {
  const page = await openPage(path, { width: 1280, height: 720 }, { build: 'demo' });
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  return page;
};

/** Prints to PDF as Chromium does (A4 landscape from @page), writes it to .scratch/, counts its pages. */
const printToPdf = async (page: Page, name: string) => {
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, name), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
};

/**
 * The box of each chart's SVG when the page is as wide as the paper's printable width, before Recharts
 * could lay the chart out again (its ResizeObserver waits for the next frame): what a browser that prints
 * at once, right after `beforeprint`, puts on paper.
 */
const chartBoxesAtPrintableWidth = (page: Page) =>
  page.evaluate((width) => {
    const root = document.documentElement;
    root.style.width = `${width}px`;
    const boxes = [...document.querySelectorAll('svg.recharts-surface')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        width: box.width,
        height: box.height,
        drawnWidth: svg.getAttribute('width'),
        drawnHeight: svg.getAttribute('height'),
      };
    });
    root.style.width = '';
    return boxes;
  }, PRINTABLE_WIDTH);

describe('Printing (demo build)', () => {
  it('prints the overview as a report: its header and filter, charts within the paper, their tables', async () => {
    const page = await openDemo('/?annee=2023');
    await page.emulateMedia({ media: 'print' });

    // Drawn at the screen's width, every chart is scaled down to the paper's, and to a page's height.
    const boxes = await chartBoxesAtPrintableWidth(page);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(Number(box.drawnWidth)).toBeGreaterThan(PRINTABLE_WIDTH);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PRINTABLE_WIDTH + 0.5);
      expect(box.height).toBeLessThanOrEqual(MAX_CHART_HEIGHT + 0.5);
      // Scaled as a whole, keeping its proportions: not collapsed, not squeezed (a chart of one bar is short).
      expect(box.width).toBeGreaterThan(PRINTABLE_WIDTH / 2);
      expect(box.height).toBeGreaterThan(50);
      const scale = Math.min(box.width / Number(box.drawnWidth), MAX_CHART_HEIGHT / Number(box.drawnHeight));
      expect(Math.abs(box.height - Number(box.drawnHeight) * scale)).toBeLessThan(2);
    }

    // « Comment est-ce calculé ? » is on paper: a closed one shows its rules in print (before beforeprint
    // opens it, should a browser print without that event), and the links over the charts' labels give way
    // to the drawn labels.
    const rules = page.locator('.rule-disclosure');
    expect(await rules.count()).toBeGreaterThan(2);
    expect(await page.locator('.rule-disclosure[open]').count()).toBe(0);
    for (const text of [
      page.locator('.key-figures-rules li').first(),
      page.locator('figure .chart-rule p').first(),
    ]) {
      expect(await text.isVisible()).toBe(true);
    }
    expect(await page.locator('.chart-category-links').first().isVisible()).toBe(false);
    expect(
      await page
        .locator('.chart-category-label')
        .first()
        .evaluate((label) => getComputedStyle(label).visibility),
    ).toBe('visible');

    // No navigation, no button, no filter control.
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    expect(await page.locator('nav:visible, button:visible, .filter-fields:visible').count()).toBe(0);

    // beforeprint (which Chromium dispatches before printing) fills the report's header, opens the data
    // tables and has the charts laid out again at the paper's width.
    const tables = page.locator('details.chart-data');
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('details.chart-data[open]').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    const headerText = (await header.textContent()) ?? '';
    expect(headerText).toContain('Vue d’ensemble');
    expect(headerText).toContain('Contrat de ville');
    expect(headerText).toMatch(/Données au \d{1,2} \S+ \d{4}/);
    expect(headerText).toContain('Filtres : Année 2023');
    expect(headerText).toMatch(/Imprimé le \d{1,2} \S+ \d{4}/);

    expect(await page.locator('details.chart-data[open]').count()).toBe(count);
    expect(await page.locator('.rule-disclosure[open]').count()).toBe(await rules.count());
    expect(await page.locator('.chart-table:visible').count()).toBe(count);
    await expect
      .poll(() =>
        page.$$eval('svg.recharts-surface', (svgs) => svgs.map((svg) => Number(svg.getAttribute('width')))),
      )
      .toSatisfy((widths: number[]) => widths.every((width) => Math.abs(width - PRINTABLE_WIDTH) < 2));

    expect(await printToPdf(page, 'print-overview.pdf')).toBeGreaterThan(1);

    // afterprint (Chromium's, after the PDF) puts the page back as it was.
    expect(await page.locator('details.chart-data[open]').count()).toBe(0);
    expect(await header.textContent()).toBe('');
    await page.context().close();
  });

  it.each([
    { path: '/piliers/P2?annee=2023', title: 'Pilier : COHESION SOCIALE', file: 'print-pillar.pdf' },
    { path: '/quartiers/terre-rouge', title: 'Terre-Rouge', file: 'print-territory.pdf' },
  ])(
    'prints $path at once, with no time for the charts to be laid out again',
    async ({ path, title, file }) => {
      const page = await openDemo(path);
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      // Straight to the PDF, as Ctrl+P: Chromium dispatches beforeprint, then lays the pages out at once.
      expect(await printToPdf(page, file)).toBeGreaterThan(1);
      await page.context().close();
    },
  );
});

describe('Printing the neighbourhood map', () => {
  it.each(['demo', 'production'] as const)(
    'prints the overview’s map within the paper, without its picker (%s build)',
    async (build) => {
      const page = await openPage('/', { width: 1280, height: 720 }, { build });
      await page.locator('svg.chart-svg path.map-shape').first().waitFor({ timeout: 15_000 });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const map = page.locator('svg.chart-svg').first();
      expect(await map.isVisible()).toBe(true);
      // Laid out again at the paper's width (its drawing follows the width of its box).
      await expect
        .poll(async () => (await map.boundingBox())?.width ?? 0)
        .toSatisfy((width: number) => width > PRINTABLE_WIDTH / 2 && width <= PRINTABLE_WIDTH + 0.5);
      const box = await map.boundingBox();
      expect(box?.height).toBeLessThanOrEqual(MAX_CHART_HEIGHT + 0.5);
      expect(await page.locator('svg.chart-svg path.map-shape').isVisible()).toBe(true);
      expect(await page.locator('.map-picker:visible').count()).toBe(0);
      expect(await printToPdf(page, `print-map-${build}.pdf`)).toBeGreaterThan(0);
      await page.context().close();
    },
  );
});
