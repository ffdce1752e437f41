import type { HtmlTagDescriptor, Plugin } from 'vite';
import { DATA_DOCUMENTS, dataDocumentUrl } from '../../src/config/data-documents';
import { parseEnv } from '../../src/config/parse-env';

/**
 * Names the contract's documents in the built index.html as `<link rel="preload" as="fetch">`, so that the
 * browser downloads them beside the JavaScript, as soon as it reads the page. Without them the requests
 * leave only once the app's code has been downloaded, compiled and run (a few hundred milliseconds on a
 * modest laptop), and the first figures wait for both, one after the other.
 *
 * The app's own requests (src/lib/fetch-json.ts: a plain CORS fetch, credentials on the same origin only)
 * then find the documents there: `crossorigin="anonymous"` is what makes a preload match such a fetch,
 * on the app's origin and on a data server's alike. Built only: in development the mock API (MSW) answers
 * the requests, and it starts after the page.
 */
export const preloadDataTags = (dataBaseUrl: string): HtmlTagDescriptor[] =>
  DATA_DOCUMENTS.map((document) => ({
    tag: 'link',
    attrs: {
      rel: 'preload',
      href: dataDocumentUrl(dataBaseUrl, document),
      as: 'fetch',
      crossorigin: 'anonymous',
    },
    injectTo: 'head',
  }));

export const preloadData = (): Plugin => {
  let tags: HtmlTagDescriptor[] = [];
  return {
    name: 'cap-quartiers:preload-data',
    apply: 'build',
    configResolved(config) {
      // The same reading of VITE_DATA_URL and the base as the app's (src/config/env.ts).
      tags = preloadDataTags(parseEnv(config.env).dataBaseUrl);
    },
    transformIndexHtml: () => tags,
  };
};
