import { type Action, type ActionStatus, actionStatuses, type Funder, funders } from './action';
import type { ObjectiveIndex } from './objective-index';

/**
 * The actions laid out in columns (one typed array per field, one row per action), built once per data load
 * and shared by every figure. A dashboard update then reads flat arrays instead of 100 000 objects: the
 * funding objects alone come in dozens of shapes (each names only its own funders), which makes reading
 * `funding[funder]` slow enough to show in a profile, and a WeakMap look-up per action per figure adds up.
 *
 * Tables and selections are memoised on the identity of the arrays they come from, so an actions array is
 * treated as immutable once it has been given to a figure (as React Query's data is).
 */

/** Position of each status in `actionStatuses`; `NO_STATUS` for a record that bypassed the schema. */
export const NO_STATUS = 255;
const statusCodes = new Map<string, number>(actionStatuses.map((status, code) => [status, code]));
export const statusCode = (status: ActionStatus) => statusCodes.get(status) ?? NO_STATUS;

/**
 * "2023-11-30" → 20231130: ISO days compare as these numbers do, without comparing strings row by row.
 * NaN for anything else, which compares false with everything (a date that is not a day is never "before").
 */
export const dayNumber = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.replaceAll('-', '')) : Number.NaN;

export type ActionTable = {
  /** The actions, row by row: row r is actions[r]. */
  actions: readonly Action[];
  size: number;
  /** Position of the status in `actionStatuses`. */
  status: Uint8Array;
  /** Progress as last reported, NaN when never reported. */
  progress: Float64Array;
  totalCost: Float64Array;
  /** The action's part of its cost in each of its (distinct) territories: territories add up to the whole. */
  territoryCost: Float64Array;
  year: Float64Array;
  /** Distinct years, ascending, and each row's position in them: budgets by year add into flat arrays. */
  years: readonly number[];
  yearSlot: Int32Array;
  /** The end date as a number, 20231130 for "2023-11-30" (see dayNumber), NaN when there is none. */
  endDay: Float64Array;
  /** One column per funder: the amount it gives, 0 when the action does not name it. */
  funding: Record<Funder, Float64Array>;
  /** What every funder but the State gives, summed in the order the action lists them (as the leverage did). */
  otherFunding: Float64Array;
  /** Every territory id the actions name, in order of first appearance, and where each stands there. */
  territoryIds: readonly string[];
  territoryPosition: ReadonlyMap<string, number>;
  /** Each row's territories as positions in `territoryIds` (CSR: row r's are refs[offsets[r]…offsets[r+1]]), duplicates dropped. */
  territoryOffsets: Int32Array;
  territoryRefs: Int32Array;
  /** 0, 1, … size − 1: the selection of every row. */
  allRows: Int32Array;
};

/** Some rows of a table, in the order of the actions array they stand for: rows[k] is that array's k-th action. */
export type ActionSelection = { table: ActionTable; rows: Int32Array };

const buildTable = (actions: readonly Action[]): ActionTable => {
  const size = actions.length;
  const status = new Uint8Array(size);
  const progress = new Float64Array(size);
  const totalCost = new Float64Array(size);
  const territoryCost = new Float64Array(size);
  const year = new Float64Array(size);
  const endDay = new Float64Array(size);
  const funding = Object.fromEntries(funders.map((funder) => [funder, new Float64Array(size)])) as Record<
    Funder,
    Float64Array
  >;
  const otherFunding = new Float64Array(size);
  const territoryIds: string[] = [];
  const territoryPosition = new Map<string, number>();
  const territoryOffsets = new Int32Array(size + 1);
  const refs: number[] = [];
  const yearValues = new Set<number>();

  for (let row = 0; row < size; row += 1) {
    const action = actions[row] as Action;
    status[row] = statusCode(action.status);
    progress[row] = action.progress ?? Number.NaN;
    const cost = action.budget.totalCost;
    totalCost[row] = cost;
    year[row] = action.year;
    yearValues.add(action.year);
    endDay[row] = action.endDate === null ? Number.NaN : dayNumber(action.endDate);

    // The slow, many-shaped read happens here, once per load.
    let other = 0;
    for (const key in action.budget.funding) {
      const amount = action.budget.funding[key as Funder] ?? 0;
      const column = funding[key as Funder] as Float64Array | undefined;
      if (column) column[row] = amount;
      if (key !== 'etat') other += amount;
    }
    otherFunding[row] = other;

    const first = refs.length;
    for (const id of action.territories) {
      let position = territoryPosition.get(id);
      if (position === undefined) {
        position = territoryIds.length;
        territoryIds.push(id);
        territoryPosition.set(id, position);
      }
      // An action that names a territory twice is still one action there, and pays its share there once.
      let listed = false;
      for (let i = first; i < refs.length && !listed; i += 1) listed = refs[i] === position;
      if (!listed) refs.push(position);
    }
    territoryOffsets[row + 1] = refs.length;
    territoryCost[row] = refs.length > first ? cost / (refs.length - first) : 0;
  }

  const years = [...yearValues].sort((a, b) => a - b);
  const slotOfYear = new Map(years.map((value, slot) => [value, slot]));
  const yearSlot = new Int32Array(size);
  for (let row = 0; row < size; row += 1) yearSlot[row] = slotOfYear.get(year[row] as number) as number;

  const allRows = new Int32Array(size);
  for (let row = 0; row < size; row += 1) allRows[row] = row;

  return {
    actions,
    size,
    status,
    progress,
    totalCost,
    territoryCost,
    year,
    years,
    yearSlot,
    endDay,
    funding,
    otherFunding,
    territoryIds,
    territoryPosition,
    territoryOffsets,
    territoryRefs: Int32Array.from(refs),
    allRows,
  };
};

