import type { Page } from 'playwright-core';
import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/routes';
import { CHECKED_PAGES } from '../../src/features/accessibility/accessibility-statement';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

/** Every path routes.tsx declares, as written there: "/", "/piliers/:code", …, and "*" for the 404. */
const declaredRoutes = (list: readonly RouteObject[], parent = ''): string[] =>
  list.flatMap((route) => {
    const own = route.index
      ? [parent || '/']
      : route.path === undefined
        ? []
        : [route.path === '*' ? '*' : `${parent}/${route.path}`];
    const base = route.path && route.path !== '*' ? `${parent}/${route.path}` : parent;
    return [...own, ...declaredRoutes(route.children ?? [], base)];
  });

/**
 * Opens a page and waits until it has settled: its heading is there, nothing is loading, and every chart
 * is drawn (axe would otherwise check a skeleton, or miss a chart still on its way).
 */
const openSettled = async (
  path: string,
  build: 'demo' | 'production',
  viewport = { width: 1280, height: 720 },
) => {
  // Without motion, the presentation's controls are shown or hidden, never caught half-faded (whose
  // contrast axe would then measure against the slide behind).
  const page = await openPage(path, viewport, {
    build,
    beforeGoto: (fresh) => fresh.emulateMedia({ reducedMotion: 'reduce' }),
  });
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"], .loading-line, .chart-skeleton') === null,
    undefined,
    { timeout: 15_000 },
  );
  return page;
};

const audit = async (page: Page) => {
  await expectNoAxeViolations(page);
  if (new URL(page.url()).pathname === '/presentation') {
    // The presenter's controls fade out when the mouse rests, and come back when one takes the focus.
    const inControls = () => page.evaluate(() => document.activeElement?.closest('.slide-controls') !== null);
    for (let presses = 0; presses < 10 && !(await inControls()); presses += 1)
      await page.keyboard.press('Tab');
    expect(await inControls()).toBe(true);
    await expectNoAxeViolations(page);
  }
  await page.context().close();
};

describe('Accessibility of every page (axe: WCAG 2.2 A and AA, target size)', () => {
  it('checks every route the app declares, so that a new page cannot go unchecked', () => {
    // The list lives with the accessibility statement, which publishes it as "pages vérifiées".
    expect([...new Set(declaredRoutes(routes))].sort()).toEqual(
      CHECKED_PAGES.map((page) => page.route).sort(),
    );
  });

  describe.each(['demo', 'production'] as const)('%s build, at 1280×720', (build) => {
    it.each(CHECKED_PAGES.map((page) => [page.path, page.label]))(
      'has no violation on %s (%s)',
      async (path) => {
        await audit(await openSettled(path, build));
      },
      60_000,
    );
  });

  describe('on a projector, at 1920×1080 (demo build)', () => {
    it.each(['/', '/presentation'])(
      'has no violation on %s',
      async (path) => {
        await audit(await openSettled(path, 'demo', { width: 1920, height: 1080 }));
      },
      60_000,
    );
  });
});
