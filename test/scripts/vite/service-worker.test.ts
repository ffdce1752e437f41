// @vitest-environment node
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  injectManifest,
  precacheManifest,
  publicFiles,
  SERVICE_WORKER_FILE,
  serviceWorker,
} from '../../../scripts/vite/service-worker';
import type { PrecacheManifest } from '../../../src/service-worker/precache';
import { buildFixture } from '../../support/vite-fixture';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the precache manifest', () => {
  const build1 = files({
    'index.html': '<html>1</html>',
    'assets/index-1a2b.js': 'console.log(1)',
    'assets/index-1a2b.js.map': '{}',
    [SERVICE_WORKER_FILE]: 'self',
  });

  it('lists the build’s files under the base, without the worker itself or source maps', () => {
    const manifest = precacheManifest(build1, '/cap-quartiers/');
    expect(manifest.files).toEqual(['/cap-quartiers/assets/index-1a2b.js', '/cap-quartiers/index.html']);
    expect(manifest.index).toBe('/cap-quartiers/index.html');
  });

  it('changes version when any file changes, even one whose name has no hash', () => {
    const version = precacheManifest(build1, '/').version;
    expect(precacheManifest(build1, '/').version).toBe(version);
    const newPage = new Map(build1).set('index.html', '<html>2</html>');
    expect(precacheManifest(newPage, '/').version).not.toBe(version);
  });

  it('is written into the worker whatever quotes the minifier left around its place', () => {
    const manifest: PrecacheManifest = { version: 'v1', files: ['/a.js'], index: '/index.html' };
    for (const code of [
      'JSON.parse("__PRECACHE_MANIFEST__")',
      "JSON.parse('__PRECACHE_MANIFEST__')",
      'JSON.parse(`__PRECACHE_MANIFEST__`)',
    ]) {
      const written = injectManifest(code, manifest);
      expect(JSON.parse(/^JSON\.parse\((.*)\)$/.exec(written)?.[1] ?? '')).toBe(JSON.stringify(manifest));
    }
    expect(() => injectManifest('JSON.parse("x")', manifest)).toThrow(/liste des fichiers introuvable/);
  });
});

describe('a build with the service worker', () => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    fixture = await buildFixture({
      name: 'sw',
      plugins: [serviceWorker()],
      publicFiles: { 'favicon.svg': '<svg/>', 'data/objectives.json': '{}' },
    });
  });
  afterAll(() => fixture?.remove());

  it('writes /service-worker.js in one piece, keeping the page, its script and public/, not the data', () => {
    const code = fixture.built(SERVICE_WORKER_FILE);
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).not.toContain('__PRECACHE_MANIFEST__');
    const manifest = JSON.parse(
      JSON.parse(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1] ?? '""'),
    ) as PrecacheManifest;
    const script = manifest.files.find((file) => /^\/assets\/index-.+\.js$/.test(file));
    expect(script).toBeDefined();
    expect(manifest.files).toEqual(expect.arrayContaining(['/index.html', '/favicon.svg']));
    expect(manifest.files.some((file) => file.startsWith('/data/'))).toBe(false);
    expect(publicFiles(join(fixture.root, 'public'))).toEqual(['favicon.svg']);
  });
});
