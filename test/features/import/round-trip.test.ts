// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionsToCsvRows } from '../../../src/features/actions/actions-csv';
import { importProgrammation } from '../../../src/features/import/import-programmation';
import { readSheetFile } from '../../../src/features/import/read-sheet';
import { toCsv } from '../../../src/lib/csv';
import { mockContract, mockObjectives, mockTerritories } from '../../../src/mocks/handlers';
import { action, dashboardTerritories, dashboardTree, NORD, SUD } from '../../support/dashboard-fixtures';
import { encodeUtf8 } from '../../support/spreadsheet-files';

const roundTrip = async (
  actions: Parameters<typeof actionsToCsvRows>[0],
  context: Parameters<typeof importProgrammation>[1],
) => {
  const csv = toCsv(actionsToCsvRows(actions, context.territories));
  const report = importProgrammation(await readSheetFile('actions.csv', encodeUtf8(csv)), context);
  expect(report.problems).toEqual([]);
  expect(report.notices).toEqual([]);
  return report.accepted.map((row) => row.action);
};

describe('export as CSV, then import', () => {
  it('gives back the same dataset, action for action', async () => {
    const { actions } = mockContract();
    // The generated data set covers what matters: every status, funders, histories, missing values.
    expect(actions.some((action) => action.progressHistory.length > 1)).toBe(true);
    expect(actions.some((action) => action.progress === null)).toBe(true);

    expect(await roundTrip(actions, { tree: mockObjectives, territories: mockTerritories })).toEqual(actions);
  });

  it('keeps what a spreadsheet could bend: formula-like and quoted titles, empty values, cents, lists', async () => {
    const edgy = [
      action({
        id: 'A-1',
        title: '=Atelier "parents" ; soutien',
        porteur: { name: '+Plus, association', type: 'association' },
        targetPublic: null,
        objectives: ['P1.1.1', 'P2.1.2'],
        territories: [NORD, SUD],
        status: 'programmee',
        progress: null,
        budget: { totalCost: 12_500.05, funding: { etat: 0.5, porteur: 1_000, autres: 12.3 } },
        beneficiaries: { planned: 0, actual: null },
      }),
      action({
        id: 'A-2',
        title: '-Chantier',
        status: 'realisee',
        progressHistory: [
          { date: '2023-03-31', progress: 12.5 },
          { date: '2023-09-30', progress: 100 },
        ],
        startDate: '2023-01-02',
        endDate: '2023-12-31',
      }),
    ];
    expect(await roundTrip(edgy, { tree: dashboardTree, territories: dashboardTerritories })).toEqual(edgy);
  });
});
