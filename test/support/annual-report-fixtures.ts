import {
  type AnnualReport,
  buildAnnualReport,
  type ReportDataInput,
  type SituationInput,
} from '../../src/domain/annual-report';
import { joinIndicators } from '../../src/domain/context-indicators';
import { neighbourhoodFigures } from '../../src/domain/neighbourhood-figures';
import { buildObjectiveIndex } from '../../src/domain/objective-index';
import { type ReportContext, reportContent } from '../../src/features/annual-report/report-content';
import { mockContract, mockObjectives, mockTerritories } from '../../src/mocks/handlers';
import { asCollection, shippedIndicators } from './territory-context';

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

/**
 * Section 2's input as the page makes it from the shipped statistics (public/data/indicators.json, what MSW
 * serves): each territory's neighbourhood figures, Terre-Rouge's and the five others' « none ».
 */
export const shippedSituation = (): SituationInput => {
  const indicators = joinIndicators('indicators.json', asCollection(shippedIndicators()), mockTerritories);
  return {
    status: 'ready',
    territories: mockTerritories.map((territory) => ({
      territory,
      figures: neighbourhoodFigures(territory, indicators),
    })),
  };
};

/** The seeded contract's report of a year with the shipped statistics (or another section 2), in words. */
export const seededReport = (
  year: number,
  situation: SituationInput = shippedSituation(),
): { report: AnnualReport; content: ReturnType<typeof reportContent> } => {
  const { input, context } = seededReportInput();
  const report = buildAnnualReport(input, year, situation);
  return { report, content: reportContent(report, context) };
};

/** A 1×1 PNG, for a chart image in a document test. */
export const tinyPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);
