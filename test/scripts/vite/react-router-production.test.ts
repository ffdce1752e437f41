// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reactRouterProduction } from '../../../scripts/vite/react-router-production';

const resolve = (source: string) => {
  const { resolveId } = reactRouterProduction();
  return (resolveId as (source: string) => string | null)(source);
};

describe("React Router's production build", () => {
  it('is what a build imports for react-router and react-router/dom: the same code, warnings off', () => {
    for (const source of ['react-router', 'react-router/dom']) {
      const file = resolve(source);
      expect(file).toMatch(/react-router[\\/]dist[\\/]production[\\/]/);
      expect(readFileSync(file as string, 'utf8')).toMatch(/^import|^export/m);
    }
    // The switch is set in one of the chunks the entry imports.
    const entry = resolve('react-router') as string;
    const chunks = [...readFileSync(entry, 'utf8').matchAll(/from "(\.\/chunk-[\w-]+\.mjs)"/g)].map((match) =>
      readFileSync(new URL(match[1] ?? '', `file://${entry}`), 'utf8'),
    );
    expect(chunks.join('\n')).toContain('var ENABLE_DEV_WARNINGS = false;');
    expect(chunks.join('\n')).not.toContain('var ENABLE_DEV_WARNINGS = true;');
  });

  it('leaves every other import to Vite, and the development server and tests to the development build', () => {
    expect(resolve('react-router-dom')).toBeNull();
    expect(resolve('react')).toBeNull();
    expect(reactRouterProduction().apply).toBe('build');
  });
});
