import type { Action } from './action';
import { type ActionSelection, type ActionTable, selectActions } from './action-table';
import { countingByStatus } from './roll-up';

export type TimelinePoint = {
  date: string;
  /** Mean of the progress each action had last reported on that date, in %. */
  progress: number;
  /** How many actions had reported by then (the mean is over them). */
  reported: number;
};

/**
 * Every progress report of a table's actions, row by row (CSR: row r's are at offsets[r]…offsets[r + 1]),
 * its date given as a rank among the distinct dates, so that a timeline sorts its reports by counting
 * instead of comparing date strings.
 */
type ReportColumns = { offsets: Int32Array; dateRank: Int32Array; progress: Float64Array; dates: string[] };

const reportColumnsCache = new WeakMap<ActionTable, ReportColumns>();

const reportColumns = (table: ActionTable): ReportColumns => {
  let columns = reportColumnsCache.get(table);
  if (!columns) {
    const offsets = new Int32Array(table.size + 1);
    const dates: string[] = [];
    const progress: number[] = [];
    for (let row = 0; row < table.size; row += 1) {
      for (const report of (table.actions[row] as Action).progressHistory) {
        dates.push(report.date);
        progress.push(report.progress);
      }
      offsets[row + 1] = dates.length;
    }
    const distinct = [...new Set(dates)].sort();
    const rankOf = new Map(distinct.map((date, rank) => [date, rank]));
    columns = {
      offsets,
      dateRank: Int32Array.from(dates, (date) => rankOf.get(date) as number),
      progress: Float64Array.from(progress),
      dates: distinct,
    };
    reportColumnsCache.set(table, columns);
  }
  return columns;
};

/** The timeline of some rows of a table (see progressTimeline). */
export const timelineOfRows = ({ table, rows }: ActionSelection): TimelinePoint[] => {
  const { offsets, dateRank, progress, dates } = reportColumns(table);
  // Reports sorted by date: count them per date, then lay them out, each date's in the order of the
  // actions and of their histories (as a stable sort would leave them).
  const starts = new Int32Array(dates.length + 1);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    if (!countingByStatus[table.status[row] as number]) continue;
    const end = offsets[row + 1] as number;
    for (let i = offsets[row] as number; i < end; i += 1) {
      const rank = (dateRank[i] as number) + 1;
      starts[rank] = (starts[rank] as number) + 1;
    }
  }
  for (let rank = 1; rank <= dates.length; rank += 1) {
    starts[rank] = (starts[rank] as number) + (starts[rank - 1] as number);
  }
  const total = starts[dates.length] as number;
  const next = starts.slice(0, dates.length);
  const sortedReport = new Int32Array(total);
  const sortedAction = new Int32Array(total);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    if (!countingByStatus[table.status[row] as number]) continue;
    const end = offsets[row + 1] as number;
    for (let i = offsets[row] as number; i < end; i += 1) {
      const rank = dateRank[i] as number;
      const at = next[rank] as number;
      sortedReport[at] = i;
      sortedAction[at] = k;
      next[rank] = at + 1;
    }
  }

  // One sweep, keeping each action's latest value (NaN: not reported yet) and their running sum.
  const latest = new Float64Array(rows.length).fill(Number.NaN);
  let reported = 0;
  let sum = 0;
  const points: TimelinePoint[] = [];
  for (let rank = 0; rank < dates.length; rank += 1) {
    const end = starts[rank + 1] as number;
    const first = starts[rank] as number;
    if (first === end) continue;
    for (let at = first; at < end; at += 1) {
      const value = progress[sortedReport[at] as number] as number;
      const action = sortedAction[at] as number;
      const previous = latest[action] as number;
      if (Number.isNaN(previous)) {
        reported += 1;
        sum += value;
      } else sum += value - previous;
      latest[action] = value;
    }
    // A point per date, once every report of that date is in.
    points.push({ date: dates[rank] as string, progress: sum / reported, reported });
  }
  return points;
};

/**
 * How a group of actions' progress moved, report date by report date: at each date on which any of them
 * reported, the mean of each action's latest report up to that date. Actions that had not reported yet
 * are left out, not counted as 0 %; déposées and abandonnées do not count, as in the roll-ups.
 *
 * One sweep over every report in date order, keeping a running sum of the latest values, so that the cost
 * grows with the number of reports, not reports × dates.
 */
export const progressTimeline = (actions: readonly Action[]): TimelinePoint[] =>
  timelineOfRows(selectActions(actions));
