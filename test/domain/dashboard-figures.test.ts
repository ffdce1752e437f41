import { describe, expect, it } from 'vitest';
import { type Action, type ActionStatus, actionStatuses } from '../../src/domain/action';
import { type ActionFilter, emptyFilter, filterActions } from '../../src/domain/action-filter';
import { budgetBreakdown } from '../../src/domain/budget';
import { computeDashboard, isLate } from '../../src/domain/dashboard-figures';
import { rollUp } from '../../src/domain/roll-up';
import {
  action,
  actions,
  dashboardIndex as index,
  NORD,
  randomActions,
  SUD,
  dashboardTerritories as territories,
} from '../support/dashboard-fixtures';
import { roundedBudgets } from '../support/rounded-budgets';

const referenceDate = '2023-11-30';

describe('isLate', () => {
  it.each<[ActionStatus, string | null, boolean]>([
    // Still to finish, end date passed.
    ['programmee', '2023-11-29', true],
    ['en-cours', '2023-06-30', true],
    // The end date itself is not passed yet.
    ['en-cours', '2023-11-30', false],
    ['programmee', '2023-11-30', false],
    ['en-cours', '2023-12-31', false],
    // No end date: never late.
    ['en-cours', null, false],
    ['programmee', null, false],
    // Finished, not validated or given up: never late.
    ['realisee', '2023-01-31', false],
    ['deposee', '2022-12-31', false],
    ['abandonnee', '2022-12-31', false],
  ])('%s ending %s → %s', (status, endDate, expected) => {
    expect(isLate(action({ status, endDate }), referenceDate)).toBe(expected);
  });
});

/**
 *          objectives        territories  status      progress  cost   end date
 *   A-001  T1.1.1            nord         en-cours    40        1 000  2023-06-30  late
 *   A-002  P1.1.1, P2.1.1    nord, sud    realisee    100       2 000  2023-10-31
 *   A-003  P1.2.1            sud          deposee     –           600  2023-01-31  (déposée: not late)
 *   A-004  P2.1.2            sud          programmee  never       400  2023-11-01  late
 *   A-005  P1.1.2            nord         abandonnee  –           300  2023-03-31
 *   A-006  T1.1.1            sud          en-cours    20          500  –
 *
 * Covered: T1.1.1, P1.1.1 and P2.1.1, P2.1.2: 4 of 7.
 * Gaps: T1.1.2 (no action), P1.1.2 (abandonnée only), P1.2.1 (déposée only).
 * Progress: T1.1.1 = (40 + 20) / 2 = 30, P1.1.1 = P2.1.1 = 100 → (30 + 100 + 100) / 3 = 76.67.
 *
 * Per territory, each action's cost split between its territories, then between its objectives:
 *   nord: A-001 1 000 + A-002 2 000 / 2 + A-005 300 = 2 300; covered T1.1.1, P1.1.1, P2.1.1 (3/7);
 *         progress (40 + 100 + 100) / 3 = 80
 *   sud:  A-002 1 000 + A-003 600 + A-004 400 + A-006 500 = 2 500; covered T1.1.1, P1.1.1, P2.1.1, P2.1.2
 *         (4/7); progress (20 + 100 + 100) / 3 = 73.33, A-004 unreported
 *   2 300 + 2 500 = 4 800, the total cost.
 */
const all = actions(
  {
    objectives: ['T1.1.1'],
    territories: [NORD],
    status: 'en-cours',
    progress: 40,
    budget: { totalCost: 1_000, funding: { etat: 1_000 } },
    endDate: '2023-06-30',
  },
  {
    objectives: ['P1.1.1', 'P2.1.1'],
    territories: [NORD, SUD],
    status: 'realisee',
    progress: 100,
    budget: { totalCost: 2_000, funding: { ville: 2_000 } },
    endDate: '2023-10-31',
  },
  {
    objectives: ['P1.2.1'],
    territories: [SUD],
    status: 'deposee',
    budget: { totalCost: 600, funding: {} },
    endDate: '2023-01-31',
  },
  {
    objectives: ['P2.1.2'],
    territories: [SUD],
    status: 'programmee',
    budget: { totalCost: 400, funding: {} },
    endDate: '2023-11-01',
  },
  {
    objectives: ['P1.1.2'],
    territories: [NORD],
    status: 'abandonnee',
    budget: { totalCost: 300, funding: {} },
    endDate: '2023-03-31',
  },
  {
    objectives: ['T1.1.1'],
    territories: [SUD],
    status: 'en-cours',
    progress: 20,
    budget: { totalCost: 500, funding: {} },
  },
);

const dashboard = (filter: Partial<ActionFilter> = {}) => {
  const full = { ...emptyFilter, ...filter };
  return computeDashboard({
    index,
    territories,
    actions: filterActions(all, full, index),
    filter: full,
    referenceDate,
  });
};

const ids = (list: readonly { id: string }[]) => list.map((each) => each.id);
const gapCodes = (figures: ReturnType<typeof dashboard>) =>
  figures.gaps.map((gap) => `${gap.objective.code} in ${gap.domain.code}`);

