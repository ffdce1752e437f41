import { describe, expect, it } from 'vitest';
import {
  forgetMappings,
  rememberedMapping,
  rememberMapping,
} from '../../../src/features/import/saved-mappings';

const KEY = 'cap-quartiers:import-column-mappings';
const entries = [
  { source: 'QPV / Territoire', target: 'territories' as const },
  { source: 'Observations', target: 'ignore' as const },
];

describe('saved-mappings', () => {
  it('gives back the mapping remembered for the same titles, and nothing for others', () => {
    rememberMapping('n dossier|qpv territoire', entries);
    expect(rememberedMapping('n dossier|qpv territoire')).toEqual(entries);
    expect(rememberedMapping('annee|intitule de l action')).toBeNull();
  });

  it('replaces the mapping of a layout chosen again, and keeps the last twenty layouts', () => {
    rememberMapping('a', entries);
    rememberMapping('a', [{ source: 'QPV / Territoire', target: 'ignore' }]);
    expect(rememberedMapping('a')).toEqual([{ source: 'QPV / Territoire', target: 'ignore' }]);
    for (let n = 1; n <= 20; n += 1) rememberMapping(`layout ${n}`, entries);
    expect(rememberedMapping('a')).toBeNull();
    expect(rememberedMapping('layout 1')).toEqual(entries);
  });

  it.each([
    ['not JSON', '{'],
    ['another shape', '{"a": 1}'],
    ['an unknown target', JSON.stringify([{ signature: 'a', entries: [{ source: 'X', target: 'budget' }] }])],
  ])('ignores a stored value that is %s', (_, stored) => {
    localStorage.setItem(KEY, stored);
    expect(rememberedMapping('a')).toBeNull();
  });

  it('forgets a layout whose mapping is now empty', () => {
    rememberMapping('a', entries);
    rememberMapping('a', []);
    expect(rememberedMapping('a')).toBeNull();
  });

  it('forgets everything', () => {
    rememberMapping('a', entries);
    forgetMappings();
    expect(rememberedMapping('a')).toBeNull();
  });
});
