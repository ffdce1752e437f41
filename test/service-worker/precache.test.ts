// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cacheNameOf,
  type PrecacheManifest,
  requestKind,
  staleCaches,
} from '../../src/service-worker/precache';

const manifest: PrecacheManifest = {
  version: 'abc123',
  files: ['/index.html', '/assets/index-1a2b.js', '/assets/index-9f8e.css', '/favicon.svg'],
  index: '/index.html',
};
const origin = 'https://quartiers.example.fr';
const get = (path: string, mode = 'cors') => ({ method: 'GET', mode, url: `${origin}${path}` });

describe('the service worker’s rules', () => {
  it('answers a visit to any route of the app as a page (network first, the kept page without network)', () => {
    for (const path of [
      '/',
      '/quartiers/terre-rouge?annee=2023',
      '/objectifs/P2.3.1',
      '/presentation',
      '/index.html',
    ]) {
      expect(requestKind(get(path, 'navigate'), origin, manifest)).toBe('page');
    }
  });

  it('serves the app’s own files from its cache, and only those', () => {
    expect(requestKind(get('/assets/index-1a2b.js'), origin, manifest)).toBe('file');
    expect(requestKind(get('/favicon.svg', 'no-cors'), origin, manifest)).toBe('file');
    // A file of another build (an old page asking for its chunk) goes to the network.
    expect(requestKind(get('/assets/index-0000.js'), origin, manifest)).toBe('other');
  });

  it('does not answer a data document or any other file opened in the tab with the app’s page', () => {
    expect(requestKind(get('/data/actions.json', 'navigate'), origin, manifest)).toBe('other');
    expect(requestKind(get('/exports/actions.csv', 'navigate'), origin, manifest)).toBe('other');
    // One of the app's files opened in the tab is that file, from the cache.
    expect(requestKind(get('/favicon.svg', 'navigate'), origin, manifest)).toBe('file');
  });

  it('leaves the data documents, other origins and anything but GET to the browser', () => {
    expect(requestKind(get('/data/actions.json'), origin, manifest)).toBe('other');
    expect(requestKind(get('/data/meta.json'), origin, manifest)).toBe('other');
    expect(
      requestKind(
        { method: 'GET', mode: 'cors', url: 'https://donnees.example.fr/contrat/actions.json' },
        origin,
        manifest,
      ),
    ).toBe('other');
    expect(requestKind({ ...get('/assets/index-1a2b.js'), method: 'POST' }, origin, manifest)).toBe('other');
  });

  it('names its cache by version, and deletes only the older versions of its own cache', () => {
    expect(cacheNameOf(manifest)).toBe('cap-quartiers-app-abc123');
    expect(
      staleCaches(
        ['cap-quartiers-app-abc123', 'cap-quartiers-app-0ld', 'autre-application', 'cap-quartiers-cache'],
        manifest,
      ),
    ).toEqual(['cap-quartiers-app-0ld']);
  });
});
