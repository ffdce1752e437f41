// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fictitiousFigures } from '../../../src/features/contract/api/use-fictitious-figures';

const published = { kind: 'published' } as const;
const local = {
  kind: 'local',
  importedAt: '2026-11-20T10:00:00.000Z',
  fileName: 'programmation.xlsx',
  dataDate: '2026-11-20',
} as const;

describe('fictitiousFigures', () => {
  it('follows meta.json once it is there, whatever the build', () => {
    for (const demoBuild of [true, false]) {
      expect(fictitiousFigures({ meta: { fictitious: true }, origin: published, demoBuild })).toBe(true);
      expect(fictitiousFigures({ meta: { fictitious: false }, origin: published, demoBuild })).toBe(false);
    }
  });

  it('says "fictitious" before meta.json comes on the demo build only', () => {
    expect(fictitiousFigures({ meta: undefined, origin: null, demoBuild: true })).toBe(true);
    expect(fictitiousFigures({ meta: undefined, origin: null, demoBuild: false })).toBe(false);
  });

  it('never calls a programmation imported in this browser fictitious', () => {
    expect(fictitiousFigures({ meta: { fictitious: true }, origin: local, demoBuild: true })).toBe(false);
    expect(fictitiousFigures({ meta: undefined, origin: local, demoBuild: true })).toBe(false);
  });
});
