import { describe, expect, it } from 'vitest';
import { type Action, programmationYears } from '../../src/domain/action';
import { filterActions } from '../../src/domain/action-filter';
import {
  buildActionsSection,
  buildAnnualReport,
  buildMeansSection,
  buildOrientations,
  buildSituation,
  type ContextFigures,
  defaultReportYear,
  type ReportDataInput,
  relativeChange,
} from '../../src/domain/annual-report';
import { joinIndicators } from '../../src/domain/context-indicators';
import { computeDashboard, type DashboardFigures } from '../../src/domain/dashboard-figures';
import { neighbourhoodFigures } from '../../src/domain/neighbourhood-figures';
import { buildObjectiveIndex } from '../../src/domain/objective-index';
import { parseFilterParams } from '../../src/features/filters/filter-params';
import { mockContract, mockObjectives, mockTerritories } from '../../src/mocks/handlers';
import {
  actions,
  dashboardIndex as index,
  NORD,
  randomActions,
  SUD,
  dashboardTerritories as territories,
} from '../support/dashboard-fixtures';
import { asCollection, shippedIndicators, shippedTerritories } from '../support/territory-context';

const referenceDate = '2023-11-30';

/**
 * The dashboard's figures for an address, computed as the overview computes them (use-dashboard.ts): the
 * filter read from the URL by the filters' own parser, then filterActions and computeDashboard.
 */
const dashboardAt = (input: ReportDataInput, search: string): DashboardFigures => {
  const { filter } = parseFilterParams(new URLSearchParams(search));
  return computeDashboard({
    index: input.index,
    territories: input.territories,
    actions: filterActions(input.actions, filter, input.index),
    allActions: input.actions,
    filter,
    referenceDate: input.referenceDate,
  });
};

/** What a reader sees of a dashboard: every figure, without the objects' identities. */
const readable = (figures: DashboardFigures) => ({
  actionIds: figures.actions.map((action) => action.id),
  domains: figures.domains.map((domain) => [domain.code, figures.rollUp.byCode.get(domain.code)]),
  nodes: [...figures.rollUp.byCode.entries()],
  contract: figures.contract,
  territories: figures.territories.map(({ territory, rollUp }) => [territory.id, rollUp.contract]),
  budget: figures.budget,
  byStatus: figures.byStatus,
  late: figures.late,
  gaps: figures.gaps.map((gap) => gap.objective.code),
});

const known = new Set(index.operationalIds.map((id) => index.nodes[id]?.code));
/** Random actions over the fixture tree, without the references a checked programmation would refuse. */
const checked = (list: Action[]) =>
  list.filter(
    (action) =>
      action.objectives.every((code) => known.has(code)) &&
      action.territories.every((id) => id === NORD || id === SUD),
  );

