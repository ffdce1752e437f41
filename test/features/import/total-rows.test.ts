import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../../src/features/import/cell-values';
import { totalRowLabel } from '../../../src/features/import/total-rows';

describe('totalRowLabel', () => {
  it.each<[string, SheetCell[], string]>([
    ['TOTAL and sums', ['TOTAL', null, null, 61_500, 24_000, 12_000], 'TOTAL'],
    ['Total général in the second column', [null, 'Total général', 61_500, 0.55], 'Total général'],
    [
      'Sous-total with text amounts',
      ['Sous-total pilier 2', '12 500 €', '4 000,50 €'],
      'Sous-total pilier 2',
    ],
    ['sous total without hyphen', ['sous total', 8000], 'sous total'],
    ['Totaux and a percentage', ['Totaux', '45 %', 12], 'Totaux'],
    ['Total 2024 and a year', ['2024', 'Total 2024', 61_500], 'Total 2024'],
    ['TOTAL alone', ['TOTAL'], 'TOTAL'],
  ])('recognises %s', (_, cells, label) => {
    expect(totalRowLabel(cells)).toBe(label);
  });

  it.each<[string, SheetCell[]]>([
    ['an action', ['2024', 'Médiation', 'Régie de quartier', 'Association', 12_500]],
    ['an action titled « Total » with a holder', ['2024', 'Total', 'Régie de quartier', 12_500]],
    ['a word that starts like total', ['Totalement gratuit', 12]],
    ['a total with a date', ['TOTAL', new Date(Date.UTC(2024, 0, 1)), 100]],
    ['an empty row', [null, '  ']],
    ['a row of amounts without a label', [12_500, 4_000]],
  ])('leaves %s to be read', (_, cells) => {
    expect(totalRowLabel(cells)).toBeNull();
  });
});