describe('computeDashboard, whole contract', () => {
  const figures = dashboard();

  it('keeps the actions it was given', () => {
    expect(figures.actions).toBe(all);
  });

  it('counts the actions by status and the late ones', () => {
    expect(figures.byStatus).toEqual({
      deposee: 1,
      programmee: 1,
      'en-cours': 2,
      realisee: 1,
      abandonnee: 1,
    });
    expect(figures.late).toBe(2);
  });

  it('does not judge lateness at all without a data date, rather than on today', () => {
    const undated = computeDashboard({
      index,
      territories,
      actions: all,
      filter: emptyFilter,
      referenceDate: null,
    });
    expect(undated.late).toBeNull();
    // Everything else is the same.
    expect(undated.byStatus).toEqual(figures.byStatus);
    expect(undated.contract).toEqual(figures.contract);
  });

  it('lists every domain and every uncovered operational objective', () => {
    expect(figures.domains.map((domain) => domain.code)).toEqual(['T1', 'P1', 'P2']);
    expect(gapCodes(figures)).toEqual(['T1.1.2 in T1', 'P1.1.2 in P1', 'P1.2.1 in P1']);
  });

  it('rolls up the whole contract', () => {
    expect(figures.contract).toBe(figures.rollUp.contract);
    expect(figures.contract).toMatchObject({ coverage: { covered: 4, total: 7 }, actions: 6, budget: 4_800 });
    expect(figures.contract.progress).toBeCloseTo(230 / 3, 9);
    expect(figures.budget.totalCost).toBe(4_800);
  });

  it('gives each territory its own actions, in the order of territories.json', () => {
    expect(figures.territories.map((each) => each.territory.id)).toEqual([NORD, SUD]);
    expect(figures.territories.map((each) => ids(each.actions))).toEqual([
      ['A-001', 'A-002', 'A-005'],
      ['A-002', 'A-003', 'A-004', 'A-006'],
    ]);
  });

  it('rolls up each territory with its share of the costs', () => {
    const [nord, sud] = figures.territories.map((each) => each.rollUp);
    expect(nord?.contract).toMatchObject({ coverage: { covered: 3, total: 7 }, progress: 80, budget: 2_300 });
    expect(sud?.contract).toMatchObject({
      coverage: { covered: 4, total: 7 },
      budget: 2_500,
      unreportedActions: 1,
    });
    expect(sud?.contract.progress).toBeCloseTo(220 / 3, 9);
    // 2 000 € / 2 territories / 2 objectives.
    expect(nord?.byCode.get('P1.1.1')?.budget).toBe(500);
    expect((nord?.contract.budget ?? 0) + (sud?.contract.budget ?? 0)).toBe(figures.budget.totalCost);
  });

  it('passes the actions on to the budget breakdown', () => {
    expect(figures.budget.byFunder.etat).toBe(1_000);
    expect(figures.budget.byFunder.ville).toBe(2_000);
  });
});

describe('computeDashboard, territory filter', () => {
  it('keeps only the territories in the filter, in the order of territories.json', () => {
    expect(dashboard({ territories: [SUD, NORD] }).territories.map((each) => each.territory.id)).toEqual([
      NORD,
      SUD,
    ]);
    expect(dashboard({ territories: [SUD] }).territories.map((each) => each.territory.id)).toEqual([SUD]);
  });

  it('counts over the actions the filter keeps', () => {
    // In the south; only A-004 is late.
    const figures = dashboard({ territories: [SUD] });
    expect(ids(figures.actions)).toEqual(['A-002', 'A-003', 'A-004', 'A-006']);
    expect(figures.byStatus).toEqual({
      deposee: 1,
      programmee: 1,
      'en-cours': 1,
      realisee: 1,
      abandonnee: 0,
    });
    expect(figures.late).toBe(1);
    expect(figures.territories[0]?.rollUp.contract).toMatchObject({
      budget: 2_500,
      coverage: { covered: 4, total: 7 },
    });
    expect(gapCodes(figures)).toEqual(['T1.1.2 in T1', 'P1.1.2 in P1', 'P1.2.1 in P1']);
  });
});

