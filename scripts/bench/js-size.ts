/**
 * What JavaScript a page of the build loads first, read from the built files themselves: the scripts
 * index.html names (its entry and modulepreloads), and everything they import statically. Code behind a
 * dynamic import() (the charts' drawings, the import panel, the presentation) is loaded on demand and is
 * counted apart, as Next.js's "First Load JS" does.
 */
import { gzipSync } from 'node:zlib';

/** The scripts index.html loads: its module entries and modulepreloads, as paths from the site's root. */
export const htmlScripts = (html: string): string[] => {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    found.push(match[1] as string);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)) {
    // A prerendered page asks at a low priority for what the app loads on demand (Recharts): not needed
    // before anything shows, so counted with what is loaded after (scripts/prerender.ts).
    if (/\bfetchpriority="low"/.test(match[0])) continue;
    found.push(match[1] as string);
  }
  return [...new Set(found)];
};

const quoted = String.raw`["'\x60]\.\/([^"'\x60]+?\.js)["'\x60]`;
const staticPattern = new RegExp(
  String.raw`(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?${quoted}`,
  'g',
);
const dynamicPattern = new RegExp(String.raw`\bimport\(\s*${quoted}\s*\)`, 'g');

/** The sibling chunks a built chunk imports statically ("./x.js" in `import … from` or `import "…"`). */
export const staticImports = (code: string): string[] => {
  const dynamic = new Set([...code.matchAll(dynamicPattern)].map((match) => match.index));
  return [
    ...new Set(
      [...code.matchAll(staticPattern)]
        // `import("./x.js")` also matches the static pattern's `import` + quote: left out here.
        .filter((match) => !dynamic.has(match.index))
        .map((match) => match[1] as string),
    ),
  ];
};

/** The sibling chunks a built chunk loads with import("./x.js"). */
export const dynamicImports = (code: string): string[] => [
  ...new Set([...code.matchAll(dynamicPattern)].map((match) => match[1] as string)),
];

/** `start` and every chunk it reaches by static imports, in the order first reached. */
export const staticClosure = (start: readonly string[], importsOf: (file: string) => string[]): string[] => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file)) visit(next);
  };
  for (const file of start) visit(file);
  return [...seen];
};

/** Size in bytes once gzipped at level 9, as a server would send it. */
export const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

/** Bytes in KiB, one decimal, fr-FR: "186,9". */
export const formatKiB = (bytes: number) =>
  (bytes / 1024).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
