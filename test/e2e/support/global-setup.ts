import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build (dist/): real data files, no actions.json. */
    baseUrl: string;
    /** The demo build (dist-demo/, from `npm run build:demo -- --out dist-demo`): generated data. */
    demoBaseUrl: string;
  }
}

/** One preview server per build for the whole browser run. */
export default async function setup(project: TestProject) {
  const production = await startPreview(process.env.E2E_DIST ?? 'dist');
  const demo = await startPreview(process.env.E2E_DEMO_DIST ?? 'dist-demo');
  project.provide('baseUrl', production.url);
  project.provide('demoBaseUrl', demo.url);
  return async () => {
    await Promise.all([production.close(), demo.close()]);
  };
}