const tables = new WeakMap<readonly Action[], ActionTable>();

/** The table of these actions, built on first use and kept as long as the array lives. */
export const actionTable = (actions: readonly Action[]): ActionTable => {
  let table = tables.get(actions);
  if (!table) {
    table = buildTable(actions);
    tables.set(actions, table);
  }
  return table;
};

// Filtered arrays remember which rows of which table they hold, so that the figures over them read the
// table built for the whole data instead of building one per filter.
const selections = new WeakMap<readonly Action[], ActionSelection>();

/** Records that `actions` (a filter's result) are these rows of that table, in this order. */
export const rememberSelection = (actions: readonly Action[], selection: ActionSelection) => {
  selections.set(actions, selection);
};

const rowIndexes = new WeakMap<ActionTable, Map<Action, number>>();
const rowIndexOf = (table: ActionTable) => {
  let index = rowIndexes.get(table);
  if (!index) {
    index = new Map(table.actions.map((action, row) => [action, row]));
    rowIndexes.set(table, index);
  }
  return index;
};

/**
 * The rows these actions stand at, in the cheapest table that holds them:
 * - a filter's result: the rows it was filtered to, in the table of the data it was filtered from;
 * - else, when `within` (every action of the data) holds all of them: their rows in `within`'s table, found
 *   through an action → row map built once per table;
 * - else a table of their own (a handful of actions on an objective page; cached like any other).
 */
export const selectActions = (actions: readonly Action[], within?: readonly Action[]): ActionSelection => {
  const remembered = selections.get(actions);
  if (remembered) return remembered;
  const own = tables.get(actions);
  if (own) return { table: own, rows: own.allRows };
  if (within !== undefined && within !== actions) {
    const table = actionTable(within);
    const rowOf = rowIndexOf(table);
    const rows = new Int32Array(actions.length);
    let found = true;
    for (let k = 0; k < actions.length && found; k += 1) {
      const row = rowOf.get(actions[k] as Action);
      if (row === undefined) found = false;
      else rows[k] = row;
    }
    if (found) {
      const selection = { table, rows };
      selections.set(actions, selection);
      return selection;
    }
  }
  const table = actionTable(actions);
  return { table, rows: table.allRows };
};

/**
 * The objective tree as flat arrays: each operational objective's chain (its ancestors from the root down,
 * then itself) in CSR form, and each node's domain (axis or pillar) as a position in `index.domains`.
 */
export type IndexLayout = {
  /** Node ids of node `id`'s chain: chainIds[chainOffsets[id]…chainOffsets[id + 1]] (empty unless operational). */
  chainOffsets: Int32Array;
  chainIds: Int32Array;
  operationalIds: Int32Array;
  /** Position in index.domains of an operational node's domain, −1 for other nodes and orphans. */
  domainPosition: Int32Array;
};

const layouts = new WeakMap<ObjectiveIndex, IndexLayout>();

