import { describe, expect, it } from 'vitest';
import type { Action, ActionStatus } from '../../src/domain/action';
import { type NodeFigures, rollUp } from '../../src/domain/roll-up';
import {
  actionAsOf,
  type Change,
  contractAsOf,
  defaultReferenceDate,
  sinceCommittee,
  sinceCommitteeRule,
} from '../../src/domain/since-committee';
import {
  type ActionDraft,
  action,
  actions,
  dashboardIndex as index,
  NORD,
  randomActions,
  SUD,
  dashboardTerritories as territories,
} from '../support/dashboard-fixtures';

const D = '2023-06-15';

const reports = (...entries: [string, number][]) => entries.map(([date, progress]) => ({ date, progress }));

describe('actionAsOf: programmation year', () => {
  it('is absent before 1 January of its programmation year', () => {
    expect(actionAsOf(action({ year: 2024, status: 'programmee' }), '2023-12-31')).toBeNull();
    expect(actionAsOf(action({ year: 2024, status: 'deposee' }), '2023-12-31')).toBeNull();
    // Even when its dates say it had started: the programmation year decides.
    expect(
      actionAsOf(action({ year: 2024, status: 'en-cours', startDate: '2023-11-01' }), '2023-12-31'),
    ).toBeNull();
  });

  it('is present from 1 January of that year', () => {
    expect(actionAsOf(action({ year: 2024, status: 'programmee' }), '2024-01-01')?.status).toBe('programmee');
  });
});

describe('actionAsOf: status on a date', () => {
  it.each<[string, ActionStatus, ActionDraft, ActionStatus]>([
    // Déposée and programmée keep their status whatever their dates.
    ['déposée with a past start date', 'deposee', { startDate: '2023-01-10' }, 'deposee'],
    [
      'programmée with a past start and a report',
      'programmee',
      { startDate: '2023-01-10', progressHistory: reports(['2023-03-31', 10]) },
      'programmee',
    ],
    // En cours: started by its start date or its first report.
    ['en cours, started before', 'en-cours', { startDate: '2023-02-01' }, 'en-cours'],
    ['en cours, starting that very day', 'en-cours', { startDate: D }, 'en-cours'],
    ['en cours, starting after', 'en-cours', { startDate: '2023-06-16' }, 'programmee'],
    [
      'en cours, no start date, first report before',
      'en-cours',
      { progressHistory: reports(['2023-03-31', 20]) },
      'en-cours',
    ],
    [
      'en cours, no start date, first report after',
      'en-cours',
      { progressHistory: reports(['2023-06-30', 20]) },
      'programmee',
    ],
    [
      'en cours, start after but a report before',
      'en-cours',
      { startDate: '2023-09-01', progressHistory: reports(['2023-03-31', 5]) },
      'en-cours',
    ],
    ['en cours, no date at all', 'en-cours', {}, 'programmee'],
    // Réalisée: finished on its end date, else on its last report.
    ['réalisée, ended before', 'realisee', { startDate: '2023-01-10', endDate: '2023-05-31' }, 'realisee'],
    ['réalisée, ending that very day', 'realisee', { startDate: '2023-01-10', endDate: D }, 'realisee'],
    [
      'réalisée, ending after, started before',
      'realisee',
      { startDate: '2023-01-10', endDate: '2023-09-30' },
      'en-cours',
    ],
    [
      'réalisée, ending after, starting after',
      'realisee',
      { startDate: '2023-07-01', endDate: '2023-09-30' },
      'programmee',
    ],
    [
      'réalisée, ending after, started by a report',
      'realisee',
      { endDate: '2023-09-30', progressHistory: reports(['2023-03-31', 40]) },
      'en-cours',
    ],
    [
      'réalisée, no end date, last report before',
      'realisee',
      { progressHistory: reports(['2023-03-31', 60], ['2023-05-31', 100]) },
      'realisee',
    ],
    [
      'réalisée, no end date, last report after, first before',
      'realisee',
      { progressHistory: reports(['2023-03-31', 60], ['2023-09-30', 100]) },
      'en-cours',
    ],
    [
      'réalisée, no end date, every report after',
      'realisee',
      { progressHistory: reports(['2023-09-30', 100]) },
      'programmee',
    ],
    [
      'réalisée, no end date, reports after, start before',
      'realisee',
      { startDate: '2023-02-01', progressHistory: reports(['2023-09-30', 100]) },
      'en-cours',
    ],
    // The end date wins over a last report before it.
    [
      'réalisée, last report before but end date after',
      'realisee',
      { endDate: '2023-07-31', progressHistory: reports(['2023-05-31', 100]) },
      'en-cours',
    ],
    // Neither: it cannot have finished before its start date.
    ['réalisée, no end date, no report, started before', 'realisee', { startDate: '2023-02-01' }, 'realisee'],
    [
      'réalisée, no end date, no report, starting after',
      'realisee',
      { startDate: '2023-09-01' },
      'programmee',
    ],
    ['réalisée, no date at all', 'realisee', {}, 'realisee'],
    // Abandonnée: on the later of its last report and its start date.
    [
      'abandonnée, start and last report before',
      'abandonnee',
      { startDate: '2023-01-10', progressHistory: reports(['2023-03-31', 10]) },
      'abandonnee',
    ],
    [
      'abandonnée, last report that very day',
      'abandonnee',
      { startDate: '2023-01-10', progressHistory: reports(['2023-03-31', 10], [D, 15]) },
      'abandonnee',
    ],
    [
      'abandonnée, started before, last report after',
      'abandonnee',
      { startDate: '2023-01-10', progressHistory: reports(['2023-03-31', 10], ['2023-09-30', 15]) },
      'en-cours',
    ],
    ['abandonnée, only a start date, before', 'abandonnee', { startDate: '2023-02-01' }, 'abandonnee'],
    ['abandonnée, only a start date, after', 'abandonnee', { startDate: '2023-09-01' }, 'programmee'],
    [
      'abandonnée, no start date, last report after',
      'abandonnee',
      { progressHistory: reports(['2023-09-30', 10]) },
      'programmee',
    ],
    // A report before a later start date: started by the report, abandoned on the start date.
    [
      'abandonnée, report before a start date after',
      'abandonnee',
      { startDate: '2023-09-01', progressHistory: reports(['2023-03-31', 5]) },
      'en-cours',
    ],
    // The end date plays no part in an abandonment.
    [
      'abandonnée, end date after, start before',
      'abandonnee',
      { startDate: '2023-02-01', endDate: '2023-12-31' },
      'abandonnee',
    ],
    ['abandonnée, no date at all', 'abandonnee', {}, 'abandonnee'],
  ])('%s → %s', (_, status, draft, expected) => {
    expect(actionAsOf(action({ year: 2023, status, ...draft }), D)?.status).toBe(expected);
  });
});

