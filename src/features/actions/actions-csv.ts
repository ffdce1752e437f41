import { type Action, actionStatusLabels, type Funder, porteurTypeLabels } from '../../domain/action';
import type { Territory } from '../../domain/territory';
import type { CsvCell } from '../../lib/csv';
import { formatIsoDateShort } from '../../lib/format';
import { formatProgressHistory } from '../import/cell-values';
import { type ImportField, importColumns } from '../import/import-columns';

/** Several values in one cell (territories, objectives) are separated by this, as staff write them. */
export const LIST_SEPARATOR = ' ; ';

type CellOf = (action: Action, names: Map<string, string>) => CsvCell;

const fundingCell =
  (funder: Funder): CellOf =>
  (action) =>
    action.budget.funding[funder] ?? null;

const cells: Record<ImportField, CellOf> = {
  year: (action) => action.year,
  title: (action) => action.title,
  porteur: (action) => action.porteur.name,
  porteurType: (action) => porteurTypeLabels[action.porteur.type],
  territories: (action, names) => action.territories.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR),
  objectives: (action) => action.objectives.join(LIST_SEPARATOR),
  targetPublic: (action) => action.targetPublic,
  status: (action) => actionStatusLabels[action.status],
  progress: (action) => action.progress,
  startDate: (action) => (action.startDate ? formatIsoDateShort(action.startDate) : null),
  endDate: (action) => (action.endDate ? formatIsoDateShort(action.endDate) : null),
  totalCost: (action) => action.budget.totalCost,
  'funding.etat': fundingCell('etat'),
  'funding.ville': fundingCell('ville'),
  'funding.agglomeration': fundingCell('agglomeration'),
  'funding.caf': fundingCell('caf'),
  'funding.departement': fundingCell('departement'),
  'funding.region': fundingCell('region'),
  'funding.bailleurs': fundingCell('bailleurs'),
  'funding.autres': fundingCell('autres'),
  'funding.porteur': fundingCell('porteur'),
  planned: (action) => action.beneficiaries.planned,
  actual: (action) => action.beneficiaries.actual,
  id: (action) => action.id,
  progressHistory: (action) => formatProgressHistory(action.progressHistory) || null,
};

/**
 * The columns of the programmation template, in the order staff know them (docs/import.md), with the
 * import's own headers: an export opens as the spreadsheet they keep, and loads again as it was. The
 * identifier, the holder's own funds and the progress history are not in the usual template; they come
 * last, so that nothing of an action is lost on the way.
 */
export const templateColumns: readonly { header: string; cell: CellOf }[] = importColumns.map((column) => ({
  header: column.header,
  cell: cells[column.field],
}));

/** The actions as rows of the template, a header row first. */
export const actionsToCsvRows = (
  actions: readonly Action[],
  territories: readonly Territory[],
): CsvCell[][] => {
  const names = new Map(territories.map((territory) => [territory.id, territory.name]));
  return [
    templateColumns.map((column) => column.header),
    ...actions.map((action) => templateColumns.map((column) => column.cell(action, names))),
  ];
};
