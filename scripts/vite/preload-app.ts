import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The app's module, which the entry imports once a prerendered first screen is painted (src/main.tsx). */
export const APP_MODULE = /[\\/]src[\\/]app[\\/]start\.tsx$/;

type Chunk = {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type Bundle = Record<string, Chunk | { type: 'asset'; fileName: string }>;

/**
 * The files of the app's module and of everything it imports statically: its chunks and their styles, in
 * the order a browser needs them. Empty when the bundle has no such module.
 */
export const appFiles = (bundle: Bundle) => {
  const chunks = Object.values(bundle).filter((item): item is Chunk => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId && APP_MODULE.test(chunk.facadeModuleId));
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (fileName: string) => {
    if (scripts.includes(fileName)) return;
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    scripts.push(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!styles.includes(css)) styles.push(css);
    for (const next of chunk.imports) visit(next);
  };
  if (start) visit(start.fileName);
  return { scripts, styles };
};

/**
 * Names the app's module and its imports in the built index.html (`<link rel="modulepreload">`, and its
 * styles as stylesheets): the entry imports it only once a prerendered first screen is painted
 * (src/main.tsx), but its files must download from the first byte, beside the data, as when it was a static
 * import; and its styles must be there for the snapshot's first paint, which uses them.
 */
export const preloadApp = (): Plugin => {
  let base = '/';
  return {
    name: 'cap-quartiers:preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!context.bundle) return html;
        const { scripts, styles } = appFiles(context.bundle as unknown as Bundle);
        // Those Vite has named already (the entry's own imports) are not named twice.
        const links = (rel: 'stylesheet' | 'modulepreload', files: string[]): HtmlTagDescriptor[] =>
          files
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: { rel, crossorigin: true, href: `${base}${file}` },
              injectTo: 'head',
            }));
        const tags = [...links('stylesheet', styles), ...links('modulepreload', scripts)];
        return { html, tags };
      },
    },
  };
};
