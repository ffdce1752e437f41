import { describe, expect, it } from 'vitest';
import { fingerprintOf, hashText, sameWidth, snapshotShowsView } from '../../src/lib/snapshot-protocol';

describe('fingerprintOf', () => {
  const actions = JSON.stringify({ actions: [{ id: 'A1', progress: 40 }] });

  it('is the same for the same texts, and differs when one character of a document changes', () => {
    expect(fingerprintOf(['{}', actions])).toBe(fingerprintOf(['{}', actions]));
    expect(fingerprintOf(['{}', actions])).not.toBe(fingerprintOf(['{}', actions.replace('40', '45')]));
  });

  it('tells documents apart by their order and their length', () => {
    expect(fingerprintOf(['a', 'b'])).not.toBe(fingerprintOf(['b', 'a']));
    expect(fingerprintOf([actions])).not.toBe(fingerprintOf([`${actions}\n`]));
  });

  it('ignores a byte-order mark, as the browser’s Response.text() drops it', () => {
    expect(fingerprintOf([`\uFEFF${actions}`])).toBe(fingerprintOf([actions]));
  });

  it('hashes accented text (UTF-16 code units) without collapsing different words', () => {
    expect(hashText('Réalisée')).not.toBe(hashText('Realisee'));
  });
});

describe('snapshotShowsView', () => {
  it('holds for the same path, a trailing slash aside, without a query string', () => {
    expect(snapshotShowsView('/', { pathname: '/', search: '' })).toBe(true);
    expect(snapshotShowsView('/piliers/P2', { pathname: '/piliers/P2/', search: '' })).toBe(true);
  });

  it('fails for another page or any query (a filter, a chart choice, the print view)', () => {
    expect(snapshotShowsView('/', { pathname: '/actions', search: '' })).toBe(false);
    expect(snapshotShowsView('/', { pathname: '/', search: '?annee=2024' })).toBe(false);
    expect(snapshotShowsView('/piliers/P2', { pathname: '/piliers/P3', search: '' })).toBe(false);
  });
});

describe('sameWidth', () => {
  it('accepts a sub-pixel difference only', () => {
    expect(sameWidth(1186.4, 1186.25)).toBe(true);
    expect(sameWidth(1187, 1186)).toBe(false);
  });
});
