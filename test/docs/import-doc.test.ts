// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
});
