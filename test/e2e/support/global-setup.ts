import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One preview server of dist/ for the whole browser run. */
export default async function setup(project: TestProject) {
  const server = await startPreview(process.env.E2E_DIST ?? 'dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
