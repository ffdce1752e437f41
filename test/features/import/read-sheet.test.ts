// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importProgrammation } from '../../../src/features/import/import-programmation';
import { ImportFileError, readSheetFile } from '../../../src/features/import/read-sheet';
import { mockObjectives, mockTerritories } from '../../../src/mocks/handlers';
import { buildXlsx, encodeUtf8, encodeWindows1252 } from '../../support/spreadsheet-files';

const context = { tree: mockObjectives, territories: mockTerritories };

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The same two actions as an office would save them, with the separator and spaces given. */
const csvText = (separator: ';' | ',', space: string) =>
  [
    [
      'Année',
      'Intitulé de l’action',
      'Porteur',
      'Type de porteur',
      'Quartier(s)',
      'Objectif(s) opérationnel(s)',
      'Statut',
      'Avancement (%)',
      'Date de début',
      'Coût total',
      'État (BOP 147)',
      '',
      '',
    ],
    [
      '2024',
      'Éducation à l’égalité – « filles et garçons »',
      'Collège Gambetta',
      'Établissement public',
      'Terre-Rouge ; Sainte-Valérie',
      'P3.4.1',
      'Programmée',
      `75${space}%`,
      '03/09/2024',
      `12${space}500,50${space}€`,
      `4${space}000`,
      '',
      '',
    ],
    [
      '2024',
      'Chantier éducatif',
      'Régie de quartier',
      'Association',
      'QP046001',
      'P3.2.3',
      'En cours',
      '0,5',
      '2024-04-01',
      '8000',
      '',
      '',
      '',
    ],
    ['', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '', '', '', '', ''],
  ]
    // Quoted only where the cell holds the separator, as Excel does.
    .map((row) => row.map((cell) => (cell.includes(separator) ? `"${cell}"` : cell)).join(separator))
    .join('\r\n');

const expectTwoActions = async (fileName: string, bytes: Uint8Array) => {
  const sheet = await readSheetFile(fileName, bytes);
  const report = importProgrammation(sheet, context);
  expect(report.problems).toEqual([]);
  expect(report.totalRows).toBe(2);
  expect(report.accepted.map((row) => row.action)).toMatchObject([
    {
      title: 'Éducation à l’égalité – « filles et garçons »',
      porteur: { name: 'Collège Gambetta', type: 'etablissement-public' },
      territories: ['terre-rouge', 'sainte-valerie'],
      status: 'programmee',
      progress: 75,
      startDate: '2024-09-03',
      budget: { totalCost: 12_500.5, funding: { etat: 4_000 } },
    },
    { title: 'Chantier éducatif', territories: ['terre-rouge'], progress: 50, startDate: '2024-04-01' },
  ]);
  return { sheet, report };
};

describe('readSheetFile: CSV as French offices save it', () => {
  it.each([
    ['";" UTF-8 with BOM, ordinary spaces', ';', ' ', { bom: true }, 'UTF-8 (BOM)'],
    ['";" UTF-8 without BOM, non-breaking spaces', ';', NBSP, { bom: false }, 'UTF-8'],
    ['"," UTF-8, narrow non-breaking spaces', ',', NNBSP, { bom: false }, 'UTF-8'],
  ] as const)('reads %s', async (_, separator, space, options, encoding) => {
    const { sheet, report } = await expectTwoActions(
      'programmation.csv',
      encodeUtf8(csvText(separator, space), options),
    );
    expect(sheet.source).toMatchObject({ format: 'csv', encoding, separator });
    expect(report.format).toBe(
      `CSV, séparateur ${separator === ';' ? 'point-virgule' : 'virgule'}, encodage ${encoding}`,
    );
  });

  it('detects Windows-1252 (Excel’s "CSV séparateur point-virgule") rather than assuming it', async () => {
    const bytes = encodeWindows1252(csvText(';', NBSP));
    // The bytes really are Windows-1252: é is one byte, € is 0x80, NBSP is 0xA0.
    expect(bytes).toContain(0x80);
    expect(bytes).toContain(0xa0);
    const { sheet } = await expectTwoActions('programmation.csv', bytes);
    expect(sheet.source.encoding).toBe('Windows-1252');
  });

  it('puts back text our own export neutralised against formulas', async () => {
    const text = "Année;Intitulé de l’action\r\n2024;'=Atelier\r\n2024;'-Chantier\r\n";
    const sheet = await readSheetFile('export.csv', encodeUtf8(text));
    expect(sheet.rows.slice(1).map((row) => row[1])).toEqual(['=Atelier', '-Chantier']);
  });
});

describe('readSheetFile: Excel workbooks (.xlsx)', () => {
  it('reads numbers, dates and percentages as Excel stores them, on the sheet that holds the template', async () => {
    const bytes = await buildXlsx([
      { name: 'Notice', rows: [['Programmation du contrat de ville'], ['Remplir la feuille suivante']] },
      {
        name: 'Programmation 2024',
        rows: [
          ['Programmation 2024'],
          [
            'Année',
            'Intitulé de l’action',
            'Porteur',
            'Type de porteur',
            'Quartier(s)',
            'Objectif(s) opérationnel(s)',
            'Statut',
            'Avancement (%)',
            'Date de début',
            'Coût total',
            'État (BOP 147)',
          ],
          [
            2024,
            'Éducation à l’égalité – « filles et garçons »',
            'Collège Gambetta',
            'Établissement public',
            'Terre-Rouge ; Sainte-Valérie',
            'Renforcer le CLSPD',
            'Programmée',
            { value: 0.75, format: '0%' },
            new Date(Date.UTC(2024, 8, 3)),
            { value: 12_500.5, format: '#,##0.00 €' },
            4_000,
          ],
          [
            2024,
            'Chantier éducatif',
            'Régie de quartier',
            'Association',
            'QP046001',
            'P3.2.3',
            'En cours',
            { value: 0.5, format: '0%' },
            '01/04/2024',
            8_000,
            null,
          ],
        ],
      },
    ]);
    const { sheet, report } = await expectTwoActions('programmation.xlsx', bytes);
    expect(sheet.source).toMatchObject({ format: 'xlsx', sheetName: 'Programmation 2024' });
    expect(report.format).toBe('classeur Excel (.xlsx), feuille « Programmation 2024 »');
    expect(report.accepted[0]?.line).toBe(3);
  });

  it('refuses a damaged workbook, an old .xls and an .ods with what to do', async () => {
    await expect(
      readSheetFile('cassé.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
    ).rejects.toThrow(/« cassé\.xlsx » n’est pas un classeur Excel lisible/);
    await expect(readSheetFile('ancien.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(
      /Excel 97-2003 \(\.xls\)/,
    );
    await expect(readSheetFile('libre.ods', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).rejects.toBeInstanceOf(
      ImportFileError,
    );
    await expect(readSheetFile('vide.csv', new Uint8Array())).rejects.toThrow(
      'Le fichier « vide.csv » est vide.',
    );
  });
});
