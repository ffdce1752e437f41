import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type PluginOption } from 'vite';
import { withEnv } from '../../scripts/support/with-env';

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>';

/**
 * A throwaway Vite project built with the given plugins, for the tests of the app's build plugins
 * (scripts/vite/): a page loading one script, and the given public/ files, in a temporary folder.
 * `env` is set for the build only, as the shell would set it (VITE_DATA_URL…).
 */
export const buildFixture = async ({
  name,
  plugins,
  indexHtml = PAGE,
  publicFiles = {},
  env = {},
}: {
  name: string;
  plugins: PluginOption[];
  indexHtml?: string;
  publicFiles?: Record<string, string>;
  env?: Record<string, string>;
}) => {
  const root = mkdtempSync(join(tmpdir(), `cap-quartiers-${name}-`));
  writeFileSync(join(root, 'index.html'), indexHtml);
  writeFileSync(join(root, 'main.js'), 'document.title = "ok";\n');
  for (const [path, content] of Object.entries(publicFiles)) {
    mkdirSync(dirname(join(root, 'public', path)), { recursive: true });
    writeFileSync(join(root, 'public', path), content);
  }
  await withEnv(env, () =>
    build({ root, configFile: false, logLevel: 'silent', plugins, build: { outDir: 'dist' } }),
  );
  return {
    root,
    /** A file of the build, as text. */
    built: (path: string) => readFileSync(join(root, 'dist', path), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
};
