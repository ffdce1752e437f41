/**
 * npm run screenshots [-- --out dir] [--dist dir] [--url base] [--only name,name] [--full]
 *   [--sizes 1280x720,1366x768,1920x1080] : screenshots of a build at the two projector sizes (1280×720 and
 * 1920×1080, or the sizes given: a laptop's 1366×768, say), for looking at what we build. Needs
 * `npm run build` first (or `npm run build:demo -- --out dist-demo` with `--dist dist-demo`); `--url` shoots
 * a server that already runs (the dev server), `--full` the whole page rather than the first screen. The
 * entry `presentation-toutes` shoots every slide of the deck, one file each.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/e2e/support/browser';
import { startPreview } from '../test/e2e/support/preview-server';

const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'screenshots') : 'screenshots');
const distIndex = process.argv.indexOf('--dist');
const dist = distIndex > 0 ? (process.argv[distIndex + 1] ?? 'dist') : 'dist';
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const baseUrl = option('--url');
const only = option('--only')?.split(',');
const fullPage = process.argv.includes('--full');
mkdirSync(outDir, { recursive: true });

/** `scrollTo`: a selector brought to the top of the window before the shot (a block below the first screen). */
type Shot = {
  name: string;
  path: string;
  action?: 'expand' | 'every-slide';
  settle?: number;
  scrollTo?: string;
};

const allPages: Shot[] = [
  { name: 'vue-ensemble', path: '/' },
  { name: 'vue-ensemble-filtree', path: '/?annee=2023&quartier=terre-rouge' },
  { name: 'pilier-p2', path: '/piliers/P2?annee=2023' },
  { name: 'vue-ensemble-carte', path: '/', scrollTo: '.map-card' },
  { name: 'vue-ensemble-carte-cout', path: '/?carte=cout&annee=2023', scrollTo: '.map-card' },
  { name: 'quartier-terre-rouge', path: '/quartiers/terre-rouge' },
  {
    name: 'quartier-terre-rouge-chiffres',
    path: '/quartiers/terre-rouge',
    scrollTo: '.neighbourhood-figures',
  },
  { name: 'quartier-sainte-valerie', path: '/quartiers/sainte-valerie' },
  { name: 'objectif-p2-3-1', path: '/objectifs/P2.3.1' },
  { name: 'actions', path: '/actions?tri=budget&ordre=desc' },
  { name: 'objectifs', path: '/objectifs' },
  { name: 'objectifs-deplies', path: '/objectifs', action: 'expand' },
  { name: 'objectifs-recherche', path: '/objectifs?q=sant%C3%A9' },
  { name: 'sigles', path: '/sigles' },
  { name: 'accessibilite', path: '/accessibilite' },
  { name: 'donnees', path: '/donnees' },
  { name: 'depuis-le-dernier-comite', path: '/depuis-le-dernier-comite' },
  { name: 'rapport-annuel', path: '/rapport-annuel?annee=2023' },
  { name: 'rapport-annuel-partie-2', path: '/rapport-annuel?annee=2023', scrollTo: '#partie-2' },
  {
    name: 'rapport-annuel-partie-2-carte',
    path: '/rapport-annuel?annee=2023',
    scrollTo: '[data-report-chart="situation-map"]',
  },
  {
    name: 'rapport-annuel-partie-2-chiffres',
    path: '/rapport-annuel?annee=2023',
    scrollTo: '#partie-2 .report-table-scroll',
  },
  {
    name: 'rapport-annuel-partie-2-sources',
    path: '/rapport-annuel?annee=2023',
    scrollTo: '#partie-2 .report-figures > p.rule-note',
  },
  { name: 'rapport-annuel-partie-3', path: '/rapport-annuel?annee=2023#partie-3' },
  // Slides as the room sees them: after the presenter's controls have faded out.
  { name: 'presentation', path: '/presentation', settle: 3500 },
  { name: 'presentation-carte', path: '/presentation?diapo=2', settle: 3500 },
  { name: 'presentation-carte-contraste', path: '/presentation?diapo=2&theme=contraste', settle: 3500 },
  { name: 'presentation-carte-cout', path: '/presentation?annee=2023&carte=cout&diapo=2', settle: 3500 },
  { name: 'presentation-chiffres', path: '/presentation?diapo=3', settle: 3500 },
  { name: 'presentation-chiffres-contraste', path: '/presentation?diapo=3&theme=contraste', settle: 3500 },
  { name: 'presentation-piliers', path: '/presentation?diapo=4', settle: 3500 },
  { name: 'presentation-p2', path: '/presentation?diapo=8', settle: 3500 },
  { name: 'presentation-contraste', path: '/presentation?diapo=12&theme=contraste', settle: 3500 },
  { name: 'presentation-depuis', path: '/presentation?diapo=99', settle: 3500 },
  { name: 'presentation-commandes', path: '/presentation?annee=2023&diapo=3' },
  { name: 'presentation-toutes', path: '/presentation', action: 'every-slide', settle: 3500 },
  { name: 'presentation-preparer', path: '/presentation/preparer?diapos=vue-ensemble,pilier-P2,quartiers' },
];
// Every slide is shot only when asked for by name: that is many files.
const pages = only
  ? allPages.filter((entry) => only.includes(entry.name))
  : allPages.filter((entry) => entry.action !== 'every-slide');
