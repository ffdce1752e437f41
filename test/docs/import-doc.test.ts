// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseMappingEntry, parseMappingFile } from '../../src/features/import/column-mapping';
import { importColumns } from '../../src/features/import/import-columns';
import { importProgrammation } from '../../src/features/import/import-programmation';
import { readSheetFile } from '../../src/features/import/read-sheet';
import { mockObjectives, mockTerritories } from '../../src/mocks/handlers';
import { readRepoFile } from '../support/seed';
import { encodeUtf8 } from '../support/spreadsheet-files';

const doc = readRepoFile('docs/import.md');

/** The first cell of every table row: the columns the page documents. */
const documentedColumns = [...doc.matchAll(/^\| ([^|]+?) \|/gm)].map((match) => match[1]);

describe('docs/import.md', () => {
  it('documents every column the import reads, with whether it is required', () => {
    for (const column of importColumns) expect(documentedColumns).toContain(column.header);
    const required = [...doc.matchAll(/^\| ([^|]+?) \| yes \|/gm)].map((match) => match[1]);
    expect(required).toEqual(
      importColumns.filter((column) => column.required).map((column) => column.header),
    );
  });

  it('gives an example that imports without a problem', async () => {
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const report = importProgrammation(await readSheetFile('exemple.csv', encodeUtf8(example)), {
      tree: mockObjectives,
      territories: mockTerritories,
    });
    expect(report.problems).toEqual([]);
    expect(report.accepted).toHaveLength(2);
  });

  it('gives --colonne examples and a mapping file that the command accepts', () => {
    const colonnes = [...doc.matchAll(/--colonne "([^"]*)"/g)].map((match) => match[1] ?? '');
    // The generic form « titre=colonne du modèle » is a placeholder, not an example.
    const examples = colonnes.filter((text) => !text.startsWith('titre'));
    expect(examples).toEqual(
      expect.arrayContaining([
        'QPV / Territoire=Quartier(s)',
        'N° dossier=Identifiant',
        'Observations=ignorer',
      ]),
    );
    for (const example of examples) expect(parseMappingEntry(example)).toMatchObject({ ok: true });
    const mappingFile = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(parseMappingFile(mappingFile)).toEqual({
      entries: [
        { source: 'QPV / Territoire', target: 'territories' },
        { source: 'N° dossier', target: 'id' },
        { source: 'Observations', target: 'ignore' },
      ],
      errors: [],
    });
  });

  it('documents the notes the report gives as the import writes them', async () => {
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const withTotal = `${example.trimEnd()}\n;TOTAL;;;;;;;;15 500,50 €;5 000 €;4 000\n`;
    const report = importProgrammation(await readSheetFile('exemple.csv', encodeUtf8(withTotal)), {
      tree: mockObjectives,
      territories: mockTerritories,
    });
    expect(report.notices).toEqual(['Ligne 4 (« TOTAL ») : ligne de total ignorée.']);
    expect(doc).toContain('(« TOTAL ») : ligne de total ignorée.');
    expect(doc).toContain('« Ste Valérie » lu comme « Sainte-Valérie »');
  });
});
