import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { escapeHtml } from '../support/html';

/**
 * The Content-Security-Policy of the built app (docs/security.md says why each directive is there).
 *
 * It goes into the built index.html as a `<meta http-equiv>`, so that the policy travels with dist/ to
 * whatever server hosts it, and `vite preview` also sends it as an HTTP header, with what a `<meta>` cannot
 * carry (frame-ancestors). The development server gets neither: Vite's client and MSW's worker need what
 * the policy forbids, and neither is in dist/.
 */

export type ContentSecurityPolicyOptions = {
  /** Further origins the app may fetch from, on top of its own and its data's (VITE_DATA_URL). */
  connectSources?: readonly string[];
};

export type PolicyDirectives = Record<string, readonly string[]>;

/**
 * The origin of the data's base URL when it is another server's (`https://donnees.example.fr/contrat/` →
 * `https://donnees.example.fr`); null for a path on the app's own origin ("/donnees", the default).
 */
export const dataOrigin = (dataUrl: string | undefined): string | null => {
  const value = dataUrl?.trim();
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return new URL(value).origin;
};

/** The policy's directives for a build whose data are read from `dataUrl` (VITE_DATA_URL). */
export const policyDirectives = ({
  dataUrl,
  connectSources = [],
}: { dataUrl?: string } & ContentSecurityPolicyOptions = {}): PolicyDirectives => {
  const origin = dataOrigin(dataUrl);
  return {
    'default-src': ["'self'"],
    // Only the bundle's own files: no inline script, no eval. Vite's module preload polyfill is part of
    // the entry chunk, not an inline script.
    'script-src': ["'self'"],
    // Only the bundle's stylesheets. React's `style` props go through the CSSOM, which CSP does not
    // govern; nothing in the app writes a style attribute or a <style> element.
    'style-src': ["'self'"],
    // data: for the chart export, which draws the chart's SVG as an image from a data URL before turning
    // it into a PNG (src/components/charts/chart-export.ts).
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // The JSON documents: on the app's origin, or on the data server's when VITE_DATA_URL names one.
    'connect-src': [...new Set(["'self'", ...(origin ? [origin] : []), ...connectSources])],
    // The .xlsx import and template (read-excel-file, write-excel-file) unzip and zip large files with
    // fflate, which starts its workers from blob: URLs made by the bundle's own code; 'self' for the
    // service worker that keeps the app's files for a reload without network (/service-worker.js).
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
};

export const serializePolicy = (directives: PolicyDirectives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/** Directives that a `<meta>` policy ignores, so that only a header can carry them. */
export const HEADER_ONLY_DIRECTIVES: PolicyDirectives = {
  // No other site may frame the dashboard (clickjacking).
  'frame-ancestors': ["'none'"],
};

/** The headers a host should send with every file of dist/ (docs/security.md). */
export const securityHeaders = (metaPolicy: string): Record<string, string> => ({
  'Content-Security-Policy': `${metaPolicy}; ${serializePolicy(HEADER_ONLY_DIRECTIVES)}`,
  'X-Content-Type-Options': 'nosniff',
  // The address holds the filters being looked at; no other site needs it.
  'Referrer-Policy': 'no-referrer',
});

/**
 * `<meta http-equiv="Content-Security-Policy">` as the first element of `<head>`: a policy given in a
 * `<meta>` only applies to what comes after it.
 */
export const injectPolicyMeta = (html: string, policy: string) => {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head)
    throw new Error('index.html n’a pas de <head> : la politique de sécurité ne peut pas y être mise.');
  const end = head.index + head[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />`;
  return `${html.slice(0, end)}${meta}${html.slice(end)}`;
};

/** The policy of a built index.html's `<meta>`, or null when it has none. */
export const readPolicyMeta = (html: string): string | null => {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return (
    meta?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&') ?? null
  );
};

export const contentSecurityPolicy = (options: ContentSecurityPolicyOptions = {}): Plugin => {
  let policy = '';
  return {
    name: 'cap-quartiers:content-security-policy',
    // `vite preview` resolves its config as "serve": it must be named to get the plugin.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      policy = serializePolicy(policyDirectives({ dataUrl: config.env.VITE_DATA_URL, ...options }));
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => injectPolicyMeta(html, policy),
    },
    configurePreviewServer(server) {
      // The policy of the build being served, read from its index.html rather than computed again: a
      // build made with another VITE_DATA_URL than the preview's environment keeps its own data origin.
      const indexHtml = resolve(server.config.root, server.config.build.outDir, 'index.html');
      let headers: Record<string, string> | null = null;
      server.middlewares.use((_request, response, next) => {
        if (!headers) {
          let builtPolicy: string | null = null;
          try {
            builtPolicy = readPolicyMeta(readFileSync(indexHtml, 'utf8'));
          } catch {
            // No build there yet: vite preview answers that itself.
          }
          // A build made without this plugin has no policy to repeat.
          headers = builtPolicy ? securityHeaders(builtPolicy) : {};
        }
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
};
