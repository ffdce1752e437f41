import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, readBuild, snapshotPage, snapshotRoutes } from '../../scripts/prerender';
import type { SnapshotInfo } from '../../src/lib/snapshot-protocol';

const builtIndex = `<!doctype html>
<html lang="fr">
  <head>
    <title>Cap Quartiers</title>
    <script type="module" crossorigin src="/assets/index-AbC123.js"></script>
    <link rel="preload" href="/data/objectives.json" as="fetch" crossorigin="anonymous">
    <link rel="preload" href="/data/actions.json" as="fetch" crossorigin="anonymous">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const info: SnapshotInfo = {
  path: '/',
  documents: ['/data/objectives.json', '/data/actions.json'],
  fingerprint: 'x',
  localDataset: { database: 'cap-quartiers', store: 'imports', key: 'actions:/data' },
  charts: 2,
  builtAt: '2026-12-06T06:00:00.000Z',
};

describe('readBuild', () => {
  it('reads the base and the preloaded documents of a built index.html', () => {
    expect(readBuild(builtIndex)).toEqual({
      base: '/',
      documents: ['/data/objectives.json', '/data/actions.json'],
    });
  });
});

describe('snapshotRoutes', () => {
  it('lists the overview, each pillar and axis, each valid territory and the objectives of the contract', () => {
    const objectives = readFileSync('public/data/objectives.json', 'utf8');
    const territories = JSON.stringify({
      territories: [
        ...(JSON.parse(readFileSync('public/data/territories.json', 'utf8')) as { territories: unknown[] })
          .territories,
        { id: 42 },
      ],
    });
    const routes = snapshotRoutes(objectives, territories);
    expect(routes[0]).toBe('/');
    expect(routes.at(-1)).toBe('/objectifs');
    expect(routes).toContain('/piliers/P2');
    expect(routes).toContain('/quartiers/terre-rouge');
    // The record the app leaves out has no page.
    expect(routes.filter((route) => route.startsWith('/quartiers/'))).toHaveLength(6);
  });
});

describe('snapshotPage', () => {
  const page = snapshotPage(builtIndex, {
    info,
    gateSrc: '/assets/snapshot-gate-1.js',
    captures: [
      {
        width: 1280,
        html: '<main><h1>Vue d’ensemble</h1></main>',
        charts: 2,
        title: 'Vue <d’ensemble> – Cap Quartiers',
        modules: ['/assets/bar-chart-plot-1.js'],
      },
      {
        width: 1920,
        html: '<main><h1>Vue d’ensemble</h1></main>',
        charts: 2,
        title: 'ignored',
        modules: ['/assets/bar-chart-plot-1.js', '/assets/index-AbC123.js'],
      },
    ],
  });

  it('puts the description and the gate in the <head>, and each variant in a template at the end of the body', () => {
    expect(page.match(/<template data-cq-snapshot-variant="(\d+)">/g)).toEqual([
      '<template data-cq-snapshot-variant="1280">',
      '<template data-cq-snapshot-variant="1920">',
    ]);
    expect(page.indexOf('id="cq-snapshot-info"')).toBeLessThan(page.indexOf('snapshot-gate-1.js'));
    expect(page.indexOf('snapshot-gate-1.js')).toBeLessThan(page.indexOf('</head>'));
    expect(page.indexOf('<div id="root"></div>')).toBeLessThan(page.indexOf('<template'));
    expect(page.lastIndexOf('</template>')).toBeLessThan(page.indexOf('</body>'));
    expect(page).toContain('<div id="root"></div>');
  });

  it('asks at a low priority for the modules the app loaded on demand to draw the page, once each', () => {
    expect(page.match(/<link rel="modulepreload"[^>]*>/g)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/bar-chart-plot-1.js" fetchpriority="low">',
    ]);
  });

  it('takes the page’s title, escaped', () => {
    expect(page).toContain('<title>Vue &lt;d’ensemble&gt; – Cap Quartiers</title>');
  });

  it('writes the description as JSON that no "<" can close early', () => {
    const withTag = snapshotPage(builtIndex, {
      info: { ...info, path: '/</script><script>alert(1)' },
      gateSrc: '/g.js',
      captures: [],
    });
    expect(withTag).not.toContain('</script><script>alert(1)');
    const json = /<script type="application\/json" id="cq-snapshot-info">(.*?)<\/script>/.exec(withTag)?.[1];
    expect((JSON.parse(json ?? '') as SnapshotInfo).path).toBe('/</script><script>alert(1)');
  });
});

describe('parseArgs', () => {
  it('reads the output folder and the screen widths', () => {
    const args = parseArgs(['--out', '/tmp/x', '--largeurs', '1280,1920']);
    expect(args.out).toBe('/tmp/x');
    expect(args.viewports).toEqual([
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]);
  });

  it('names a wrong width', () => {
    expect(() => parseArgs(['--largeurs', '1280,abc'])).toThrow(/--largeurs/);
  });
});