export const indexLayout = (index: ObjectiveIndex): IndexLayout => {
  let layout = layouts.get(index);
  if (!layout) {
    const size = index.nodes.length;
    const chainOffsets = new Int32Array(size + 1);
    const chainIds: number[] = [];
    const domainPosition = new Int32Array(size).fill(-1);
    const positionOfDomain = new Map(index.domains.map((domain, position) => [domain.code, position]));
    for (let id = 0; id < size; id += 1) {
      const chain = index.chainById.get(id);
      if (chain) {
        chainIds.push(...chain);
        const domain = index.domainOf.get(index.nodes[id]?.code as string);
        domainPosition[id] = domain ? (positionOfDomain.get(domain.code) ?? -1) : -1;
      }
      chainOffsets[id + 1] = chainIds.length;
    }
    layout = {
      chainOffsets,
      chainIds: Int32Array.from(chainIds),
      operationalIds: Int32Array.from(index.operationalIds),
      domainPosition,
    };
    layouts.set(index, layout);
  }
  return layout;
};

/**
 * Each row's operational objectives as node ids, in CSR form: ids[offsets[r]…offsets[r + 1]]. Codes the
 * tree lacks are dropped, and so are duplicates, so that an action listing a code twice counts once.
 *
 * And the nodes the row reaches through them (their chains, the contract slot aside), each once, with how
 * many of its objectives stand under it: nodes[nodeOffsets[r]…nodeOffsets[r + 1]] and their `times`. A
 * roll-up then counts the action once per node and adds its cost share `times` times, without walking the
 * chains or checking for repeats on every update.
 */
export type ObjectiveColumns = {
  offsets: Int32Array;
  ids: Int32Array;
  nodeOffsets: Int32Array;
  nodes: Int32Array;
  times: Int32Array;
  /**
   * Each row's set of objectives as a number (−1 for none), the same for rows serving the same objectives,
   * and one row of each set (comboRows[combo]) to read the set's objectives and nodes from. A roll-up first
   * sums its rows per set, then adds each set's sums to its nodes: a programmation has far fewer sets than
   * actions, so the walk up the tree is done per set rather than per action.
   */
  combo: Int32Array;
  comboRows: Int32Array;
};

const objectiveColumnsCache = new WeakMap<ActionTable, WeakMap<ObjectiveIndex, ObjectiveColumns>>();

const buildObjectiveColumns = (table: ActionTable, index: ObjectiveIndex): ObjectiveColumns => {
  const { chainOffsets, chainIds } = indexLayout(index);
  const offsets = new Int32Array(table.size + 1);
  const nodeOffsets = new Int32Array(table.size + 1);
  const ids: number[] = [];
  const nodes: number[] = [];
  const times: number[] = [];
  // Where each node stands in the current row's list, stamped with the row: no clearing between rows.
  const stamp = new Int32Array(index.nodes.length).fill(-1);
  const at = new Int32Array(index.nodes.length);
  const combo = new Int32Array(table.size).fill(-1);
  const comboRows: number[] = [];
  const comboOfKey = new Map<string, number>();
  for (let row = 0; row < table.size; row += 1) {
    const first = ids.length;
    for (const code of (table.actions[row] as Action).objectives) {
      const id = index.idByCode.get(code);
      if (id === undefined || !index.chainById.has(id)) continue;
      let listed = false;
      for (let i = first; i < ids.length && !listed; i += 1) listed = ids[i] === id;
      if (listed) continue;
      ids.push(id);
      const end = chainOffsets[id + 1] as number;
      for (let step = chainOffsets[id] as number; step < end; step += 1) {
        const node = chainIds[step] as number;
        if (stamp[node] === row) {
          const position = at[node] as number;
          times[position] = (times[position] as number) + 1;
        } else {
          stamp[node] = row;
          at[node] = nodes.length;
          nodes.push(node);
          times.push(1);
        }
      }
    }
    offsets[row + 1] = ids.length;
    nodeOffsets[row + 1] = nodes.length;
    if (ids.length > first) {
      const key = ids
        .slice(first)
        .sort((a, b) => a - b)
        .join(',');
      let set = comboOfKey.get(key);
      if (set === undefined) {
        set = comboRows.length;
        comboOfKey.set(key, set);
        comboRows.push(row);
      }
      combo[row] = set;
    }
  }
  return {
    offsets,
    ids: Int32Array.from(ids),
    nodeOffsets,
    nodes: Int32Array.from(nodes),
    times: Int32Array.from(times),
    combo,
    comboRows: Int32Array.from(comboRows),
  };
};

export const objectiveColumns = (table: ActionTable, index: ObjectiveIndex): ObjectiveColumns => {
  let byIndex = objectiveColumnsCache.get(table);
  if (!byIndex) {
    byIndex = new WeakMap();
    objectiveColumnsCache.set(table, byIndex);
  }
  let columns = byIndex.get(index);
  if (!columns) {
    columns = buildObjectiveColumns(table, index);
    byIndex.set(index, columns);
  }
  return columns;
};
