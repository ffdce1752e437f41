import { describe, expect, it } from 'vitest';
import { emptyFilter, filterActions } from '../../src/domain/action-filter';
import {
  actionTable,
  indexLayout,
  objectiveColumns,
  selectActions,
  statusCode,
} from '../../src/domain/action-table';
import { action, actions, dashboardIndex as index, NORD, SUD } from '../support/dashboard-fixtures';

// Node ids of the fixture tree: T1.1.1 = 3, P1 = 5, P1.th1 = 6, P1.1 = 7, P1.1.1 = 8, P1.1.2 = 9, P2.1.1 = 14.

/**
 *          objectives                       territories        status      progress  cost   funding
 *   A-001  P1.1.1, P1.1.2                   nord, sud          en-cours    40        1 000  porteur 100, etat 300
 *   A-002  T1.1.1, P9.1.1 (tree lacks it)   sud, centre, nord  programmee  never       900  –
 *   A-003  P2.1.1 twice                     nord twice         realisee    100         500  ville 500
 */
const three = [
  ...actions(
    {
      objectives: ['P1.1.1', 'P1.1.2'],
      territories: [NORD, SUD],
      progress: 40,
      budget: { totalCost: 1_000, funding: { porteur: 100, etat: 300 } },
    },
    {
      year: 2022,
      objectives: ['T1.1.1', 'P9.1.1'],
      territories: [SUD, 'centre', NORD],
      status: 'programmee',
      budget: { totalCost: 900, funding: {} },
    },
  ),
  {
    ...action({
      id: 'A-003',
      status: 'realisee',
      progress: 100,
      budget: { totalCost: 500, funding: { ville: 500 } },
    }),
    objectives: ['P2.1.1', 'P2.1.1'],
    territories: [NORD, NORD],
  },
];

describe('actionTable', () => {
  const table = actionTable(three);

  it('is built once per actions array', () => {
    expect(actionTable(three)).toBe(table);
    expect(actionTable([...three])).not.toBe(table);
  });

  it('holds each field in a column, NaN for a progress never reported', () => {
    expect(table.size).toBe(3);
    expect([...table.status]).toEqual([
      statusCode('en-cours'),
      statusCode('programmee'),
      statusCode('realisee'),
    ]);
    expect([...table.progress]).toEqual([40, Number.NaN, 100]);
    expect([...table.totalCost]).toEqual([1_000, 900, 500]);
    expect([...table.year]).toEqual([2023, 2022, 2023]);
    expect(table.years).toEqual([2022, 2023]);
    expect([...table.yearSlot]).toEqual([1, 0, 1]);
  });

  it('has a column per funder, 0 where the action does not name it, and the others’ sum apart', () => {
    expect([...table.funding.etat]).toEqual([300, 0, 0]);
    expect([...table.funding.porteur]).toEqual([100, 0, 0]);
    expect([...table.funding.ville]).toEqual([0, 0, 500]);
    expect([...table.funding.caf]).toEqual([0, 0, 0]);
    expect([...table.otherFunding]).toEqual([100, 0, 500]);
  });

  it('lists each row’s distinct territories, and its cost share in each', () => {
    expect(table.territoryIds).toEqual([NORD, SUD, 'centre']);
    const territoriesOf = (row: number) => [
      ...table.territoryRefs.subarray(table.territoryOffsets[row], table.territoryOffsets[row + 1]),
    ];
    expect([0, 1, 2].map(territoriesOf)).toEqual([[0, 1], [1, 2, 0], [0]]);
    expect([...table.territoryCost]).toEqual([500, 300, 500]);
  });
});

describe('objectiveColumns', () => {
  const columns = objectiveColumns(actionTable(three), index);
  const slice = (list: Int32Array, offsets: Int32Array, row: number) => [
    ...list.subarray(offsets[row], offsets[row + 1]),
  ];

  it('lists each row’s known objectives once', () => {
    expect([0, 1, 2].map((row) => slice(columns.ids, columns.offsets, row))).toEqual([[8, 9], [3], [14]]);
    expect(objectiveColumns(actionTable(three), index)).toBe(columns);
  });

  it('lists the nodes each row reaches once, with how many of its objectives stand under each', () => {
    // P1, P1.th1 and P1.1 above both of its objectives, then each of them.
    expect(slice(columns.nodes, columns.nodeOffsets, 0)).toEqual([5, 6, 7, 8, 9]);
    expect(slice(columns.times, columns.nodeOffsets, 0)).toEqual([2, 2, 2, 1, 1]);
    expect(slice(columns.nodes, columns.nodeOffsets, 1)).toEqual([0, 1, 2, 3]);
    expect(slice(columns.times, columns.nodeOffsets, 2)).toEqual([1, 1, 1]);
  });
});

describe('indexLayout', () => {
  it('lays out each operational objective’s chain and domain', () => {
    const layout = indexLayout(index);
    const chain = (id: number) => [
      ...layout.chainIds.subarray(layout.chainOffsets[id], layout.chainOffsets[id + 1]),
    ];
    expect(chain(8)).toEqual([5, 6, 7, 8]);
    expect(chain(7)).toEqual([]);
    // Domains T1, P1, P2 in that order.
    expect([layout.domainPosition[3], layout.domainPosition[8], layout.domainPosition[14]]).toEqual([
      0, 1, 2,
    ]);
    expect(layout.domainPosition[5]).toBe(-1);
  });
});

describe('selectActions', () => {
  it('selects every row of an array’s own table', () => {
    const selection = selectActions(three);
    expect(selection.table).toBe(actionTable(three));
    expect([...selection.rows]).toEqual([0, 1, 2]);
  });

  it('finds a filter’s result in the table of the actions it was filtered from', () => {
    const kept = filterActions(three, { ...emptyFilter, territories: [SUD] }, index);
    const selection = selectActions(kept);
    expect(selection.table).toBe(actionTable(three));
    expect([...selection.rows]).toEqual([0, 1]);
  });

  it('finds actions filtered by hand in the table of every action, when given it', () => {
    const byHand = [three[2], three[0]] as typeof three;
    const selection = selectActions(byHand, three);
    expect(selection.table).toBe(actionTable(three));
    expect([...selection.rows]).toEqual([2, 0]);
  });

  it('builds a table of their own for actions that are not all among those given', () => {
    const stranger = action({ id: 'B-001' });
    const mixed = [three[0], stranger] as typeof three;
    const selection = selectActions(mixed, three);
    expect(selection.table.actions).toBe(mixed);
    expect([...selection.rows]).toEqual([0, 1]);
  });
});