describe('actionAsOf: progress on a date', () => {
  const history = reports(['2023-03-31', 20], ['2023-06-15', 35], ['2023-09-30', 60]);
  const reported = action({ status: 'en-cours', startDate: '2023-02-01', progressHistory: history });

  it('is the last report dated on or before the date, the history cut there', () => {
    const then = actionAsOf(reported, D);
    expect(then?.progress).toBe(35);
    expect(then?.progressHistory).toEqual(reports(['2023-03-31', 20], ['2023-06-15', 35]));
    expect(actionAsOf(reported, '2023-06-14')?.progress).toBe(20);
  });

  it('is null, with an empty history, before the first report', () => {
    const then = actionAsOf(reported, '2023-03-30');
    expect(then?.progress).toBeNull();
    expect(then?.progressHistory).toEqual([]);
  });

  it('is null at any date for a progress no dated report backs', () => {
    const undated = action({ status: 'en-cours', startDate: '2023-02-01', progress: 40 });
    expect(actionAsOf(undated, D)?.progress).toBeNull();
    expect(actionAsOf(undated, '2030-01-01')?.progress).toBeNull();
  });

  it('leaves the action itself untouched', () => {
    actionAsOf(reported, '2023-03-30');
    expect(reported.progress).toBe(60);
    expect(reported.progressHistory).toHaveLength(3);
    expect(reported.status).toBe('en-cours');
  });
});

