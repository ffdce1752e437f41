import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { download, expectNoAxeViolations, setupBrowser, waitForApp } from './support/page';

const { openPage } = setupBrowser();

type Build = 'production' | 'demo';

/** Opens the overview and waits for the map's Terre-Rouge shape (below the first screen). */
const openMap = async (build: Build, path = '/') => {
  const page = await openPage(path, { width: 1280, height: 720 }, { build });
  const map = page
    .locator('figure.chart-figure')
    .filter({ has: page.getByRole('heading', { name: 'Carte des quartiers' }) });
  await map.locator('path.map-shape').first().waitFor({ timeout: 15_000 });
  return { page, map };
};

/** The positions of Terre-Rouge's ring in the perimeters.json the page reads. */
const publishedPositions = (page: Page) =>
  page.evaluate(async () => {
    const document = (await (await fetch('/data/perimeters.json')).json()) as {
      features: { properties: { territory?: string }; geometry: { coordinates: number[][][] } }[];
    };
    const feature = document.features.find((candidate) => candidate.properties.territory === 'terre-rouge');
    return feature?.geometry.coordinates[0]?.length ?? 0;
  });

describe.each<[Build, RegExp]>([
  ['production', /^Terre-Rouge : aucune action publiée$/],
  ['demo', /^Terre-Rouge : couverture \d+\s%/],
])('The neighbourhood map (%s build)', (build, terreRougeName) => {
  it('draws Terre-Rouge from its 122-point perimeter, and a click opens its page', async () => {
    const { page, map } = await openMap(build);
    expect(await publishedPositions(page)).toBe(122);
    const link = map.getByRole('link', { name: terreRougeName });
    const d = (await link.locator('path.map-shape').getAttribute('d')) ?? '';
    // Every position is drawn (the closing one closes the path): no resampling, no invented point.
    expect(d.match(/[ML]/g)).toHaveLength(121);
    expect(d.endsWith('Z')).toBe(true);
    // Drawn at a size one can see and hit on a projector, within the map.
    const box = await link.locator('path.map-shape').boundingBox();
    expect(box?.width).toBeGreaterThan(24);
    expect(box?.height).toBeGreaterThan(24);
    // The five other territories are listed beside it, each a link.
    expect(await map.getByRole('link', { name: /\(périmètre non publié\)$/ }).count()).toBe(5);
    expect(await map.getByText(/Fond de carte réel/).isVisible()).toBe(true);
    if (build === 'demo')
      expect(await map.getByText(/données fictives de démonstration/).isVisible()).toBe(true);

    await link.click();
    await page.waitForURL(/\/quartiers\/terre-rouge/);
    await page.getByRole('heading', { level: 1, name: 'Terre-Rouge' }).waitFor();
    await page.context().close();
  });

  it('reaches Terre-Rouge with the keyboard and opens its page with Enter', async () => {
    const { page, map } = await openMap(build);
    const link = map.getByRole('link', { name: terreRougeName });
    await link.focus();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/quartiers\/terre-rouge/);
    await page.context().close();
  });

  it('shows Terre-Rouge in figures: 1 036 inhabitants, a 39 % poverty rate, each with its source and vintage', async () => {
    const page = await openPage('/quartiers/terre-rouge', { width: 1280, height: 720 }, { build });
    const section = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Le quartier en chiffres' }) });
    const tile = (label: string) =>
      section
        .locator('.nf-figure')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    await tile('Population').waitFor();
    expect(await tile('Population').textContent()).toMatch(
      /1\s036\s+habitants[\s\S]*Cahors : 19\s616 habitants[\s\S]*Source : INSEE, 2015/,
    );
    expect(await tile('Taux de pauvreté').textContent()).toMatch(/39\s%[\s\S]*Source : INSEE, 2017/);
    expect(await section.getByText('Données réelles').isVisible()).toBe(true);
    // Its own perimeter within its commune.
    const map = page
      .locator('figure.chart-figure')
      .filter({ has: page.getByRole('heading', { name: 'Périmètre de Terre-Rouge' }) });
    await map.locator('path.map-shape').waitFor();
    expect(await map.locator('.map-inset path').count()).toBe(2);
    await page.context().close();
  });

  it('says that Sainte-Valérie has neither perimeter nor statistics, drawing nothing', async () => {
    const page = await openPage('/quartiers/sainte-valerie', { width: 1280, height: 720 }, { build });
    await page.getByText(/Aucune statistique publique n’existe pour Sainte-Valérie/).waitFor();
    expect(await page.getByText(/aucun périmètre officiel n’est publié pour ce territoire/).isVisible()).toBe(
      true,
    );
    expect(await page.locator('path.map-shape').count()).toBe(0);
    await page.context().close();
  });

  it('has no axe violation with the map drawn and with the territory’s figures shown', async () => {
    const { page } = await openMap(build);
    await page.waitForFunction(() => !document.querySelector('.chart-skeleton, [aria-busy="true"]'));
    await expectNoAxeViolations(page);
    await page.goto(page.url().replace(/\/(\?.*)?$/, '/quartiers/terre-rouge'));
    await waitForApp(page);
    await page.locator('.nf-figure').first().waitFor();
    await page.locator('path.map-shape').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('The neighbourhood map in the demo build', () => {
  it('keeps the figure picked in the address, and colours by it', async () => {
    const { page, map } = await openMap('demo', '/?annee=2023');
    await map.getByRole('radio', { name: 'Nombre d’actions' }).click();
    await page.waitForURL(/carte=actions/);
    expect(new URL(page.url()).searchParams.get('annee')).toBe('2023');
    await map.getByRole('link', { name: /^Terre-Rouge : nombre d’actions \d+$/ }).waitFor();
    await page.reload();
    await page.locator('path.map-shape').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('radio', { name: 'Nombre d’actions' }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('exports the map as an SVG with its shapes and sources, and as a PNG', async () => {
    const { page, map } = await openMap('demo');
    const svg = await download(
      page,
      map.getByRole('button', { name: 'Exporter « Carte des quartiers » en image SVG' }),
    );
    expect(svg.name).toMatch(/^carte-des-quartiers.*\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('map-shape');
    expect(text).toMatch(/CGET/);
    expect(text).not.toMatch(/<a[\s>]/);
    const png = await download(
      page,
      map.getByRole('button', { name: 'Exporter « Carte des quartiers » en image PNG' }),
    );
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.context().close();
  });
});