describe('Annual report: the figures for year N are the dashboard’s for ?annee=N', () => {
  const randomInput: ReportDataInput = {
    index,
    territories,
    actions: checked(randomActions(1_000, 17)),
    referenceDate,
  };

  it.each([2022, 2023, 2024])('random programmation, year %i', (year) => {
    const report = buildAnnualReport(randomInput, year);
    const dashboard = dashboardAt(randomInput, `annee=${year}`);
    expect(dashboard.actions.length).toBeGreaterThan(80);
    expect(readable(report.actions.dashboard)).toEqual(readable(dashboard));
    // Section 3's rows are the dashboard's, pillar by pillar and territory by territory.
    for (const row of report.actions.domains) {
      expect(row.figures).toEqual(dashboard.rollUp.byCode.get(row.node.code));
      expect(row.gaps.map((gap) => gap.objective.code)).toEqual(
        dashboard.gaps.filter((gap) => gap.domain.code === row.node.code).map((gap) => gap.objective.code),
      );
    }
    expect(report.actions.territories.map((row) => [row.territory.id, row.figures])).toEqual(
      dashboard.territories.map(({ territory, rollUp }) => [territory.id, rollUp.contract]),
    );
    // Section 4: this year's money and the year before's, each as the dashboard shows it for its year.
    expect(report.means.current).toEqual(dashboard.budget);
    const before = dashboardAt(randomInput, `annee=${year - 1}`);
    // The data start in 2022: the report of 2022 has no year before to compare with.
    expect(report.means.previous).toEqual(year === 2022 ? null : before.budget);
    expect(before.actions.length > 0).toBe(year !== 2022);
    // Section 6: every action of the year, as the actions page lists them for ?annee=N.
    expect(report.annexes.actions.map((action) => action.id)).toEqual(
      dashboard.actions.map((action) => action.id),
    );
  });

  it('Grand Cahors’ seeded programmation, every year of the contract', () => {
    const seeded = mockContract();
    const input: ReportDataInput = {
      index: buildObjectiveIndex(mockObjectives),
      territories: mockTerritories,
      actions: seeded.actions,
      referenceDate: seeded.meta.dataDate as string,
    };
    for (const year of programmationYears(seeded.actions)) {
      const report = buildAnnualReport(input, year);
      expect(readable(report.actions.dashboard)).toEqual(readable(dashboardAt(input, `annee=${year}`)));
      expect(report.actions.domains).toHaveLength(6);
      expect(report.actions.territories.map((row) => row.territory.name)).toContain('Terre-Rouge');
    }
  });
});

/**
 *          year  objectives        territories  status      progress  cost   État   Ville  porteur
 *   A-001  2023  T1.1.1            nord         en-cours    40        1 000    600    400
 *   A-002  2023  P1.1.1, P2.1.1    nord, sud    realisee    100       2 000  1 000           500
 *   A-003  2023  P1.2.1            sud          deposee     –           600
 *   A-004  2023  P2.1.2            sud          programmee  never       400           400
 *   A-005  2022  P1.1.1            nord         realisee    80        1 500    500  1 000
 *
 * 2023: covered T1.1.1, P1.1.1, P2.1.1, P2.1.2 (4/7); gaps T1.1.2 (T1), P1.1.2 and P1.2.1 (P1; A-003 is
 * only déposée). State 1 600 of 4 000 (40 %); leverage over: (400 + 500) / 1 600.
 * 2022: 1 500, State 500, Ville 1 000.
 */
const handWorked = actions(
  {
    objectives: ['T1.1.1'],
    territories: [NORD],
    status: 'en-cours',
    progressHistory: [{ date: '2023-06-30', progress: 40 }],
    budget: { totalCost: 1_000, funding: { etat: 600, ville: 400 } },
  },
  {
    objectives: ['P1.1.1', 'P2.1.1'],
    territories: [NORD, SUD],
    status: 'realisee',
    progressHistory: [{ date: '2023-10-31', progress: 100 }],
    budget: { totalCost: 2_000, funding: { etat: 1_000, porteur: 500 } },
  },
  { objectives: ['P1.2.1'], territories: [SUD], status: 'deposee', budget: { totalCost: 600, funding: {} } },
  {
    objectives: ['P2.1.2'],
    territories: [SUD],
    status: 'programmee',
    budget: { totalCost: 400, funding: { ville: 400 } },
  },
  {
    year: 2022,
    objectives: ['P1.1.1'],
    territories: [NORD],
    status: 'realisee',
    progressHistory: [{ date: '2022-12-31', progress: 80 }],
    budget: { totalCost: 1_500, funding: { etat: 500, ville: 1_000 } },
  },
);
const handInput: ReportDataInput = { index, territories, actions: handWorked, referenceDate };