describe('actionAsOf: unchanged actions', () => {
  it('returns the same object when status, progress and history are unchanged', () => {
    const done = action({
      status: 'realisee',
      endDate: '2023-05-31',
      progressHistory: reports(['2023-03-31', 50], ['2023-05-31', 100]),
    });
    expect(actionAsOf(done, D)).toBe(done);
    const waiting = action({ status: 'programmee' });
    expect(actionAsOf(waiting, D)).toBe(waiting);
  });

  it('returns a copy when only the history is cut', () => {
    const later = action({
      status: 'programmee',
      progress: 10,
      progressHistory: reports(['2023-09-30', 10]),
    });
    const then = actionAsOf(later, D);
    expect(then).not.toBe(later);
    expect(then).toMatchObject({ id: later.id, status: 'programmee', progress: null, progressHistory: [] });
  });
});

describe('contractAsOf', () => {
  it('keeps the actions already in the programmation, as they stood', () => {
    const list = actions(
      { year: 2023, status: 'en-cours', startDate: '2023-09-01' },
      { year: 2024, status: 'programmee' },
      { year: 2022, status: 'deposee' },
    );
    const then = contractAsOf(list, D);
    expect(then.map((each) => [each.id, each.status])).toEqual([
      ['A-001', 'programmee'],
      ['A-003', 'deposee'],
    ]);
    expect(then[1]).toBe(list[2]);
  });
});

/**
 * from = 2022-11-15 (the committee), to = 2023-06-30 (the data date).
 *
 *          year  objectives      territories  status      dates and reports
 *   A-001  2022  T1.1.1          nord         en-cours    start 2022-03-01; 2022-06-30: 20, 2023-03-31: 60
 *   A-002  2023  P1.1.1, P1.1.2  nord, sud    realisee    start 2023-02-01, end 2023-05-31; 03-31: 50, 05-31: 100
 *   A-003  2022  P2.1.1          sud          abandonnee  start 2022-04-01; 2022-09-30: 10, 2023-03-31: 30
 *   A-004  2023  P1.2.1          sud          deposee     –
 *   A-005  2022  P2.1.2          nord         programmee  never reported
 *   A-006  2022  T1.1.2          sud          en-cours    start 2023-01-15, never reported
 *
 * At from:  A-001 en cours 20; A-002 absent (2023); A-003 en cours 10 (abandoned on its last report, 2023-03-31);
 *           A-004 absent; A-005 programmée; A-006 programmée (starts 2023-01-15).
 * At to:    A-001 en cours 60; A-002 réalisée 100; A-003 abandonnée; A-004 déposée; A-005 programmée;
 *           A-006 en cours.
 * Moves:    A-002 newly programmed, started and finished; A-003 abandoned; A-006 started.
 *
 * Contract: covered before T1.1.1, T1.1.2, P2.1.1, P2.1.2 (4/7); after T1.1.1, T1.1.2, P1.1.1, P1.1.2, P2.1.2
 *           (5/7): gained P1.1.1, P1.1.2, lost P2.1.1.
 *           Progress before (T1.1.1 20 + P2.1.1 10) / 2 = 15; after (60 + 100 + 100) / 3 = 86.67; +71.67 pts.
 * T1: 2/2 → 2/2; progress 20 → 60, +40; A-006 started.
 * P1: 0/3 → 2/3, gained P1.1.1, P1.1.2; progress none → 100 (no delta); A-002 once although in two objectives.
 * P2: 2/2 → 1/2, lost P2.1.1; progress 10 → none (A-005 never reported; no delta); A-003 abandoned.
 * Nord: 2/7 → 4/7, gained P1.1.1, P1.1.2; progress 20 → 86.67, +66.67; A-002 moves.
 * Sud: T1.1.2, P2.1.1 (2/7) → T1.1.2, P1.1.1, P1.1.2 (3/7), gained P1.1.1,
 *      P1.1.2, lost P2.1.1; progress 10 → 100, +90; started, finished A-002, abandoned A-003.
 */
