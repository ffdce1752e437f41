import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keyFigure, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

/**
 * Keyboard only: every move below is a key press, never a click. The demo build is the production build
 * with a programmation to show; the production build alone has no actions.json, hence no filters, no
 * pillar links and no slides to step through.
 */
const openDemo = async (path: string) => {
  // Without motion, a control that fades in on focus is read at its final opacity, not mid-transition.
  const page = await openPage(
    path,
    { width: 1280, height: 720 },
    { build: 'demo', beforeGoto: (fresh) => fresh.emulateMedia({ reducedMotion: 'reduce' }) },
  );
  // The figures are in (the filters come with them) before the first Tab.
  await page.locator('dl[aria-label="Chiffres clés"]').waitFor();
  await page.waitForLoadState('networkidle');
  return page;
};

type Focus = {
  description: string;
  onBody: boolean;
  focusVisible: boolean;
  box: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  transparentAncestor: string | null;
  indicator: { outlineStyle: string; outlineWidth: number; outlineColor: string; boxShadow: string };
  hiddenAncestor: string | null;
};

/** What the page says of its focused element: where it is, how it is drawn, and what it is inside. */
const readFocus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const name = (
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? element.value) : null) ??
      element.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
    const describe = (node: Element) =>
      `<${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${
        node.getAttribute('class') ? `.${node.getAttribute('class')?.trim().split(/\s+/).join('.')}` : ''
      }>`;
    let transparentAncestor: string | null = null;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (Number(style.opacity) === 0 || style.visibility === 'hidden') {
        transparentAncestor = describe(node);
        break;
      }
    }
    const hidden = element.closest('[aria-hidden="true"], [inert]');
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      description: `${describe(element)} « ${name} »`,
      onBody: element === document.body || element === document.documentElement,
      focusVisible: element.matches(':focus-visible'),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      transparentAncestor,
      indicator: {
        outlineStyle: style.outlineStyle,
        outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      },
      hiddenAncestor: hidden ? describe(hidden) : null,
    };
  });

const isTransparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/**
 * The focused element can be seen, and so can its focus: it is on screen, not empty, not faded out, and
 * under :focus-visible it draws an outline of 2 px or more (or a box shadow in its place). `step` and the
 * element's description say which one failed.
 */
const expectVisibleFocus = async (page: Page, step: string) => {
  const focus = await readFocus(page);
  const what = `${step} : ${focus.description}`;
  expect(focus.onBody, `${what} — le focus est perdu (sur <body>)`).toBe(false);
  const { box, viewport } = focus;
  expect(box.width > 0 && box.height > 0, `${what} — élément sans surface`).toBe(true);
  expect(
    box.x >= -1 &&
      box.y >= -1 &&
      box.x + box.width <= viewport.width + 1 &&
      box.y + box.height <= viewport.height + 1,
    `${what} — hors de l’écran (${Math.round(box.x)}, ${Math.round(box.y)}, ${Math.round(box.width)} × ${Math.round(box.height)})`,
  ).toBe(true);
  expect(focus.transparentAncestor, `${what} — invisible (opacité 0 ou caché)`).toBeNull();
  expect(focus.focusVisible, `${what} — ne répond pas à :focus-visible`).toBe(true);
  const { outlineStyle, outlineWidth, outlineColor, boxShadow } = focus.indicator;
  const outline = outlineStyle !== 'none' && outlineWidth >= 2 && !isTransparent(outlineColor);
  expect(
    outline || boxShadow !== 'none',
    `${what} — pas d’indicateur de focus (outline ${outlineStyle} ${outlineWidth}px ${outlineColor}, box-shadow ${boxShadow})`,
  ).toBe(true);
  return focus;
};

/** Presses the key, then checks the focus it leads to. */
const press = async (page: Page, key: string, step: string) => {
  await page.keyboard.press(key);
  return expectVisibleFocus(page, `${step} [${key}]`);
};

/**
 * Presses the key, waits for the focus to land on what `expected` describes (a change of page moves it once
 * the new page is drawn), then checks it.
 */
const pressTo = async (page: Page, key: string, expected: RegExp, step: string) => {
  await page.keyboard.press(key);
  await expect
    .poll(async () => (await readFocus(page)).description, { message: `${step} [${key}]`, timeout: 10_000 })
    .toMatch(expected);
  return expectVisibleFocus(page, `${step} [${key}]`);
};

/** Presses `key` until the focus is on what `matches` wants, checking every stop on the way. */
const pressUntil = async (page: Page, key: string, matches: RegExp, step: string, limit = 60) => {
  for (let count = 1; count <= limit; count += 1) {
    const focus = await press(page, key, `${step}, arrêt ${count}`);
    if (matches.test(focus.description)) return focus;
  }
  throw new Error(`${step} : ${matches} jamais atteint en ${limit} appuis sur ${key}`);
};

const valueLabels = (page: Page) => page.locator('.chart-value-label').allTextContents();

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('diapo');

