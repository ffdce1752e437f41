import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, setupBrowser } from './support/page';

const { openPage } = setupBrowser();

describe('Objectives page in Chromium (production build)', () => {
  it('opens in French with the contract name, and expands to all 50 operational objectives', async () => {
    const page = await openPage('/objectifs');
    await page.getByRole('tree', { name: 'Arbre des objectifs' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.getByText('Contrat de ville du Grand Cahors').count()).toBe(1);
    expect(await page.title()).toBe('Objectifs du contrat — Cap Quartiers');

    const operational = page.getByRole('treeitem', { name: /^Objectif opérationnel / });
    expect(await operational.count()).toBe(0);
    await page.getByRole('button', { name: 'Tout déplier' }).click();
    expect(await operational.count()).toBe(50);
    expect(await page.getByRole('treeitem', { name: /^Objectif stratégique / }).count()).toBe(16);
    const last = page.getByRole('treeitem', {
      name: 'Objectif opérationnel P4.2.5 : Engager une dynamique partenariale en matière de formation professionnelle',
    });
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);

    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('has no accessibility violation on first view, while searching, and on the glossary', async () => {
    const page = await openPage('/objectifs');
    await page.getByRole('tree').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Rechercher un objectif' }).fill('clspd');
    await page.getByRole('treeitem', { name: /Renforcer le CLSPD/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('clspd');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Lexique des sigles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lexique des sigles' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('can be browsed with the keyboard alone, with a visible focus', async () => {
    const page = await openPage('/objectifs');
    await page.getByRole('tree').waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher un objectif' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focusedName()).toBe('AXES TRANSVERSAUX');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe("Objectif stratégique T1.1 : Soutenir l'implication des jeunes");
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toMatch(/^Objectif opérationnel T1\.1\.1 : /);
    // The focused row draws an outline of at least 2 px (WCAG 2.4.7 / 2.4.13).
    const outline = await page.evaluate(() => {
      const row = document.activeElement?.querySelector('.tree-row');
      return row ? Number.parseFloat(getComputedStyle(row).outlineWidth) : 0;
    });
    expect(outline).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('shows an error with a retry when the objectives cannot be loaded, then recovers', async () => {
    let fail = true;
    // The route goes in before the first request: every page's layout asks for the objectives at once.
    const page = await openPage('/sigles', undefined, {
      beforeGoto: (fresh) =>
        fresh.route('**/data/objectives.json', (route) =>
          fail ? route.fulfill({ status: 500, body: 'erreur' }) : route.fallback(),
        ),
    });
    await page.getByRole('link', { name: 'Objectifs' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de charger les objectifs' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('erreur 500');
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('tree').waitFor();
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });
});
