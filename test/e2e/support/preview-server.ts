import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

/** Serves a built dist/ with `vite preview` on a free port, as the browser tests and screenshots need. */
export const startPreview = async (outDir = 'dist') => {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, outDir, 'index.html'))) {
    throw new Error(
      `${outDir}/index.html est absent : lancez d’abord « npm run build » (ou « npm run build:demo -- --out dist-demo »).`,
    );
  }
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview n’a pas donné d’adresse');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
};
