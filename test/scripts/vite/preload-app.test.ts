import { describe, expect, it } from 'vitest';
import { appFiles } from '../../../scripts/vite/preload-app';

const chunk = (
  fileName: string,
  imports: string[],
  css: string[] = [],
  facadeModuleId: string | null = null,
) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

describe('appFiles', () => {
  it('lists the app module, everything it imports statically, and their styles, each once', () => {
    const bundle = {
      'assets/index-1.js': chunk(
        'assets/index-1.js',
        ['assets/snapshot-wait-1.js'],
        ['assets/index-1.css'],
        '/p/src/main.tsx',
      ),
      'assets/start-1.js': chunk(
        'assets/start-1.js',
        ['assets/react-1.js', 'assets/zod-1.js'],
        ['assets/start-1.css'],
        '/p/src/app/start.tsx',
      ),
      'assets/react-1.js': chunk('assets/react-1.js', []),
      'assets/zod-1.js': chunk('assets/zod-1.js', ['assets/react-1.js'], ['assets/zod-1.css']),
      'assets/bar-chart-plot-1.js': chunk('assets/bar-chart-plot-1.js', ['assets/react-1.js']),
      'assets/index-1.css': { type: 'asset' as const, fileName: 'assets/index-1.css' },
    };
    expect(appFiles(bundle)).toEqual({
      scripts: ['assets/start-1.js', 'assets/react-1.js', 'assets/zod-1.js'],
      styles: ['assets/start-1.css', 'assets/zod-1.css'],
    });
  });

  it('lists nothing for a bundle without the app module', () => {
    expect(appFiles({ 'assets/a.js': chunk('assets/a.js', []) })).toEqual({ scripts: [], styles: [] });
  });
});
