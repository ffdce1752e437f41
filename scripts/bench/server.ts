/**
 * The benchmark's web server: the built app (scripts/support/static-server.ts), the reference page under
 * /reference/, and /data/actions.json as whatever programmation the run is at: the build's own (279
 * actions, those its prerendered pages were made from) until `setActions`, then 1 000, 10 000, 100 000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentType, resolveStatic, send, startStaticServer } from '../support/static-server';

export type BenchServer = {
  url: string;
  /** The text served as /data/actions.json from now on. */
  setActions: (json: string) => void;
  close: () => Promise<void>;
};

export const startBenchServer = async ({
  appDir,
  referenceDir,
}: {
  appDir: string;
  referenceDir: string;
}): Promise<BenchServer> => {
  let actions: string | null = null;
  const server = await startStaticServer(appDir, (path, response) => {
    if (path === '/data/actions.json' && actions !== null) {
      send(response, 200, actions, contentType(path));
      return true;
    }
    if (!path.startsWith('/reference/')) return false;
    const file =
      resolveStatic(referenceDir, path.slice('/reference'.length)) ?? join(referenceDir, 'index.html');
    send(response, 200, readFileSync(file), contentType(file));
    return true;
  });
  return {
    ...server,
    setActions: (json) => {
      actions = json;
    },
  };
};
