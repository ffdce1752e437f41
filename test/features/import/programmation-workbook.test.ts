// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mappingOf, parseTarget } from '../../../src/features/import/column-mapping';
import {
  firstValues,
  importProgrammation,
  readLayout,
  reportSummary,
} from '../../../src/features/import/import-programmation';
import { readSheetFile } from '../../../src/features/import/read-sheet';
import { grandCahorsFunderNames } from '../../../src/mocks/generate-contract';
import { mockObjectives, mockTerritories } from '../../../src/mocks/handlers';
import {
  ACTION_LINES,
  buildProgrammationWorkbook,
  EXPECTED_ACTIONS,
  HEADER_LINE,
  TOTAL_LINE,
  WORKBOOK_MAPPING,
  WORKBOOK_NAME,
} from '../../support/programmation-workbook';

const context = { tree: mockObjectives, territories: mockTerritories, funderNames: grandCahorsFunderNames };

const mapping = mappingOf(
  Object.entries(WORKBOOK_MAPPING).map(([source, target]) => {
    const parsed = parseTarget(target ?? 'ignorer');
    if (!parsed.ok) throw new Error(parsed.message);
    return { source, target: parsed.value };
  }),
);

describe('a programmation workbook as a team keeps it (test/support/programmation-workbook.ts)', () => {
  it('is laid out for the mapping step: header row under the titles, columns with first values and suggestions', async () => {
    const sheet = await readSheetFile(WORKBOOK_NAME, await buildProgrammationWorkbook());
    expect(sheet.source.sheetName).toBe('Programmation 2024');
    const layout = readLayout(sheet, context);
    if (!layout.ok) throw new Error(layout.fatal);
    expect(layout.headerIndex + 1).toBe(HEADER_LINE);
    expect(layout.totals).toEqual([{ line: TOTAL_LINE, label: 'TOTAL' }]);
    expect(layout.headers.missing.map((column) => column.header)).toEqual(['Quartier(s)']);
    const byHeader = new Map(layout.headers.readings.map((reading) => [reading.header, reading]));
    expect(byHeader.get('QPV / Territoire')?.suggestion?.header).toBe('Quartier(s)');
    expect(byHeader.get('N° dossier')?.suggestion?.header).toBe('Identifiant');
    expect(byHeader.get('Observations')).toMatchObject({ skipped: 'unknown', suggestion: null });
    expect(byHeader.get('Ville de Cahors')).toMatchObject({ source: 'partner', column: { header: 'Ville' } });
    expect(firstValues(layout, 5)).toEqual(['Terre-Rouge', 'Ste Valérie\nCroix de Fer', 'Terre Rouge']);
    // Excel dates and fractions as the user sees them in the sheet.
    expect(firstValues(layout, 8, 1)).toEqual(['15/01/2024']);
    expect(firstValues(layout, 10, 2)).toEqual(['0,4', '1']);
  });

  it('imports every action once mapped, skipping the TOTAL row, with Excel dates and fractions read', async () => {
    const sheet = await readSheetFile(WORKBOOK_NAME, await buildProgrammationWorkbook());
    const report = importProgrammation(sheet, context, { mapping });
    expect(report.fatal).toBeNull();
    expect(report.problems).toEqual([]);
    expect(reportSummary(report)).toBe(
      '6 lignes lues : 6 actions acceptées, 0 ligne refusée ; 1 ligne de total ignorée',
    );
    expect(report.accepted.map((row) => row.line)).toEqual(ACTION_LINES);
    expect(report.accepted.map((row) => row.action)).toEqual(
      EXPECTED_ACTIONS.map((action) => expect.objectContaining(action)),
    );
    expect(report.notices).toEqual(
      expect.arrayContaining([
        `Ligne d’en-têtes trouvée en ligne ${HEADER_LINE} ; les lignes au-dessus sont ignorées.`,
        'Colonne F « QPV / Territoire » lue comme « Quartier(s) », comme choisi dans la correspondance des colonnes.',
        'Colonne N « Ville de Cahors » lue comme « Ville » (partenaire du contrat).',
        'Colonne R « Observations » ignorée, comme choisi dans la correspondance des colonnes.',
        `Ligne ${TOTAL_LINE} (« TOTAL ») : ligne de total ignorée.`,
        `Ligne ${ACTION_LINES[1]}, QPV / Territoire (colonne F) : « Ste Valérie » lu comme « Sainte-Valérie ».`,
      ]),
    );
  });
});
