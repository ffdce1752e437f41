import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

const present = async (query = '', viewport = { width: 1280, height: 720 }) => {
  // Without motion, the presenter's controls are shown or hidden, never caught half-faded (whose contrast
  // axe would then measure against the slide behind), as in accessibility.e2e.ts.
  const page = await openPage(`/presentation${query}`, viewport, {
    build: 'demo',
    beforeGoto: (fresh) => fresh.emulateMedia({ reducedMotion: 'reduce' }),
  });
  await page.locator('.slide-counter').waitFor();
  return page;
};

const title = async (page: Page) => (await page.locator('h1').textContent()) ?? '';

/**
 * Waits for what a slide draws after it shows (the map's lazily loaded drawing, a document still loading),
 * so that it is measured as the room sees it.
 */
const settled = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('.slide-body .chart-skeleton, .slide-body [role="status"]'),
    undefined,
    { timeout: 10_000 },
  );
const slideNumber = async (page: Page) =>
  Number(/(\d+)\D+\d+\s*$/.exec((await page.locator('.slide-counter').textContent()) ?? '')?.[1]);

/**
 * The smallest font size, in px, of the text the room reads on the slide: every element with text of its
 * own, except what only screen readers get (clipped to 1 px) and the presenter's controls.
 */
const smallestText = (page: Page, selector: string) =>
  page.evaluate((root) => {
    let smallest = Number.POSITIVE_INFINITY;
    for (const element of document.querySelectorAll<HTMLElement>(`${root} *`)) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      const box = element.getBoundingClientRect();
      if (!ownText || box.width <= 1 || box.height <= 1 || element.closest('.slide-controls')) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize));
    }
    return smallest;
  }, selector);

/**
 * What a slide leaves empty between the bottom of its content and its footer, and what it would need to
 * scroll, in px, with the slide's height; and whether anything pokes out sideways.
 */
const emptyHeight = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('.slide') as HTMLElement;
    const body = document.querySelector('.slide-body') as HTMLElement;
    const footer = document.querySelector('.slide-footer') as HTMLElement;
    let bottom = body.getBoundingClientRect().top;
    let right = 0;
    for (const element of body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      // What the room sees: not what only screen readers get (clipped to 1 px).
      if (box.width <= 1 || box.height <= 1) continue;
      bottom = Math.max(bottom, box.bottom);
      right = Math.max(right, box.right);
    }
    return {
      empty: footer.getBoundingClientRect().top - bottom,
      height: slide.getBoundingClientRect().height,
      overflow: body.scrollHeight - body.clientHeight,
      sideways: right - body.getBoundingClientRect().right,
      header:
        (document.querySelector('.slide-header') as HTMLElement).scrollWidth -
        (document.querySelector('.slide-header') as HTMLElement).clientWidth,
    };
  });

