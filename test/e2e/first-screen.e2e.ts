import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/page';

const { openPage } = setupBrowser();

/**
 * What the overview's first screen holds, measured in Chromium on the demo build (a fictitious banner
 * above the header, as on the demo an official is shown): a laptop must show the key figures and the
 * start of the first chart, a projector both charts whole.
 */

const DOMAINS_CHART = 'Couverture et avancement par pilier et axe';
const TERRITORIES_CHART = 'Couverture et avancement par quartier';

type Box = { top: number; bottom: number; left: number; right: number; height: number; width: number };

const openOverview = async (viewport: { width: number; height: number }) => {
  const page = await openPage('/', viewport, { build: 'demo' });
  await page.locator('dl[aria-label="Chiffres clés"]').waitFor();
  // Both charts drawn (they draw one per frame), and the fonts in: the boxes are the final ones.
  await page.waitForFunction(
    () => document.querySelectorAll('main figure.chart-figure .recharts-bar-rectangle').length > 0,
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('main .chart-grid--lead figure')].every((figure) =>
        figure.querySelector('.recharts-bar-rectangle'),
      ),
    undefined,
    { timeout: 15_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  return page;
};

/** The boxes, in the viewport's coordinates (the page unscrolled), of what a reader's eye holds. */
const firstScreen = (page: Page) =>
  page.evaluate(
    ({ domainsTitle, territoriesTitle }) => {
      const box = (element: Element | null | undefined): Box | null => {
        if (!element) return null;
        const { top, bottom, left, right, height, width } = element.getBoundingClientRect();
        return { top, bottom, left, right, height, width };
      };
      const figureOf = (title: string) =>
        [...document.querySelectorAll('main figure.chart-figure')].find(
          (figure) => figure.querySelector('.chart-title')?.textContent === title,
        );
      const chart = (title: string) => {
        const figure = figureOf(title);
        // Each category's bars, top to bottom.
        const bars = [...(figure?.querySelectorAll('.recharts-bar-rectangle path') ?? [])]
          .map((bar) => box(bar) as Box)
          .sort((a, b) => a.top - b.top);
        return {
          figure: box(figure),
          heading: box(figure?.querySelector('.chart-title')),
          drawing: box(figure?.querySelector('.chart-area[role="img"]')),
          bars,
          links: [...(figure?.querySelectorAll('.chart-category-link') ?? [])].map((link) => ({
            box: box(link) as Box,
            text: link.textContent ?? '',
            fontSize: Number.parseFloat(getComputedStyle(link).fontSize),
            // A label cut short would scroll inside its clamped box.
            cut: (() => {
              const span = link.querySelector('span') as HTMLElement;
              return span.scrollHeight > span.clientHeight + 1;
            })(),
          })),
          ticks: [
            ...(figure?.querySelectorAll(
              '.recharts-xAxis-tick-labels text, .recharts-xAxis .recharts-cartesian-axis-tick-value',
            ) ?? []),
          ].map((tick) => ({ text: tick.textContent ?? '', box: box(tick) as Box })),
        };
      };
      const figures = document.querySelector('main dl[aria-label="Chiffres clés"]');
      return {
        viewport: { width: window.innerWidth, height: window.innerHeight },
        keyFigures: box(figures),
        keyFigureTops: [...(figures?.querySelectorAll('.key-figure') ?? [])].map((item) => box(item)?.top),
        terms: [...(figures?.querySelectorAll('dt') ?? [])].map((term) => term.textContent),
        domains: chart(domainsTitle),
        territories: chart(territoriesTitle),
      };
    },
    { domainsTitle: DOMAINS_CHART, territoriesTitle: TERRITORIES_CHART },
  );

type Measured = Awaited<ReturnType<typeof firstScreen>>;

const within = (box: Box | null, viewport: { width: number; height: number }) =>
  box !== null &&
  box.top >= 0 &&
  box.left >= 0 &&
  box.bottom <= viewport.height &&
  box.right <= viewport.width;

/** The key figures whole, on one row, and the data date (which the header gives) not among them. */
const expectKeyFigures = ({ keyFigures, keyFigureTops, terms, viewport }: Measured) => {
  expect(within(keyFigures, viewport), 'chiffres clés dans le premier écran').toBe(true);
  expect(new Set(keyFigureTops).size, 'chiffres clés sur une seule ligne').toBe(1);
  expect(terms).toEqual(['Actions', 'Coût total', 'Couverture', 'Avancement moyen', 'Actions en retard']);
};

/** The plot uses its card: the bars' full scale (0 to 100 %) takes a good share of the card's width. */
const expectBarsUseTheCard = (chart: Measured['domains']) => {
  const zero = chart.ticks.find((tick) => tick.text.replace(/\s/g, '') === '0%');
  const hundred = chart.ticks.find((tick) => tick.text.replace(/\s/g, '') === '100%');
  expect(zero && hundred, 'graduations 0 % et 100 %').toBeTruthy();
  const scale =
    (hundred?.box.left ?? 0) +
    (hundred?.box.width ?? 0) / 2 -
    ((zero?.box.left ?? 0) + (zero?.box.width ?? 0) / 2);
  expect(scale / (chart.figure?.width ?? 1), 'part de la carte donnée aux barres').toBeGreaterThanOrEqual(
    0.33,
  );
};

/**
 * Each label, a link, stands beside its own bars (its middle within the band of its two bars), whole, in
 * the drawn labels' 18 px.
 */
const expectLabelsBesideTheirBars = (chart: Measured['domains'], count: number) => {
  expect(chart.links).toHaveLength(count);
  expect(chart.bars).toHaveLength(2 * count);
  chart.links.forEach((link, index) => {
    const [first, second] = [chart.bars[2 * index], chart.bars[2 * index + 1]] as [Box, Box];
    const middle = link.box.top + link.box.height / 2;
    expect(middle, `« ${link.text} » à côté de ses barres`).toBeGreaterThanOrEqual(first.top - 2);
    expect(middle, `« ${link.text} » à côté de ses barres`).toBeLessThanOrEqual(second.bottom + 2);
    expect(link.box.right, `« ${link.text} » avant ses barres`).toBeLessThanOrEqual(first.left);
    expect(link.fontSize).toBeGreaterThanOrEqual(18);
    expect(link.cut, `« ${link.text} » écrit en entier`).toBe(false);
  });
};

describe('The overview’s first screen (demo build)', () => {
  it('at 1920×1080, a projector: the key figures and both charts whole, side by side', async () => {
    const page = await openOverview({ width: 1920, height: 1080 });
    const measured = await firstScreen(page);
    expectKeyFigures(measured);
    for (const chart of [measured.domains, measured.territories]) {
      expect(within(chart.heading, measured.viewport), 'titre du graphique').toBe(true);
      // The drawing whole, its value axis included.
      expect(within(chart.drawing, measured.viewport), 'graphique entier').toBe(true);
      expectBarsUseTheCard(chart);
    }
    expect(measured.domains.figure?.top).toBe(measured.territories.figure?.top);
    expectLabelsBesideTheirBars(measured.domains, 6);
    expectLabelsBesideTheirBars(measured.territories, 6);
    await page.context().close();
  });

  it.each([
    { width: 1280, height: 720, categories: 1 },
    { width: 1366, height: 768, categories: 1 },
    { width: 1536, height: 864, categories: 3 },
  ])(
    'at $width×$height, a laptop: the key figures, the first chart’s heading and the bars of its first $categories pillar(s)',
    async ({ width, height, categories }) => {
      const page = await openOverview({ width, height });
      const measured = await firstScreen(page);
      expectKeyFigures(measured);
      const { domains } = measured;
      expect(within(domains.heading, measured.viewport), 'titre du premier graphique').toBe(true);
      const shown = domains.bars.filter((bar) => within(bar, measured.viewport));
      expect(shown.length, 'barres visibles du premier graphique').toBeGreaterThanOrEqual(2 * categories);
      // The first bars are the first chart's own, under its heading.
      expect(domains.bars[0]?.top).toBeGreaterThan(domains.heading?.bottom ?? 0);
      expectBarsUseTheCard(domains);
      expectBarsUseTheCard(measured.territories);
      expectLabelsBesideTheirBars(domains, 6);
      await page.context().close();
    },
  );

  it('at 768×1024, a tablet: each pillar’s name whole beside its bars, on more lines', async () => {
    const page = await openOverview({ width: 768, height: 1024 });
    const measured = await firstScreen(page);
    expectLabelsBesideTheirBars(measured.domains, 6);
    expectLabelsBesideTheirBars(measured.territories, 6);
    await page.context().close();
  });

  it('folds how the figures are computed under them, opened with the keyboard', async () => {
    const page = await openOverview({ width: 1280, height: 720 });
    const summary = page.locator('.key-figures-rules summary').first();
    const rules = page.locator('.key-figures-rules').first();
    expect(await rules.getAttribute('open')).toBeNull();
    expect(
      await page
        .getByText(/^Couverture : part des objectifs opérationnels/)
        .first()
        .isVisible(),
    ).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await rules.getAttribute('open')).not.toBeNull();
    expect(
      await page
        .getByText(/^Couverture : part des objectifs opérationnels/)
        .first()
        .isVisible(),
    ).toBe(true);
    // The same for a chart's rule, with Space.
    const chartRule = page.locator('figure .chart-rule').first();
    await chartRule.locator('summary').focus();
    await page.keyboard.press('Space');
    expect(await chartRule.getAttribute('open')).not.toBeNull();
    await page.context().close();
  });

  it('goes to a pillar’s page from its label in the chart', async () => {
    const page = await openOverview({ width: 1280, height: 720 });
    await page
      .getByRole('list', { name: 'Pages des piliers et axes' })
      .getByRole('link', { name: 'COHESION SOCIALE' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Pilier : COHESION SOCIALE' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/piliers/P2');
    await page.context().close();
  });
});
