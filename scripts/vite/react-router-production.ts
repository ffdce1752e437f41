import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router 7 exports its development build to every bundler, whatever the mode (remix-run/react-router
 * issues 12532 and 14102, a stopgap they have kept since 7.0.2): a production bundle then ships its
 * developer warnings and the code that writes them. Its production build sits beside it in the package, the
 * same code with the warnings switched off; the app's build takes that one. The development server and the
 * tests keep the development build and its warnings.
 */
export const reactRouterProduction = (): Plugin => {
  const require = createRequire(import.meta.url);
  const production = join(dirname(require.resolve('react-router/package.json')), 'dist', 'production');
  const entries: Record<string, string> = {
    'react-router': join(production, 'index.mjs'),
    'react-router/dom': join(production, 'dom-export.mjs'),
  };
  return {
    name: 'cap-quartiers:react-router-production',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => entries[source] ?? null,
  };
};
