import { type AnnualReport, buildAnnualReport, type ReportDataInput } from '../../src/domain/annual-report';
import { buildObjectiveIndex } from '../../src/domain/objective-index';
import { type ReportContext, reportContent } from '../../src/features/annual-report/report-content';
import { mockContract, mockObjectives, mockTerritories } from '../../src/mocks/handlers';

/** The seeded Grand Cahors programmation (what MSW serves), as the report's input. */
export const seededReportInput = (): { input: ReportDataInput; context: ReportContext } => {
  const { actions, meta } = mockContract();
  const dataDate = meta.dataDate as string;
  return {
    input: {
      index: buildObjectiveIndex(mockObjectives),
      territories: mockTerritories,
      actions,
      referenceDate: dataDate,
    },
    context: {
      contractName: meta.contractName,
      contractCode: meta.contractCode,
      agglomeration: meta.agglomeration,
      period: meta.period,
      dataDate,
      fictitious: meta.fictitious,
      territories: mockTerritories,
    },
  };
};

/** The seeded contract's report of a year, and its content in words. */
export const seededReport = (
  year: number,
): { report: AnnualReport; content: ReturnType<typeof reportContent> } => {
  const { input, context } = seededReportInput();
  const report = buildAnnualReport(input, year);
  return { report, content: reportContent(report, context) };
};

/** A 1×1 PNG, for a chart image in a document test. */
export const tinyPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);