const sizes = (option('--sizes') ?? '1280x720,1920x1080').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  if (!width || !height) throw new Error(`--sizes : « ${size} » n’est pas une taille (1280x720).`);
  return { width, height };
});

const server = baseUrl
  ? { url: baseUrl.replace(/\/$/, ''), close: async () => {} }
  : await startPreview(dist);
const browser = await launchBrowser();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, locale: 'fr-FR' });
    for (const entry of pages) {
      await page.goto(`${server.url}${entry.path}`);
      await page.getByRole('tree').or(page.locator('h1')).first().waitFor();
      // Let the actions arrive, so that the shot shows the page as a reader sees it, not its loading state.
      await page.waitForLoadState('networkidle');
      // Charts draw one per frame (draw-queue.ts): wait for the last one, not only the first.
      await page.waitForFunction(() => !document.querySelector('.chart-skeleton'), null, { timeout: 10_000 });
      if (entry.action === 'expand') {
        await page.getByRole('button', { name: 'Tout déplier' }).click();
        await page.getByRole('treeitem', { name: /P2\.3\.1/ }).scrollIntoViewIfNeeded();
      }
      const file = (suffix = '') =>
        resolve(
          outDir,
          `${(baseUrl ? 'url' : dist).replace(/\W+/g, '-')}-${entry.name}${suffix}-${size.width}x${size.height}.png`,
        );
      if (entry.scrollTo) {
        const target = page.locator(entry.scrollTo).first();
        await target.waitFor();
        await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        await page.waitForFunction(() => !document.querySelector('.chart-skeleton'), null, {
          timeout: 10_000,
        });
      }
      if (entry.action === 'every-slide') {
        await page.locator('.slide-counter').waitFor();
        const counter = (await page.locator('.slide-counter').textContent()) ?? '';
        const count = Number(/(\d+)\s*$/.exec(counter)?.[1] ?? 1);
        // The room's view: the presenter's controls faded out (the keys do not bring them back).
        await page.waitForTimeout(entry.settle ?? 0);
        for (let slide = 1; slide <= count; slide += 1) {
          await page.waitForTimeout(300);
          await page.screenshot({ path: file(`-${String(slide).padStart(2, '0')}`), fullPage });
          console.log(file(`-${String(slide).padStart(2, '0')}`));
          await page.keyboard.press('ArrowRight');
        }
        continue;
      }
      if (entry.settle) await page.waitForTimeout(entry.settle);
      await page.screenshot({ path: file(), fullPage });
      console.log(file());
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
