import { describe, expect, it } from 'vitest';
import { progressTimeline } from '../../src/domain/progress-timeline';
import { actions } from '../support/dashboard-fixtures';

/**
 *   A-001 en cours    03-31: 10, 06-30: 30, 09-30: 50
 *   A-002 réalisée               06-30: 60,              12-31: 100
 *   A-003 programmée  never reported                     → left out
 *   A-004 déposée     05-15: 90                          → left out (and so is its date)
 *   A-005 abandonnée  02-15: 0, 08-15: 20                → left out (and so are its dates)
 *
 *   03-31: A-001 10 alone                  → 10 over 1
 *   06-30: A-001 30, A-002 60              → 45 over 2
 *   09-30: A-001 50, A-002 still 60        → 55 over 2
 *   12-31: A-001 still 50, A-002 100       → 75 over 2
 */
const list = actions(
  {
    status: 'en-cours',
    progressHistory: [
      { date: '2023-03-31', progress: 10 },
      { date: '2023-06-30', progress: 30 },
      { date: '2023-09-30', progress: 50 },
    ],
  },
  {
    status: 'realisee',
    progressHistory: [
      { date: '2023-06-30', progress: 60 },
      { date: '2023-12-31', progress: 100 },
    ],
  },
  { status: 'programmee' },
  { status: 'deposee', progressHistory: [{ date: '2023-05-15', progress: 90 }] },
  {
    status: 'abandonnee',
    progressHistory: [
      { date: '2023-02-15', progress: 0 },
      { date: '2023-08-15', progress: 20 },
    ],
  },
);

const expected = [
  { date: '2023-03-31', progress: 10, reported: 1 },
  { date: '2023-06-30', progress: 45, reported: 2 },
  { date: '2023-09-30', progress: 55, reported: 2 },
  { date: '2023-12-31', progress: 75, reported: 2 },
];

describe('progressTimeline', () => {
  it('carries each action’s latest report forward, leaving out those not reported yet', () => {
    expect(progressTimeline(list)).toEqual(expected);
  });

  it('does not depend on the order of the actions', () => {
    expect(progressTimeline([...list].reverse())).toEqual(expected);
  });

  it.each([
    ['no action', []],
    ['only actions never reported', actions({ status: 'en-cours' }, { status: 'programmee' })],
    ['only déposées and abandonnées', list.slice(3)],
  ])('is empty for %s', (_, input) => {
    expect(progressTimeline(input)).toEqual([]);
  });

  it('takes the last of two reports made on the same day', () => {
    const sameDay = actions({
      progressHistory: [
        { date: '2023-06-30', progress: 10 },
        { date: '2023-06-30', progress: 20 },
      ],
    });
    expect(progressTimeline(sameDay)).toEqual([{ date: '2023-06-30', progress: 20, reported: 1 }]);
  });

  it('keeps a report of 0 % as a figure', () => {
    // 03-31: 0 alone → 0; 06-30: 0 and 50 → 25.
    const zero = actions(
      { progressHistory: [{ date: '2023-03-31', progress: 0 }] },
      { progressHistory: [{ date: '2023-06-30', progress: 50 }] },
    );
    expect(progressTimeline(zero)).toEqual([
      { date: '2023-03-31', progress: 0, reported: 1 },
      { date: '2023-06-30', progress: 25, reported: 2 },
    ]);
  });
});