describe('Keyboard only, with a visible focus at every step (demo build, 1280×720)', () => {
  it('goes from the overview to a pillar, filters it, presents it and comes back', async () => {
    const page = await openDemo('/');

    // The skip link comes first, and takes the focus past the header and navigation.
    const first = await press(page, 'Tab', 'Premier arrêt');
    expect(first.description).toMatch(/^<a\.skip-link> « Aller au contenu »/);
    await pressTo(page, 'Enter', /^<h1[^>]*> « Vue d’ensemble »/, 'Lien d’évitement');

    // Through the overview's filters and figures to a pillar's label in the first chart, a link to its page.
    await pressUntil(page, 'Tab', /^<a\.chart-category-link> « COHESION SOCIALE »/, 'Vers le pilier');
    // The new page opens at its top, its heading focused: not the link left behind, not the body.
    await pressTo(page, 'Enter', /^<h1[^>]*> « Pilier : COHESION SOCIALE »/, 'Ouverture du pilier');
    expect(new URL(page.url()).pathname).toBe('/piliers/P2');

    // A filter, changed with the keyboard: the address and the figures follow.
    const actions = keyFigure(page, 'Actions');
    await actions.waitFor();
    const actionsBefore = await actions.textContent();
    const labelsBefore = (await valueLabels(page)).join(' | ');
    await pressUntil(page, 'Tab', /^<summary> « Années tous »/, 'Vers le filtre des années', 10);
    await press(page, 'Enter', 'Ouverture de la liste des années');
    expect(await page.locator('details.choice-list[open]').count()).toBe(1);
    const year = await press(page, 'Tab', 'Première année');
    expect(year.description).toMatch(/^<input> « \d{4} »/);
    const chosen = /« (\d{4}) »/.exec(year.description)?.[1];
    await press(page, 'Space', 'Choix de l’année');
    await page.waitForURL((url) => url.searchParams.get('annee') === chosen);
    await expect.poll(() => actions.textContent()).not.toBe(actionsBefore);
    await expect.poll(async () => (await valueLabels(page)).join(' | ')).not.toBe(labelsBefore);
    expect(await page.getByText(/actions? correspond(ent)? aux filtres/).textContent()).toContain(
      (await actions.textContent())?.trim() ?? '',
    );
    // Escape closes the list and gives the focus back to its summary, which now says the choice.
    const summary = await press(page, 'Escape', 'Fermeture de la liste');
    expect(summary.description).toBe(`<summary> « Années ${chosen} »`);
    expect(await page.locator('details.choice-list[open]').count()).toBe(0);

    // Back up to the navigation's "Présenter", then into the slides.
    await pressUntil(page, 'Shift+Tab', /^<a[^>]*> « Présenter »/, 'Vers « Présenter »', 15);
    // The slide's title takes the focus, and keeps it from slide to slide.
    await pressTo(page, 'Enter', /^<h1[^>]*> « Vue d’ensemble »/, 'Lancement de la présentation');
    await page.locator('.slide-counter').waitFor();
    expect(new URL(page.url()).pathname).toBe('/presentation');
    expect(new URL(page.url()).searchParams.get('annee')).toBe(chosen);
    const steps: [string, string][] = [
      ['ArrowRight', '2'],
      ['Space', '3'],
      ['PageDown', '4'],
      ['PageUp', '3'],
      ['ArrowLeft', '2'],
      [
        'End',
        String(
          await page
            .locator('.slide-counter')
            .evaluate((node) => /(\d+)\s*$/.exec(node.textContent ?? '')?.[1]),
        ),
      ],
      ['Home', '1'],
    ];
    for (const [key, expected] of steps) {
      await press(page, key, `Diapositive attendue : ${expected}`);
      await expect.poll(() => slideParam(page) ?? '1').toBe(expected);
    }
    // The presenter's controls are in reach too, and show themselves when focused.
    const control = await press(page, 'Tab', 'Commandes de la présentation');
    expect(control.description).toMatch(/^<button> « Suivante/);
    await press(page, 'ArrowRight', 'Diapositive suivante depuis les commandes');
    await expect.poll(() => slideParam(page)).toBe('2');

    // Escape goes back to the page the slides were opened from, with its filter and its heading focused.
    await pressTo(page, 'Escape', /^<h1[^>]*> « Pilier : COHESION SOCIALE »/, 'Sortie de la présentation');
    expect(new URL(page.url()).pathname).toBe('/piliers/P2');
    expect(new URL(page.url()).searchParams.get('annee')).toBe(chosen);
    await page.context().close();
  }, 90_000);

  it('shows every focus stop of the overview, none in a hidden region, and lets the focus leave', async () => {
    const page = await openDemo('/');
    const stops: string[] = [];
    for (let count = 1; count <= 400; count += 1) {
      await page.keyboard.press('Tab');
      const focus = await readFocus(page);
      // Past the last stop the focus leaves the page (to the browser's own controls): the end of the tour.
      if (focus.onBody && count > 1) break;
      await expectVisibleFocus(page, `Arrêt ${count}`);
      // A stop inside aria-hidden is one a screen reader cannot name: the user is somewhere unknown.
      expect(focus.hiddenAncestor, `Arrêt ${count} : ${focus.description} dans une zone masquée`).toBeNull();
      stops.push(focus.description);
    }
    expect(stops.length).toBeLessThan(400);
    expect(stops[0]).toMatch(/« Aller au contenu »/);
    expect(stops.at(-1)).toMatch(/« Accessibilité : non conforme »/);
    await page.context().close();
  }, 120_000);
});