describe('Annual report sections, worked by hand', () => {
  it('section 1 recalls the axes and pillars with their strategic objectives', () => {
    const orientations = buildOrientations(index);
    expect(orientations.counts).toEqual({ axes: 1, pillars: 2, strategic: 4, operational: 7 });
    expect(
      orientations.domains.map((domain) => [
        domain.node.code,
        domain.strategic.map((each) => `${each.node.code}:${each.operational}`),
      ]),
    ).toEqual([
      ['T1', ['T1.1:2']],
      ['P1', ['P1.1:2', 'P1.2:1']],
      ['P2', ['P2.1:2']],
    ]);
  });

  it('section 3 counts the year’s actions, cost, coverage and gaps per pillar and per territory', () => {
    const section = buildActionsSection(handInput, 2023);
    expect(section.dashboard.actions.map((action) => action.id)).toEqual([
      'A-001',
      'A-002',
      'A-003',
      'A-004',
    ]);
    const byDomain = Object.fromEntries(
      section.domains.map((row) => [
        row.node.code,
        {
          actions: row.figures.actions,
          cost: row.figures.budget,
          covered: `${row.figures.coverage.covered}/${row.figures.coverage.total}`,
          gaps: row.gaps.map((gap) => gap.objective.code),
        },
      ]),
    );
    expect(byDomain).toEqual({
      T1: { actions: 1, cost: 1_000, covered: '1/2', gaps: ['T1.1.2'] },
      // A-002's cost is shared between its two objectives, one in each pillar.
      P1: { actions: 2, cost: 1_000 + 600, covered: '1/3', gaps: ['P1.1.2', 'P1.2.1'] },
      P2: { actions: 2, cost: 1_000 + 400, covered: '2/2', gaps: [] },
    });
    const byTerritory = Object.fromEntries(
      section.territories.map((row) => [
        row.territory.id,
        { actions: row.figures.actions, cost: row.figures.budget, gaps: row.gaps },
      ]),
    );
    expect(byTerritory).toEqual({
      // A-002's cost is shared between its two territories.
      [NORD]: { actions: 2, cost: 1_000 + 1_000, gaps: 7 - 3 },
      [SUD]: { actions: 3, cost: 1_000 + 600 + 400, gaps: 7 - 3 },
    });
    // The table by objective lists each served objective in the annex's order, an action under each of its objectives.
    expect(
      section.byObjective.map((row) => [row.objective.code, row.actions.map((action) => action.id)]),
    ).toEqual([
      ['T1.1.1', ['A-001']],
      ['P1.1.1', ['A-002']],
      ['P1.2.1', ['A-003']],
      ['P2.1.1', ['A-002']],
      ['P2.1.2', ['A-004']],
    ]);
  });

  it('section 4 sets the State’s credits, the other funders and the leverage against the year before', () => {
    const means = buildMeansSection(handInput, 2023);
    expect(means.current.totalCost).toBe(4_000);
    expect(means.current.byFunder.etat).toBe(1_600);
    expect(means.current.stateShare).toBe(0.4);
    expect(means.current.leverage).toEqual({ actions: 2, state: 1_600, other: 900, ratio: 900 / 1_600 });
    expect(means.previousYear).toBe(2022);
    expect(means.previous?.totalCost).toBe(1_500);
    const funders = Object.fromEntries(
      means.funders.map((row) => [row.funder, [row.previous, row.current, row.change]]),
    );
    expect(funders.etat).toEqual([500, 1_600, 1_100]);
    expect(funders.ville).toEqual([1_000, 800, -200]);
    expect(funders.porteur).toEqual([0, 500, 500]);
    expect(relativeChange(500, 1_600)).toBeCloseTo(2.2);
  });

  it('section 4 says so when the data hold no programmation the year before', () => {
    const means = buildMeansSection(handInput, 2022);
    expect(means.previous).toBeNull();
    expect(means.previousActions).toBe(0);
    expect(means.funders.every((row) => row.previous === null && row.change === null)).toBe(true);
    expect(relativeChange(null, 10)).toBeNull();
    expect(relativeChange(0, 10)).toBeNull();
  });

  it('a year with no action has empty sections, not invented figures', () => {
    const report = buildAnnualReport(handInput, 2030);
    expect(report.actions.dashboard.actions).toEqual([]);
    expect(report.actions.dashboard.contract.progress).toBeNull();
    expect(report.actions.byObjective).toEqual([]);
    expect(report.annexes.actions).toEqual([]);
  });
});

