import { describe, expect, it } from 'vitest';
import {
  dynamicImports,
  formatKiB,
  gzipSize,
  htmlScripts,
  staticClosure,
  staticImports,
} from '../../../scripts/bench/js-size';

describe('what a page of the build loads first', () => {
  it('reads the entry script and the modulepreloads of index.html', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-Ab12.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-Cd34.js">
      <link rel="stylesheet" crossorigin href="/assets/index-Ef56.css">
      <link rel="modulepreload" crossorigin href="/assets/bar-chart-plot-Gh78.js" fetchpriority="low">
    </head>`;
    // The low-priority one (a prerendered page's charts, for the app to take over) is not needed first.
    expect(htmlScripts(html)).toEqual(['/assets/index-Ab12.js', '/assets/react-Cd34.js']);
  });

  it('tells static imports from dynamic ones in minified chunks', () => {
    const code =
      'import{a as e,b as t}from"./react-Cd34.js";import"./side-effect-Gh78.js";' +
      'export{x}from"./shared-Ij90.js";const p=()=>import(`./bar-chart-plot-Kl12.js`),q=import("./panel-Mn34.js");';
    expect(staticImports(code)).toEqual(['react-Cd34.js', 'side-effect-Gh78.js', 'shared-Ij90.js']);
    expect(dynamicImports(code)).toEqual(['bar-chart-plot-Kl12.js', 'panel-Mn34.js']);
  });

  it('follows static imports through the chunks, each once, not the dynamic ones', () => {
    const graph: Record<string, string[]> = {
      'index.js': ['react.js', 'shared.js'],
      'shared.js': ['react.js'],
      'react.js': [],
      'plot.js': ['recharts.js'],
    };
    expect(staticClosure(['index.js'], (file) => graph[file] ?? [])).toEqual([
      'index.js',
      'react.js',
      'shared.js',
    ]);
  });

  it('measures gzip sizes and writes KiB the French way', () => {
    const text = 'abc'.repeat(10_000);
    expect(gzipSize(text)).toBeLessThan(text.length / 50);
    expect(formatKiB(197.66 * 1024)).toBe('197,7');
  });
});