const from = '2022-11-15';
const to = '2023-06-30';
const scenario = actions(
  {
    year: 2022,
    objectives: ['T1.1.1'],
    territories: [NORD],
    status: 'en-cours',
    startDate: '2022-03-01',
    progressHistory: reports(['2022-06-30', 20], ['2023-03-31', 60]),
  },
  {
    year: 2023,
    objectives: ['P1.1.1', 'P1.1.2'],
    territories: [NORD, SUD],
    status: 'realisee',
    startDate: '2023-02-01',
    endDate: '2023-05-31',
    progressHistory: reports(['2023-03-31', 50], ['2023-05-31', 100]),
  },
  {
    year: 2022,
    objectives: ['P2.1.1'],
    territories: [SUD],
    status: 'abandonnee',
    startDate: '2022-04-01',
    progressHistory: reports(['2022-09-30', 10], ['2023-03-31', 30]),
  },
  { year: 2023, objectives: ['P1.2.1'], territories: [SUD], status: 'deposee' },
  { year: 2022, objectives: ['P2.1.2'], territories: [NORD], status: 'programmee' },
  { year: 2022, objectives: ['T1.1.2'], territories: [SUD], status: 'en-cours', startDate: '2023-01-15' },
);

const codes = (change: Change) => ({
  gained: change.gained.map((node) => node.code),
  lost: change.lost.map((node) => node.code),
});
const moves = ({ started, finished, abandoned, newlyProgrammed }: Change) => ({
  started,
  finished,
  abandoned,
  newlyProgrammed,
});

describe('sinceCommittee on a hand-worked contract', () => {
  const result = sinceCommittee({ index, territories, actions: scenario, from, to });
  const domain = (code: string) => {
    const found = result.domains.find((each) => each.node.code === code);
    if (!found) throw new Error(`no domain ${code}`);
    return found.change;
  };
  const territory = (id: string) => {
    const found = result.territories.find((each) => each.territory.id === id);
    if (!found) throw new Error(`no territory ${id}`);
    return found.change;
  };

  it('echoes its dates and its rule', () => {
    expect(result.from).toBe(from);
    expect(result.to).toBe(to);
    expect(result.rule).toBe(sinceCommitteeRule);
  });

  it('gives the contract’s coverage, progress and moves', () => {
    const { contract } = result;
    expect(contract.coverage).toEqual({ before: { covered: 4, total: 7 }, after: { covered: 5, total: 7 } });
    expect(codes(contract)).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: ['P2.1.1'] });
    expect(contract.progress.before).toBe(15);
    expect(contract.progress.after).toBeCloseTo(86.667, 3);
    expect(contract.progress.delta).toBeCloseTo(71.667, 3);
    expect(moves(contract)).toEqual({ started: 2, finished: 1, abandoned: 1, newlyProgrammed: 1 });
  });

  it('lists every axis and pillar in the annex’s order', () => {
    expect(result.domains.map((each) => each.node.code)).toEqual(['T1', 'P1', 'P2']);
  });

  it('gives each domain its own change', () => {
    expect(domain('T1')).toEqual({
      coverage: { before: { covered: 2, total: 2 }, after: { covered: 2, total: 2 } },
      gained: [],
      lost: [],
      progress: { before: 20, after: 60, delta: 40 },
      started: 1,
      finished: 0,
      abandoned: 0,
      newlyProgrammed: 0,
    });
    // A-002 serves two objectives of P1 and is counted once there.
    expect(domain('P1').coverage).toEqual({
      before: { covered: 0, total: 3 },
      after: { covered: 2, total: 3 },
    });
    expect(codes(domain('P1'))).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: [] });
    expect(domain('P1').progress).toEqual({ before: null, after: 100, delta: null });
    expect(moves(domain('P1'))).toEqual({ started: 1, finished: 1, abandoned: 0, newlyProgrammed: 1 });

    expect(domain('P2').coverage).toEqual({
      before: { covered: 2, total: 2 },
      after: { covered: 1, total: 2 },
    });
    expect(codes(domain('P2'))).toEqual({ gained: [], lost: ['P2.1.1'] });
    expect(domain('P2').progress).toEqual({ before: 10, after: null, delta: null });
    expect(moves(domain('P2'))).toEqual({ started: 0, finished: 0, abandoned: 1, newlyProgrammed: 0 });
  });

  it('gives each territory its own change, an action counting in each of its territories', () => {
    expect(result.territories.map((each) => each.territory.id)).toEqual([NORD, SUD]);
    const nord = territory(NORD);
    expect(nord.coverage).toEqual({ before: { covered: 2, total: 7 }, after: { covered: 4, total: 7 } });
    expect(codes(nord)).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: [] });
    expect(nord.progress.before).toBe(20);
    expect(nord.progress.after).toBeCloseTo(86.667, 3);
    expect(nord.progress.delta).toBeCloseTo(66.667, 3);
    expect(moves(nord)).toEqual({ started: 1, finished: 1, abandoned: 0, newlyProgrammed: 1 });

    const sud = territory(SUD);
    expect(sud.coverage).toEqual({ before: { covered: 2, total: 7 }, after: { covered: 3, total: 7 } });
    expect(codes(sud)).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: ['P2.1.1'] });
    expect(sud.progress).toEqual({ before: 10, after: 100, delta: 90 });
    expect(moves(sud)).toEqual({ started: 2, finished: 1, abandoned: 1, newlyProgrammed: 1 });
  });

  it('leaves the actions given untouched', () => {
    expect(scenario.map((each) => each.status)).toEqual([
      'en-cours',
      'realisee',
      'abandonnee',
      'deposee',
      'programmee',
      'en-cours',
    ]);
    expect(scenario[0]?.progress).toBe(60);
  });
});

