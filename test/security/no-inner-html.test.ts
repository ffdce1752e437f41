// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });

/**
 * The ways text can become HTML in a page. React writes text as text nodes; these are the only doors
 * around it, and the app has no reason to open one: data must never be read as markup.
 */
const HTML_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.(innerHTML|outerHTML)\s*[+]?=(?!=)/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bcreateContextualFragment\s*\(/,
  /\bsetHTMLUnsafe\s*\(/,
];

describe('No HTML from text', () => {
  it('src/ never puts a string into the page as HTML', () => {
    const offending = sourceFiles(join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          HTML_SINKS.some((sink) => sink.test(line))
            ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(offending).toEqual([]);
  });

  it('the linter refuses dangerouslySetInnerHTML', () => {
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
    expect(config.linter.enabled).toBe(true);
    // "error" rather than relying on the recommended preset: the rule cannot be lowered by a preset change.
    expect(config.linter.rules.security.noDangerouslySetInnerHtml).toBe('error');
  });
});
