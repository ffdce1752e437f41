import { describe, expect, it } from 'vitest';
import { headerDataDate } from '../../src/app/header-data-date';

describe('headerDataDate', () => {
  it('shows the data date whenever there is one', () => {
    for (const actions of ['pending', 'published', 'unpublished', 'failed'] as const) {
      expect(headerDataDate('2023-11-30', actions)).toEqual({ kind: 'dated', date: '2023-11-30' });
    }
  });

  it('without a date, says no action is published only when actions.json is not', () => {
    expect(headerDataDate(null, 'unpublished')).toEqual({ kind: 'no-actions' });
    expect(headerDataDate(null, 'published')).toEqual({ kind: 'undated' });
    expect(headerDataDate(null, 'failed')).toEqual({ kind: 'undated' });
    expect(headerDataDate(null, 'pending')).toEqual({ kind: 'pending' });
  });
});