describe('sinceCommittee over some axes and pillars', () => {
  const result = sinceCommittee({ index, territories, actions: scenario, from, to, domains: ['P1', 'P2'] });

  it('gives the contract’s coverage over the domains in scope only, as the dashboard does', () => {
    // T1's two objectives leave the count: P1 goes 0 → 2 of 3, P2 2 → 1 of 2.
    expect(result.contract.coverage).toEqual({
      before: { covered: 2, total: 5 },
      after: { covered: 3, total: 5 },
    });
    expect(codes(result.contract)).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: ['P2.1.1'] });
    expect(result.domains.map((each) => each.node.code)).toEqual(['P1', 'P2']);
  });

  it('leaves the territories’ gains to the domains in scope', () => {
    const nord = result.territories.find((each) => each.territory.id === NORD)?.change;
    // P1.1.1 and P1.1.2 and P2.1.2; T1.1.1 is out of scope.
    expect(nord?.coverage).toEqual({ before: { covered: 1, total: 5 }, after: { covered: 3, total: 5 } });
    expect(codes(nord as Change)).toEqual({ gained: ['P1.1.1', 'P1.1.2'], lost: [] });
  });
});

describe('sinceCommittee counting', () => {
  it('counts an action once per domain and per territory, even listed twice there', () => {
    const twice = actions({
      year: 2023,
      objectives: ['P1.1.1', 'P1.2.1', 'T1.1.1'],
      territories: [NORD, SUD],
      status: 'en-cours',
      startDate: '2023-03-01',
    });
    // As a record that bypassed the schema would: an objective and a territory named twice.
    const repeated: Action[] = twice.map((each) => ({
      ...each,
      objectives: [...each.objectives, 'P1.1.1'],
      territories: [...each.territories, NORD],
    }));
    const result = sinceCommittee({ index, territories, actions: repeated, from: '2022-12-01', to });
    const expected = { started: 1, finished: 0, abandoned: 0, newlyProgrammed: 1 };
    expect(moves(result.contract)).toEqual(expected);
    expect(result.domains.map((each) => [each.node.code, moves(each.change)])).toEqual([
      ['T1', expected],
      ['P1', expected],
      ['P2', { started: 0, finished: 0, abandoned: 0, newlyProgrammed: 0 }],
    ]);
    expect(result.territories.map((each) => moves(each.change))).toEqual([expected, expected]);
    expect(codes(result.contract)).toEqual({ gained: ['T1.1.1', 'P1.1.1', 'P1.2.1'], lost: [] });
  });

  it('counts in the contract, not in a territory, an action of a territory out of scope', () => {
    const elsewhere = actions({ year: 2023, territories: ['centre'], status: 'programmee' });
    const result = sinceCommittee({
      index,
      territories: [territories[0] as (typeof territories)[number]],
      actions: elsewhere,
      from: '2022-12-01',
      to,
    });
    expect(result.contract.newlyProgrammed).toBe(1);
    expect(result.territories).toHaveLength(1);
    expect(result.territories[0]?.change.newlyProgrammed).toBe(0);
    expect(result.territories[0]?.change.coverage.after).toEqual({ covered: 0, total: 7 });
    expect(result.contract.coverage.after).toEqual({ covered: 1, total: 7 });
  });

  it('does not count a déposée action as newly programmed, nor a move within a status', () => {
    const list = actions(
      { year: 2023, status: 'deposee' },
      {
        year: 2022,
        status: 'en-cours',
        startDate: '2022-05-01',
        progressHistory: reports(['2023-03-31', 40]),
      },
    );
    const result = sinceCommittee({ index, territories, actions: list, from: '2022-12-01', to });
    expect(moves(result.contract)).toEqual({ started: 0, finished: 0, abandoned: 0, newlyProgrammed: 0 });
    // Not reported at the committee, 40 % at the data date: no delta, not 40 points.
    expect(result.contract.progress).toEqual({ before: null, after: 40, delta: null });
  });

  it('counts an action that is abandoned after being programmed since the committee', () => {
    const list = actions({ year: 2023, status: 'abandonnee', startDate: '2023-02-01' });
    const result = sinceCommittee({ index, territories, actions: list, from: '2022-12-01', to });
    expect(moves(result.contract)).toEqual({ started: 0, finished: 0, abandoned: 1, newlyProgrammed: 1 });
    expect(result.contract.coverage).toEqual({
      before: { covered: 0, total: 7 },
      after: { covered: 0, total: 7 },
    });
  });
});

