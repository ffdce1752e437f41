import { useSearchParams } from 'react-router-dom';
import { type Action, programmationYears } from '../../domain/action';
import {
  type AnnualReport,
  buildAnnualReport,
  buildSituation,
  defaultReportYear,
  type SituationInput,
} from '../../domain/annual-report';
import type { ContractMeta } from '../../domain/contract-meta';
import type { ObjectiveIndex } from '../../domain/objective-index';
import type { Territory } from '../../domain/territory';
import { memoizeLast } from '../../lib/memoize-last';
import { useCheckedActions } from '../actions/api/use-checked-actions';
import { useMeta } from '../contract/api/get-meta';
import { useFictitiousFigures } from '../contract/api/use-fictitious-figures';
import { filterParamNames, type IgnoredParam, parseFilterParams } from '../filters/filter-params';
import { useDataDate } from '../import/use-local-dataset';
import { objectiveIndexOf, useObjectives } from '../objectives/api/get-objectives';
import { type ReportContent, type ReportContext, reportContent } from './report-content';
import { type DraftKey, draftKeyOf } from './report-draft';
import { useSituationInput } from './report-situation';

export type ReportView = {
  year: number;
  /** The programmation years the data hold, for the choice of year. */
  years: number[];
  /** What the address asked for and could not be used (a malformed year, one without any action). */
  ignored: IgnoredParam[];
  /** Several years in the address: the report is of one, the last. */
  severalYears: boolean;
  report: AnnualReport;
  content: ReportContent;
  draftKey: DraftKey;
};

export type AnnualReportState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'unpublished' }
  | { status: 'ready'; view: ReportView };

// Once per data and year: typing a commentary re-renders the page, never recomputes the report; nor does
// the arrival of the statistics, which only section 2 reads.
const reportFor = memoizeLast(
  (
    index: ObjectiveIndex,
    territories: readonly Territory[],
    actions: readonly Action[],
    referenceDate: string | null,
    year: number,
  ) => buildAnnualReport({ index, territories, actions, referenceDate }, year),
  2,
);

const withSituation = memoizeLast(
  (report: AnnualReport, situation: SituationInput): AnnualReport => ({
    ...report,
    situation: buildSituation(situation),
  }),
  2,
);

const contextFor = memoizeLast(
  (
    meta: ContractMeta,
    dataDate: string | null,
    fictitious: boolean,
    territories: readonly Territory[],
  ): ReportContext => ({
    contractName: meta.contractName,
    contractCode: meta.contractCode,
    agglomeration: meta.agglomeration,
    period: meta.period,
    dataDate,
    fictitious,
    territories,
  }),
  2,
);

// The words of each section are written once per section's figures (see reportContent): when the
// statistics arrive, section 2 is written again, and the other sections keep their blocks, so that their
// tables and charts are not laid out again.
const contentFor = memoizeLast(reportContent, 2);

/**
 * The year the address asks for: `?annee=2023`, read by the filters' own parser (the same param as the
 * dashboard's filter, so that a link from a view filtered on a year opens that year's report). A year the data
 * do not hold is ignored and named; without a usable year, the last programmation year begun by the data date.
 */
export const reportYearOf = (
  params: URLSearchParams,
  years: readonly number[],
  dataDate: string | null,
): { year: number | null; ignored: IgnoredParam[]; severalYears: boolean } => {
  const only = new URLSearchParams();
  for (const value of params.getAll(filterParamNames.years)) only.append(filterParamNames.years, value);
  const { filter, ignored } = parseFilterParams(only, { years });
  const chosen = filter.years.at(-1);
  return {
    year: chosen ?? defaultReportYear(years, dataDate),
    ignored,
    severalYears: filter.years.length > 1,
  };
};

/** Everything the report page shows but the team's draft: the year, the report's figures and its words. */
export const useAnnualReport = (): AnnualReportState => {
  const checked = useCheckedActions();
  const objectives = useObjectives();
  const meta = useMeta();
  const dataDate = useDataDate();
  const fictitious = useFictitiousFigures();
  const situation = useSituationInput();
  const [params] = useSearchParams();

  if (checked.status !== 'ready') return checked.status === 'error' ? checked : { status: checked.status };
  if (!objectives.data || !meta.data) return { status: 'pending' };

  const years = programmationYears(checked.actions);
  const { year, ignored, severalYears } = reportYearOf(params, years, dataDate);
  // No action at all in the data: the programmation is as good as unpublished.
  if (year === null) return { status: 'unpublished' };
  // Lateness is judged on the data date, as on the dashboard; without one it is not computed (and said so).
  const report = withSituation(
    reportFor(objectiveIndexOf(objectives.data), checked.territories, checked.actions, dataDate, year),
    situation,
  );
  return {
    status: 'ready',
    view: {
      year,
      years,
      ignored,
      severalYears,
      report,
      content: contentFor(report, contextFor(meta.data, dataDate, fictitious, checked.territories)),
      draftKey: draftKeyOf(meta.data, year),
    },
  };
};
