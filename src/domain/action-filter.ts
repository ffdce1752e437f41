import { z } from 'zod';
import { looseText } from '../lib/text-match';
import { type Action, actionStatusSchema, funderSchema } from './action';
import {
  type ActionSelection,
  type ActionTable,
  indexLayout,
  NO_STATUS,
  type ObjectiveColumns,
  objectiveColumns,
  rememberSelection,
  selectActions,
  statusCode,
} from './action-table';
import type { ObjectiveIndex } from './objective-index';
import { slugSchema } from './territory';

/**
 * What a view of the dashboard is restricted to. An empty list means "no restriction" on that field, so the
 * empty filter shows the whole contract. Lists within a field are alternatives (2022 or 2023); fields
 * combine (2022 or 2023, and in Terre-Rouge).
 */
export const actionFilterSchema = z.object({
  years: z.array(z.number().int().min(2000).max(2100)),
  /** Codes of axes or pillars ("P2", "T1"). */
  domains: z.array(z.string().regex(/^(T\d+|P\d+)$/)),
  territories: z.array(slugSchema),
  funders: z.array(funderSchema),
  statuses: z.array(actionStatusSchema),
  text: z.string(),
});
export type ActionFilter = z.infer<typeof actionFilterSchema>;

export const emptyFilter: ActionFilter = {
  years: [],
  domains: [],
  territories: [],
  funders: [],
  statuses: [],
  text: '',
};

export const isEmptyFilter = (filter: ActionFilter) =>
  filter.years.length === 0 &&
  filter.domains.length === 0 &&
  filter.territories.length === 0 &&
  filter.funders.length === 0 &&
  filter.statuses.length === 0 &&
  filter.text.trim() === '';

/** What text search looks in: the id, title, porteur, public cible and objective codes, folded. */
export const actionSearchText = (action: Action) =>
  looseText(
    [action.id, action.title, action.porteur.name, action.targetPublic ?? '', ...action.objectives].join(' '),
  );

// Folding 100 000 titles takes longer than the whole roll-up, so the texts are folded once per actions'
// table, on its first search, and read by row.
const searchTextColumns = new WeakMap<ActionTable, readonly string[]>();
const searchTextColumn = (table: ActionTable) => {
  let texts = searchTextColumns.get(table);
  if (!texts) {
    texts = table.actions.map(actionSearchText);
    searchTextColumns.set(table, texts);
  }
  return texts;
};

/**
 * The positions (in `selection.rows`) of the rows the filter keeps, read off the table's columns. A funder
 * matches only when it gives a positive amount; a pillar or axis, when one of the action's objectives is in it.
 */
const matchingRows = (
  { table, rows }: ActionSelection,
  filter: ActionFilter,
  index: ObjectiveIndex,
): { kept: Int32Array; count: number } => {
  const years = filter.years.length > 0 ? new Set(filter.years) : null;
  let statuses: Uint8Array | null = null;
  if (filter.statuses.length > 0) {
    statuses = new Uint8Array(256);
    for (const status of filter.statuses) statuses[statusCode(status)] = 1;
    statuses[NO_STATUS] = 0;
  }
  let territories: Uint8Array | null = null;
  if (filter.territories.length > 0) {
    territories = new Uint8Array(table.territoryIds.length);
    for (const id of filter.territories) {
      const position = table.territoryPosition.get(id);
      if (position !== undefined) territories[position] = 1;
    }
  }
  let domains: Uint8Array | null = null;
  let objectives: ObjectiveColumns | null = null;
  let domainPosition: Int32Array | null = null;
  if (filter.domains.length > 0) {
    domains = Uint8Array.from(index.domains, (domain) => (filter.domains.includes(domain.code) ? 1 : 0));
    objectives = objectiveColumns(table, index);
    domainPosition = indexLayout(index).domainPosition;
  }
  const funderColumns = filter.funders.map((funder) => table.funding[funder]);
  const needle = looseText(filter.text);
  const texts = needle === '' ? null : searchTextColumn(table);
  const { year, status, territoryOffsets, territoryRefs } = table;

  const kept = new Int32Array(rows.length);
  let count = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    if (years !== null && !years.has(year[row] as number)) continue;
    if (statuses !== null && statuses[status[row] as number] !== 1) continue;
    if (territories !== null) {
      let found = false;
      const end = territoryOffsets[row + 1] as number;
      for (let t = territoryOffsets[row] as number; t < end && !found; t += 1) {
        found = territories[territoryRefs[t] as number] === 1;
      }
      if (!found) continue;
    }
    if (domains !== null && objectives !== null && domainPosition !== null) {
      let found = false;
      const end = objectives.offsets[row + 1] as number;
      for (let i = objectives.offsets[row] as number; i < end && !found; i += 1) {
        const position = domainPosition[objectives.ids[i] as number] as number;
        found = position >= 0 && domains[position] === 1;
      }
      if (!found) continue;
    }
    if (funderColumns.length > 0) {
      let found = false;
      for (let f = 0; f < funderColumns.length && !found; f += 1) {
        found = ((funderColumns[f] as Float64Array)[row] as number) > 0;
      }
      if (!found) continue;
    }
    if (texts !== null && !(texts[row] as string).includes(needle)) continue;
    kept[count] = k;
    count += 1;
  }
  return { kept, count };
};

/**
 * The actions the filter keeps, in their order; the very same array for the empty filter. The result
 * remembers its rows in the actions' table (see selectActions), so that the figures computed over it read
 * that table rather than building their own.
 */
export const filterActions = (
  actions: readonly Action[],
  filter: ActionFilter,
  index: ObjectiveIndex,
): readonly Action[] => {
  if (isEmptyFilter(filter)) return actions;
  const selection = selectActions(actions);
  const { kept, count } = matchingRows(selection, filter, index);
  const result: Action[] = [];
  const rows = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const k = kept[i] as number;
    result.push(actions[k] as Action);
    rows[i] = selection.rows[k] as number;
  }
  rememberSelection(result, { table: selection.table, rows });
  return result;
};
