/**
 * npm run screenshots [-- --out dir] [--dist dir] : screenshots of a build at the two projector sizes
 * (1280×720 and 1920×1080), for looking at what we build. Needs `npm run build` first (or
 * `npm run build:demo -- --out dist-demo` with `--dist dist-demo`).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/e2e/support/browser';
import { startPreview } from '../test/e2e/support/preview-server';

const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? 'screenshots') : 'screenshots');
const distIndex = process.argv.indexOf('--dist');
const dist = distIndex > 0 ? (process.argv[distIndex + 1] ?? 'dist') : 'dist';
mkdirSync(outDir, { recursive: true });

const pages = [
  { name: 'objectifs', path: '/objectifs' },
  { name: 'objectifs-deplies', path: '/objectifs', action: 'expand' },
  { name: 'objectifs-recherche', path: '/objectifs?q=sant%C3%A9' },
  { name: 'sigles', path: '/sigles' },
  { name: 'donnees', path: '/donnees' },
];
const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const server = await startPreview(dist);
const browser = await launchBrowser();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size });
    for (const entry of pages) {
      await page.goto(`${server.url}${entry.path}`);
      await page.getByRole('tree').or(page.locator('h1')).first().waitFor();
      // Let the actions arrive, so that the shot shows the page as a reader sees it, not its loading state.
      await page.waitForLoadState('networkidle');
      if (entry.action === 'expand') {
        await page.getByRole('button', { name: 'Tout déplier' }).click();
        await page.getByRole('treeitem', { name: /P2\.3\.1/ }).scrollIntoViewIfNeeded();
      }
      const file = resolve(
        outDir,
        `${dist.replace(/\W+/g, '-')}-${entry.name}-${size.width}x${size.height}.png`,
      );
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