describe('Annual report section 2, from the neighbourhood statistics', () => {
  it('passes on the states of the statistics: loading, unreadable, not published (and none given)', () => {
    expect(buildSituation({ status: 'loading' })).toEqual({ status: 'loading' });
    expect(buildSituation({ status: 'failed', reason: 'HTTP 500' })).toEqual({
      status: 'failed',
      reason: 'HTTP 500',
    });
    expect(buildSituation({ status: 'unpublished' })).toEqual({ status: 'unpublished' });
    // A caller without statistics to give: as if they were not published, never figures of 0.
    expect(buildSituation(undefined)).toEqual({ status: 'unpublished' });
    expect(buildSituation(null)).toEqual({ status: 'unpublished' });
  });

  it('keeps the territories with statistics, lists the others with their reason, cites each source once', () => {
    const source = {
      publisher: 'INSEE',
      dataset: 'Quartiers prioritaires',
      licence: 'Licence Ouverte',
      vintages: [2017, 2015],
    };
    const figures: ContextFigures = {
      status: 'ready',
      groups: [
        {
          key: 'population',
          title: 'Population',
          figures: [
            {
              id: 'population',
              label: 'Population',
              own: { value: 1036, text: '1 036 habitants', vintage: 2015, source },
              comparisons: [
                { area: 'Cahors', kind: 'commune', value: 19_907, text: '19 907 habitants', vintage: 2015 },
              ],
            },
          ],
        },
      ],
      sources: [source, { ...source, vintages: [2020] }],
    };
    const situation = buildSituation({
      status: 'ready',
      territories: [
        { territory: territories[0] as never, figures },
        { territory: territories[1] as never, figures: { status: 'none', reason: 'pas un QPV' } },
      ],
    });
    if (situation.status !== 'ready') throw new Error(`section 2 ${situation.status}`);
    expect(situation.territories.map(({ territory }) => territory)).toEqual([territories[0]]);
    expect(situation.without).toEqual([{ territory: territories[1], reason: 'pas un QPV' }]);
    expect(situation.sources).toEqual([
      {
        publisher: 'INSEE',
        dataset: 'Quartiers prioritaires',
        licence: 'Licence Ouverte',
        vintages: [2015, 2017, 2020],
      },
    ]);
  });

  it('takes the neighbourhood figures of the shipped statistics as they are: Terre-Rouge’s, and the others none', () => {
    const shipped = shippedTerritories();
    const indicators = joinIndicators('indicators.json', asCollection(shippedIndicators()), shipped);
    const situation = buildSituation({
      status: 'ready',
      territories: shipped.map((territory) => ({
        territory,
        figures: neighbourhoodFigures(territory, indicators),
      })),
    });
    if (situation.status !== 'ready') throw new Error(`section 2 ${situation.status}`);
    expect(situation.territories.map(({ territory }) => territory.id)).toEqual(['terre-rouge']);
    const population = situation.territories[0]?.figures.groups[0]?.figures[0];
    expect(population?.own).toMatchObject({ value: 1036, vintage: 2015 });
    expect(population?.comparisons).toMatchObject([{ area: 'Cahors', value: 19_616 }]);
    expect(situation.without.map(({ territory }) => territory.id)).toEqual([
      'sainte-valerie',
      'croix-de-fer',
      'centre-ancien',
      'valentre',
      'les-escales',
    ]);
    expect(situation.sources.map((source) => [source.publisher, source.vintages])).toEqual([
      ['INSEE', [2015, 2017, 2020]],
    ]);
  });
});

describe('The year a report opens on', () => {
  it('is the last programmation year begun by the data date', () => {
    expect(defaultReportYear([2021, 2022, 2023, 2024], '2023-11-30')).toBe(2023);
    expect(defaultReportYear([2021, 2022], '2023-11-30')).toBe(2022);
    expect(defaultReportYear([2025], '2023-11-30')).toBe(2025);
    expect(defaultReportYear([2021, 2024], null)).toBe(2024);
    expect(defaultReportYear([], '2023-11-30')).toBeNull();
  });
});
