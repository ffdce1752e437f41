// @vitest-environment node
import { http, passthrough } from 'msw';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  dataOrigin,
  injectPolicyMeta,
  policyDirectives,
  readPolicyMeta,
  serializePolicy,
} from '../../../scripts/vite/content-security-policy';
import { server as mockServer } from '../../support/server';
import { buildFixture } from '../../support/vite-fixture';

const SAME_ORIGIN_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

const INDEX_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>Cap Quartiers</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

describe('the policy', () => {
  it('allows the app’s own files only, data: images for the chart export and blob: workers for the import, and its own service worker', () => {
    expect(serializePolicy(policyDirectives())).toBe(SAME_ORIGIN_POLICY);
    expect(serializePolicy(policyDirectives({ dataUrl: '/donnees' }))).toBe(SAME_ORIGIN_POLICY);
  });

  it('lets the app fetch from the data server named by VITE_DATA_URL, and only from its origin', () => {
    expect(dataOrigin('https://donnees.example.fr:8443/contrat/v1/')).toBe('https://donnees.example.fr:8443');
    expect(dataOrigin('/donnees')).toBeNull();
    expect(dataOrigin(undefined)).toBeNull();
    expect(policyDirectives({ dataUrl: 'https://donnees.example.fr/contrat/' })['connect-src']).toEqual([
      "'self'",
      'https://donnees.example.fr',
    ]);
    expect(
      policyDirectives({ dataUrl: 'http://127.0.0.1:8080/', connectSources: ['https://stats.example.fr'] })[
        'connect-src'
      ],
    ).toEqual(["'self'", 'http://127.0.0.1:8080', 'https://stats.example.fr']);
  });
});

describe('the <meta> in index.html', () => {
  it('is the first element of <head>, and the charset stays within the first 1024 bytes', () => {
    const html = injectPolicyMeta(INDEX_HTML, SAME_ORIGIN_POLICY);
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    expect(Buffer.from(html).indexOf('<meta charset="UTF-8" />')).toBeLessThan(1024 - 30);
    expect(readPolicyMeta(html)).toBe(SAME_ORIGIN_POLICY);
  });

  it('refuses a page without <head> rather than ship it without a policy', () => {
    expect(() => injectPolicyMeta('<p>Bonjour</p>', SAME_ORIGIN_POLICY)).toThrow(/<head>/);
    expect(readPolicyMeta(INDEX_HTML)).toBeNull();
  });
});

describe('the plugin', () => {
  const plugin = contentSecurityPolicy();
  const applies = (env: { command: 'build' | 'serve'; isPreview?: boolean }) =>
    typeof plugin.apply === 'function' && plugin.apply({}, { mode: 'production', ...env });

  it('runs for a build and for vite preview, never for the development server', () => {
    expect(applies({ command: 'build' })).toBe(true);
    expect(applies({ command: 'serve', isPreview: true })).toBe(true);
    expect(applies({ command: 'serve', isPreview: false })).toBe(false);
  });

  describe('in a real build and preview', () => {
    let fixture: Awaited<ReturnType<typeof buildFixture>>;
    let root: string;
    let server: Awaited<ReturnType<typeof preview>>;
    let url: string;

    beforeAll(async () => {
      // As cross-origin-data.e2e.ts builds it: the data URL comes from the environment.
      fixture = await buildFixture({
        name: 'csp',
        plugins: [contentSecurityPolicy()],
        indexHtml: INDEX_HTML,
        env: { VITE_DATA_URL: 'https://donnees.example.fr/contrat/' },
      });
      root = fixture.root;
      // The preview's environment has no VITE_DATA_URL: the header must still carry the build's origin.
      server = await preview({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [contentSecurityPolicy()],
        build: { outDir: 'dist' },
        preview: { port: 0, host: '127.0.0.1' },
      });
      url = server.resolvedUrls?.local[0] ?? '';
    });

    afterAll(async () => {
      await server?.close();
      fixture?.remove();
    });

    it('puts the policy, with the data server’s origin, at the top of the built index.html', () => {
      const html = fixture.built('index.html');
      expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy"/);
      expect(readPolicyMeta(html)).toContain("connect-src 'self' https://donnees.example.fr;");
    });

    it('has vite preview send that policy as a header, with frame-ancestors, and the other security headers', async () => {
      const html = fixture.built('index.html');
      const policy = readPolicyMeta(html);
      const script = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
      expect(script).toMatch(/^assets\/.+\.js$/);
      // A real server: the test setup's mock API must let these requests through.
      mockServer.use(http.get(`${url}*`, () => passthrough()));
      // The page, a route of the app, and a script: every file the host serves.
      for (const path of ['', 'quartiers/terre-rouge', script]) {
        const response = await fetch(`${url}${path}`);
        expect(response.headers.get('content-security-policy')).toBe(`${policy}; frame-ancestors 'none'`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      }
    });
  });
});
