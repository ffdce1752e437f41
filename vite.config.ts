import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy';
import { preloadApp } from './scripts/vite/preload-app';
import { preloadData } from './scripts/vite/preload-data';
import { reactRouterProduction } from './scripts/vite/react-router-production';
import { serviceWorker } from './scripts/vite/service-worker';

/**
 * Serves MSW's worker script to the dev server only. It is not kept in public/, which Vite copies into
 * every build: the production build must not ship a mock worker at all. Served from the installed package,
 * so that the worker always matches the library's version.
 */
const serveMockWorker = (): Plugin => ({
  name: 'cap-quartiers:serve-mock-worker',
  apply: 'serve',
  configureServer(server) {
    const script = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
    server.middlewares.use((request, response, next) => {
      if (request.url?.split('?')[0] !== `${server.config.base}mockServiceWorker.js`) return next();
      response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(readFileSync(script));
    });
  },
});

/**
 * The app's version as the offline cache reads it (src/app/query-persistence.ts): package.json's version and
 * the commit built, so that every new build discards the caches an older one saved. Without git (a source
 * archive), the package version alone.
 */
const appVersion = (() => {
  const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `${version}+${commit.toString().trim()}`;
  } catch {
    return version;
  }
})();

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [
    react(),
    reactRouterProduction(),
    serveMockWorker(),
    preloadData(),
    preloadApp(),
    serviceWorker(),
    contentSecurityPolicy(),
  ],
  build: {
    // No source maps in dist/: the production build ships only what the browser needs.
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React in a chunk of its own: it changes less often than the app, so browsers keep it cached
            // across releases. Its priority must stay above any group that uses it, or a group pulling it
            // in would take React's core with it (and the first screen would wait for that group).
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            // zod with the setting that makes it jitless (src/config/zod-jitless.ts), in a chunk of their own:
            // every chunk that defines a schema imports it, so the setting is in place before any schema is
            // built. Left to share a chunk with the domain's schemas (as the lazily loaded pages that import
            // the domain make it), zod would build those before src/app/start.tsx could set it, and try `new Function`,
            // which the Content-Security-Policy refuses and reports.
            {
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|src[\\/]config[\\/]zod-jitless\.ts$/,
              priority: 15,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['test/support/setup.ts'],
    globals: true,
    css: false,
    restoreMocks: true,
    // Time limits catch a test that hangs, not a slow one (speed is measured by the bench): on the 2-core
    // machines that run `npm test`, often beside other jobs, a whole overview rendered in jsdom can take
    // more than the default 5 s.
    testTimeout: 20_000,
  },
});
