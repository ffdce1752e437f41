import type { Action } from './action';
import { countsForCoverage } from './roll-up';

export type TimelinePoint = {
  date: string;
  /** Mean of the progress each action had last reported on that date, in %. */
  progress: number;
  /** How many actions had reported by then (the mean is over them). */
  reported: number;
};

/**
 * How a group of actions' progress moved, report date by report date: at each date on which any of them
 * reported, the mean of each action's latest report up to that date. Actions that had not reported yet
 * are left out, not counted as 0 %; déposées and abandonnées do not count, as in the roll-ups.
 */
export const progressTimeline = (actions: readonly Action[]): TimelinePoint[] => {
  const histories = actions.filter(
    (action) => countsForCoverage(action.status) && action.progressHistory.length > 0,
  );
  const dates = [
    ...new Set(histories.flatMap((action) => action.progressHistory.map((report) => report.date))),
  ].sort();
  const cursor = histories.map(() => -1);
  return dates.map((date) => {
    let sum = 0;
    let reported = 0;
    histories.forEach((action, i) => {
      let at = cursor[i] as number;
      while (
        at + 1 < action.progressHistory.length &&
        (action.progressHistory[at + 1]?.date as string) <= date
      )
        at += 1;
      cursor[i] = at;
      if (at >= 0) {
        sum += action.progressHistory[at]?.progress as number;
        reported += 1;
      }
    });
    return { date, progress: sum / reported, reported };
  });
};