describe('computeDashboard, domain filter', () => {
  it('restricts the domains, the contract figure and the gaps to P2', () => {
    // Kept: A-002 (P1.1.1 and P2.1.1) and A-004 (P2.1.2). In P2: both objectives covered, no gap; the contract's
    // budget is P2's share: 2 000 / 2 + 400 = 1 400, while the breakdown counts the actions' whole cost.
    const figures = dashboard({ domains: ['P2'] });
    expect(figures.domains.map((domain) => domain.code)).toEqual(['P2']);
    expect(figures.contract).toMatchObject({
      coverage: { covered: 2, total: 2 },
      budget: 1_400,
      progress: 100,
    });
    expect(figures.gaps).toEqual([]);
    expect(figures.budget.totalCost).toBe(2_400);
    // Per territory: north has A-002 (P2.1.1, 500 €), south A-002 and A-004 (500 + 400 €).
    expect(figures.territories.map((each) => each.rollUp.contract.coverage)).toEqual([
      { covered: 1, total: 2 },
      { covered: 2, total: 2 },
    ]);
    expect(figures.territories.map((each) => each.rollUp.contract.budget)).toEqual([500, 900]);
  });

  it('lists the gaps of P1 only', () => {
    // Kept: A-002, A-003 (déposée), A-005 (abandonnée): P1.1.1 covered, P1.1.2 and P1.2.1 not.
    const figures = dashboard({ domains: ['P1'] });
    expect(gapCodes(figures)).toEqual(['P1.1.2 in P1', 'P1.2.1 in P1']);
    expect(figures.contract).toMatchObject({
      coverage: { covered: 1, total: 3 },
      progress: 100,
      progressBasis: 1,
    });
  });

  it('keeps the annex order of the domains, not the filter’s', () => {
    expect(dashboard({ domains: ['P2', 'T1'] }).domains.map((domain) => domain.code)).toEqual(['T1', 'P2']);
  });

  it('has nothing in scope for a pillar the tree lacks, rather than the whole contract', () => {
    const figures = dashboard({ domains: ['P9'] });
    expect(figures.domains).toEqual([]);
    expect(figures.contract).toMatchObject({
      coverage: { covered: 0, total: 0 },
      progress: null,
      actions: 0,
    });
    expect(figures.gaps).toEqual([]);
  });
});

describe('computeDashboard, records that bypassed the schema', () => {
  it('counts an action once in a territory it names twice', () => {
    // The schema refuses "nord" twice; the figures must not double it anyway.
    const twice = { ...action({ territories: [NORD] }), territories: [NORD, NORD] };
    const figures = computeDashboard({
      index,
      territories,
      actions: [twice],
      filter: emptyFilter,
      referenceDate,
    });
    expect(figures.territories[0]?.actions).toHaveLength(1);
    expect(figures.territories[0]?.rollUp.contract.actions).toBe(1);
    // Its cost is shared between its distinct territories: all of it falls to the north.
    expect(figures.territories[0]?.rollUp.contract.budget).toBe(twice.budget.totalCost);
  });
});

describe('computeDashboard against the figures computed one by one', () => {
  // Random actions, some naming an objective or a territory twice, others one the tree or territories.json
  // lacks: the single pass over the table must give what separate computations give.
  const drawn = randomActions(300, 2024, true);
  const oneByOne = (kept: readonly Action[], filter: ActionFilter) => {
    const domains = filter.domains.length > 0 ? filter.domains : undefined;
    const inScope = territories.filter(
      (territory) => filter.territories.length === 0 || filter.territories.includes(territory.id),
    );
    return {
      rollUp: rollUp(index, [...kept], { domains }),
      territories: inScope.map((territory) => {
        const local = kept.filter((each) => each.territories.includes(territory.id));
        return {
          id: territory.id,
          actions: local.map((each) => each.id),
          rollUp: rollUp(index, local, {
            domains,
            costOf: (each) => each.budget.totalCost / new Set(each.territories).size,
          }),
        };
      }),
      budget: budgetBreakdown([...kept]),
      byStatus: Object.fromEntries(
        actionStatuses.map((status) => [status, kept.filter((each) => each.status === status).length]),
      ),
      late: kept.filter((each) => isLate(each, referenceDate)).length,
    };
  };

  it.each<[string, Partial<ActionFilter>]>([
    ['no filter', {}],
    ['2023', { years: [2023] }],
    ['P1 and T1', { domains: ['P1', 'T1'] }],
    ['the south', { territories: [SUD] }],
    ['the State, en cours', { funders: ['etat'], statuses: ['en-cours'] }],
    ['a pillar the tree lacks', { domains: ['P9'] }],
  ])('%s', (_, partial) => {
    const filter = { ...emptyFilter, ...partial };
    const kept = filterActions(drawn, filter, index);
    const figures = computeDashboard({ index, territories, actions: kept, filter, referenceDate });
    const expected = oneByOne(kept, filter);
    expect(roundedBudgets(figures.rollUp)).toEqual(roundedBudgets(expected.rollUp));
    expect(
      figures.territories.map((each) => ({
        id: each.territory.id,
        actions: each.actions.map((kept) => kept.id),
        rollUp: roundedBudgets(each.rollUp),
      })),
    ).toEqual(expected.territories.map((each) => ({ ...each, rollUp: roundedBudgets(each.rollUp) })));
    expect(figures.budget).toEqual(expected.budget);
    expect(figures.byStatus).toEqual(expected.byStatus);
    expect(figures.late).toBe(expected.late);
  });

  it('gives the same figures for actions filtered by hand, with or without every action alongside', () => {
    const filter = { ...emptyFilter, years: [2022, 2024] };
    const viaFilter = computeDashboard({
      index,
      territories,
      actions: filterActions(drawn, filter, index),
      filter,
      referenceDate,
    });
    const byHand = drawn.filter((each) => each.year !== 2023);
    const { actions: _kept, ...expected } = viaFilter;
    for (const allActions of [drawn, undefined]) {
      const { actions: kept, ...figures } = computeDashboard({
        index,
        territories,
        actions: byHand,
        allActions,
        filter,
        referenceDate,
      });
      expect(kept).toBe(byHand);
      expect(figures).toEqual(expected);
    }
  });
});
