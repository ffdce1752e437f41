import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action';
import { emptyFilter, filterActions } from '../../src/domain/action-filter';
import { progressTimeline, type TimelinePoint } from '../../src/domain/progress-timeline';
import { countsForCoverage } from '../../src/domain/roll-up';
import { actions, dashboardIndex, randomActions } from '../support/dashboard-fixtures';

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

/** The rule read plainly: at each report date, the mean of each counting action's latest report so far. */
const referenceTimeline = (list: readonly Action[]): TimelinePoint[] => {
  const counting = list.filter((each) => countsForCoverage(each.status));
  const dates = [
    ...new Set(counting.flatMap((each) => each.progressHistory.map((report) => report.date))),
  ].sort();
  return dates.map((date) => {
    const latest = counting
      .map((each) => each.progressHistory.filter((report) => report.date <= date).at(-1)?.progress)
      .filter((progress): progress is number => progress !== undefined);
    const mean = latest.reduce((sum, progress) => sum + progress, 0) / latest.length;
    return { date, progress: mean, reported: latest.length };
  });
};

describe('progressTimeline against the rule read plainly', () => {
  const drawn = randomActions(200, 31);
  const close = (points: TimelinePoint[]) =>
    points.map(({ date, progress, reported }) => ({ date, progress: Math.round(progress * 1e9), reported }));

  it('over every action', () => {
    // The running sum and the plain sum may differ in the last bits.
    expect(close(progressTimeline(drawn))).toEqual(close(referenceTimeline(drawn)));
  });

  it('over a filter’s result, read from the table of every action', () => {
    const kept = filterActions(drawn, { ...emptyFilter, statuses: ['en-cours', 'deposee'] }, dashboardIndex);
    expect(kept.length).toBeGreaterThan(0);
    expect(progressTimeline(kept)).toEqual(progressTimeline([...kept]));
    expect(close(progressTimeline(kept))).toEqual(close(referenceTimeline(kept)));
  });
});