describe('sinceCommittee at the data date', () => {
  // Every date of randomActions is in 2022 or 2023 and every year ≤ 2024: on 2024-12-31 each action is in
  // its current status (abandoned on its last report at the latest, réalisée at its end or with no date),
  // but an en-cours action with no date at all, which is programmée there: both count alike.
  const all = randomActions(400, 7);
  const dataDate = '2024-12-31';
  const result = sinceCommittee({ index, territories, actions: all, from: '2021-12-31', to: dataDate });
  const current = rollUp(index, all);

  const same = (change: Change, figures: NodeFigures) => {
    expect(change.coverage.after).toEqual(figures.coverage);
    if (figures.progress === null) expect(change.progress.after).toBeNull();
    else expect(change.progress.after).toBeCloseTo(figures.progress, 9);
  };

  it('reconstructs each action in its current status, but en-cours ones with no date, shown programmées', () => {
    const reconstructed = contractAsOf(all, dataDate);
    expect(reconstructed).toHaveLength(all.length);
    const undated = all.filter(
      (each) => each.status === 'en-cours' && each.startDate === null && each.progressHistory.length === 0,
    );
    expect(undated.length).toBeGreaterThan(0);
    const moved = reconstructed.filter((each, i) => each.status !== all[i]?.status);
    expect(moved.map((each) => each.id)).toEqual(undated.map((each) => each.id));
    expect(new Set(moved.map((each) => each.status))).toEqual(new Set(['programmee']));
  });

  it('gives the current roll-up’s coverage and progress as “after”, for the contract and each domain', () => {
    expect(current.contract.coverage.covered).toBeGreaterThan(0);
    same(result.contract, current.contract);
    for (const { node, change } of result.domains) same(change, current.byCode.get(node.code) as NodeFigures);
  });

  it('gives each territory’s current roll-up as “after”', () => {
    for (const { territory, change } of result.territories) {
      const inTerritory = all.filter((each) => each.territories.includes(territory.id));
      same(change, rollUp(index, inTerritory).contract);
    }
  });

  it('starts from nothing before every programmation year', () => {
    expect(result.contract.coverage.before).toEqual({ covered: 0, total: 7 });
    expect(result.contract.progress.before).toBeNull();
    expect(result.contract.newlyProgrammed).toBe(all.filter((each) => each.status !== 'deposee').length);
    expect(result.contract.lost).toEqual([]);
    expect(result.contract.gained).toHaveLength(current.contract.coverage.covered);
  });
});

describe('defaultReferenceDate', () => {
  it('is the latest committee strictly before the data date, in any order', () => {
    expect(defaultReferenceDate(['2023-03-14', '2023-11-20', '2022-12-01', '2023-06-27'], '2023-10-31')).toBe(
      '2023-06-27',
    );
  });

  it('leaves out a committee held on the data date itself', () => {
    expect(defaultReferenceDate(['2023-06-27', '2023-10-31'], '2023-10-31')).toBe('2023-06-27');
  });

  it('is null without an earlier committee', () => {
    expect(defaultReferenceDate([], '2023-10-31')).toBeNull();
    expect(defaultReferenceDate(['2023-10-31', '2024-01-15'], '2023-10-31')).toBeNull();
  });
});