describe('Presentation in Chromium (demo build)', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])(
    'uses the screen on every slide at $width×$height: never a third of it empty, nothing cut',
    async (viewport) => {
      const page = await present('', viewport);
      const count = Number(/(\d+)\s*$/.exec((await page.locator('.slide-counter').textContent()) ?? '')?.[1]);
      expect(count).toBeGreaterThan(10);
      for (let slide = 1; slide <= count; slide += 1) {
        expect(await slideNumber(page)).toBe(slide);
        await settled(page);
        const what = `diapositive ${slide} (${await title(page)})`;
        const measured = await emptyHeight(page);
        expect(measured.empty, `${what} : hauteur vide`).toBeLessThanOrEqual(measured.height / 3);
        // Nothing to scroll, nothing past the right edge, a long title wrapped within the header.
        expect(measured.overflow, `${what} : débordement`).toBeLessThanOrEqual(0);
        expect(measured.sideways, `${what} : débordement à droite`).toBeLessThanOrEqual(1);
        expect(measured.header, `${what} : titre`).toBeLessThanOrEqual(0);
        await page.keyboard.press('ArrowRight');
      }
      await page.context().close();
    },
  );

  it('opens a prepared deck: the chosen slides in their order, unknown ids said', async () => {
    const page = await present('?diapos=quartier-terre-rouge,pilier-X9,vue-ensemble');
    expect(await title(page)).toBe('Terre-Rouge');
    expect((await page.locator('.slide-counter').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /1 \/ sur 2$|1\D+2$/,
    );
    expect(await page.locator('.slide-ignored').textContent()).toBe(
      'Diapositive ignorée (inconnue ou hors du filtre) : pilier-X9.',
    );
    await page.keyboard.press('ArrowRight');
    expect(await title(page)).toBe('Vue d’ensemble');
    await page.context().close();
  });

  it('prepares a deck with the keyboard only, and presents it', async () => {
    const page = await openPage('/presentation/preparer', { width: 1280, height: 720 }, { build: 'demo' });
    await page.getByRole('heading', { level: 2, name: /^Diapositives présentées/ }).waitFor();
    // Take "Par pilier et axe" out with Space, then move "Par quartier" up twice with Enter.
    await page.getByRole('checkbox', { name: /^Par pilier et axe/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('diapos') !== null);
    // The address changes first, then React renders the list again: the focus is checked once it has.
    await expect
      .poll(() =>
        page
          .getByRole('checkbox', { name: /^Par pilier et axe/ })
          .evaluate((box) => box === document.activeElement),
      )
      .toBe(true);
    const up = page.getByRole('button', { name: /^Monter « Par quartier »/ });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => up.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('diapos')?.split(',').indexOf('quartiers'))
      .toBe(7);
    // The list renders again after the address, and gives the focus back to the button: only then is the
    // focus moved on, or the render would take it back and the next key press move the slide again.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [
            ...new Set(
              [...document.querySelectorAll<HTMLElement>('[data-slide]')].map(
                (element) => element.dataset.slide,
              ),
            ),
          ].indexOf('quartiers'),
        ),
      )
      .toBe(7);
    await expect.poll(() => up.evaluate((button) => button === document.activeElement)).toBe(true);
    const deck = new URL(page.url()).searchParams.get('diapos') ?? '';
    expect(deck.split(',')).not.toContain('piliers');
    // Tab to the launch link, and present: the deck opens on the chosen order, which the address keeps.
    await page.getByRole('link', { name: 'Lancer la présentation' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.slide-counter').waitFor();
    expect(new URL(page.url()).searchParams.get('diapos')).toBe(deck);
    expect(await title(page)).toBe('Vue d’ensemble');
    for (let step = 0; step < 7; step += 1) await page.keyboard.press('ArrowRight');
    expect(await title(page)).toBe('Par quartier');
    // Escape goes back to the picker it came from.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Préparer la présentation' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('is reached from every page, and keeps the view’s filter', async () => {
    const page = await openPage('/quartiers/terre-rouge?annee=2023', undefined, { build: 'demo' });
    await page.getByRole('link', { name: 'Présenter' }).click();
    await page.locator('.slide-counter').waitFor();
    expect(new URL(page.url()).pathname).toBe('/presentation');
    expect(new URL(page.url()).searchParams.get('annee')).toBe('2023');
    expect(await page.locator('.slide-context').textContent()).toContain('Filtres : Année 2023');
  });

  it('writes every text of every slide at 24 px or more at 1280×720', async () => {
    const page = await present();
    const count = Number(/(\d+)\s*$/.exec((await page.locator('.slide-counter').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(10);
    for (let slide = 1; slide <= count; slide += 1) {
      expect(await slideNumber(page)).toBe(slide);
      await settled(page);
      const smallest = await smallestText(page, '.slide');
      expect(smallest, `diapositive ${slide} (${await title(page)})`).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('ArrowRight');
    }
  });

  it('draws the pages’ chart labels at 18 px or more', async () => {
    const page = await openPage('/', undefined, { build: 'demo' });
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    const sizes = await page
      .locator('svg.recharts-surface text')
      .evaluateAll((texts) => texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize)));
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });

  it('steps with the keyboard, shows bars on a pillar’s slide, and leaves with Escape', async () => {
    const page = await present('?annee=2023');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await title(page)).toBe('Terre-Rouge en chiffres');
    expect(new URL(page.url()).searchParams.get('diapo')).toBe('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await title(page)).toBe('T1 · LA JEUNESSE');
    const bars = page.locator('.slide-bar');
    expect(await bars.count()).toBeGreaterThan(0);
    // A drawn bar has a width: a chart that renders nothing is a bug.
    expect((await bars.first().boundingBox())?.width ?? 0).toBeGreaterThan(10);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await title(page)).toBe('Par pilier et axe');
    await page.keyboard.press('End');
    expect(await title(page)).toBe('Depuis le dernier comité');
    await page.keyboard.press('Home');
    expect(await title(page)).toBe('Vue d’ensemble');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).search).toBe('?annee=2023');
  });

  it('hatches the second series in the legend as on its bars, so colour is never the only key', async () => {
    const page = await present('?diapo=8');
    await page.locator('.slide-bar--hatched').first().waitFor();
    const backgrounds = await page.evaluate(() =>
      ['.slide-bar--hatched', '.slide-swatch--hatched', '.slide-swatch:not(.slide-swatch--hatched)'].map(
        (selector) => getComputedStyle(document.querySelector(selector) as Element).backgroundImage,
      ),
    );
    expect(backgrounds[0]).toContain('repeating-linear-gradient');
    expect(backgrounds[1]).toBe(backgrounds[0]);
    expect(backgrounds[2]).toBe('none');
  });

  it('advances on its own with ?auto, and stops with P', async () => {
    const page = await present('?auto=5');
    await page.waitForFunction(
      () => /\b2\D+\d+\s*$/.test(document.querySelector('.slide-counter')?.textContent ?? ''),
      undefined,
      {
        timeout: 8000,
      },
    );
    await page.keyboard.press('p');
    await page.getByRole('button', { name: 'Reprendre' }).waitFor({ state: 'attached' });
    await page.waitForTimeout(6000);
    expect(await slideNumber(page)).toBe(2);
  });

  it('goes full screen on F, on the presenter’s key press', async () => {
    const page = await present();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 3000 });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 3000 });
  });

  it.each(['', '?theme=contraste'])('has no axe violation on its slides (%s)', async (query) => {
    const page = await present(query, { width: 1920, height: 1080 });
    await expectNoAxeViolations(page);
    // The map, then Terre-Rouge's statistics.
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide-map path.map-shape').waitFor();
    await settled(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('ArrowRight');
    await page.locator('dl.slide-statistics').waitFor();
    await expectNoAxeViolations(page);
    await page.keyboard.press('End');
    await expectNoAxeViolations(page);
  });

  it.each([
    { width: 1280, height: 720, least: 24 },
    { width: 1920, height: 1080, least: 36 },
  ])(
    'draws the map slide at $width×$height: Terre-Rouge from its perimeter, named with its value in the slide’s type, the others listed',
    async ({ least, ...viewport }) => {
      for (const theme of ['', '&theme=contraste']) {
        const page = await present(`?diapos=carte${theme}`, viewport);
        const shape = page.locator('.slide-map path.map-shape[data-territory="terre-rouge"]');
        await shape.waitFor();
        expect(((await shape.getAttribute('d')) ?? '').match(/[ML]/g)).toHaveLength(121);
        // Drawn within the slide's map, large enough to be seen from the back of the room.
        const box = await shape.boundingBox();
        expect(box?.width).toBeGreaterThan(24);
        const label = page.locator('.slide-map text.map-label');
        expect((await label.textContent())?.replace(/\s+/g, ' ')).toMatch(/^Terre-Rouge\d+ % \(\d+\/\d+\)$/);
        const sizes = await page
          .locator('.slide-map svg text')
          .evaluateAll((texts) => texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(least);
        expect(await page.locator('.slide-map-list li').count()).toBe(5);
        // The class drawn as a texture: its pattern is in the map.
        const fill = (await shape.getAttribute('fill')) ?? '';
        expect(await page.locator(`pattern${fill.replace(/^url\((#[^)]+)\)$/, '$1')}`).count()).toBe(1);
        // The map fits its box: nothing past the slide's body, which nothing makes scroll.
        const measured = await emptyHeight(page);
        expect(measured.overflow).toBeLessThanOrEqual(0);
        expect(measured.sideways).toBeLessThanOrEqual(1);
        await page.context().close();
      }
    },
  );

  it('shows Terre-Rouge in figures: 1 036 habitants and a 39 % poverty rate, with source and vintage, said to be real', async () => {
    const page = await present('?diapos=chiffres-terre-rouge');
    const figure = (label: string) =>
      page
        .locator('dl.slide-statistics .key-figure')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    await figure('Population').waitFor();
    expect(await figure('Population').textContent()).toMatch(
      /1\s036\s+habitants[\s\S]*Cahors : 19\s616 habitants[\s\S]*Source : INSEE, 2015/,
    );
    expect(await figure('Taux de pauvreté').textContent()).toMatch(/39\s%[\s\S]*Source : INSEE, 2017/);
    expect(await page.locator('.slide-note').textContent()).toMatch(/^Données réelles/);
    await page.context().close();
  });
});
