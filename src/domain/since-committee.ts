import type { Action, ActionStatus, ProgressReport } from './action';
import { selectActions } from './action-table';
import type { ObjectiveIndex } from './objective-index';
import type { ObjectiveNode } from './objective-tree';
import {
  type Coverage,
  coverageRule,
  type NodeFigures,
  progressRule,
  type RollUp,
  rollUpRows,
} from './roll-up';
import type { Territory } from './territory';

/**
 * "Depuis le dernier comité": what changed between a steering committee and the data date.
 *
 * The data hold no status history, only each action's current status, its dates and its progress reports.
 * The state of the contract at an earlier date is therefore reconstructed, and the same reconstruction is
 * applied at both ends of the comparison (the committee date and the data date), so that a difference never
 * mixes two rules: at the data date the reconstruction may differ slightly from the current figures (an
 * action réalisée whose end date is still to come is en cours there), but it differs in the same way at
 * the committee date.
 *
 * Rules, for an action on a date D (shown next to the figures, see `reconstructionRule`):
 * - it is not in the programmation yet before 1 January of its programmation year;
 * - it is started by D when its start date or its first progress report is on or before D;
 * - a réalisée action is finished on its end date, else on its last report, else on its start date (it
 *   cannot have finished before it started); with none, on an unknown date, taken as before any D (it is
 *   réalisée as soon as it is programmed);
 * - an abandonnée action is abandoned on the later of its last report and its start date; with neither,
 *   on an unknown date, taken as before any D (it is abandonnée as soon as it is programmed);
 * - before it is finished or abandoned, an action is en cours once started, programmée before; an en-cours
 *   action is programmée before it started; déposée and programmée actions keep their status;
 * - its progress is its last report dated on or before D; a progress with no dated report behind it cannot
 *   be placed in time, so it is "non renseigné" at every date.
 */

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The later of two ISO dates, either possibly missing. */
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

const statusAsOf = (action: Action, date: string): ActionStatus => {
  const { status, startDate, endDate, progressHistory } = action;
  if (status === 'deposee' || status === 'programmee') return status;
  const firstReport = progressHistory[0]?.date ?? null;
  const started = (startDate !== null && startDate <= date) || (firstReport !== null && firstReport <= date);
  const notOverYet: ActionStatus = started ? 'en-cours' : 'programmee';
  const lastReport = progressHistory.at(-1)?.date ?? null;
  if (status === 'realisee') {
    // Without an end date or a report, the start date is the earliest it can have finished.
    const finishedOn = endDate ?? lastReport ?? startDate;
    return finishedOn === null || finishedOn <= date ? 'realisee' : notOverYet;
  }
  if (status === 'abandonnee') {
    const abandonedOn = later(lastReport, startDate);
    return abandonedOn === null || abandonedOn <= date ? 'abandonnee' : notOverYet;
  }
  return notOverYet;
};

/**
 * The action as it stood on `date` (ISO), or null when it was not in the programmation yet. The action
 * itself is returned when nothing about it differs on that date, so that reconstructing 100 000 actions
 * copies only those that changed.
 */
export const actionAsOf = (action: Action, date: string): Action | null => {
  if (action.year > yearOf(date)) return null;
  const history = action.progressHistory;
  // Reports are oldest first: the ones after `date`, if any, are at the end.
  let kept = history.length;
  while (kept > 0 && (history[kept - 1] as ProgressReport).date > date) kept -= 1;
  const status = statusAsOf(action, date);
  const progress = kept > 0 ? (history[kept - 1] as ProgressReport).progress : null;
  if (status === action.status && progress === action.progress && kept === history.length) return action;
  return {
    ...action,
    status,
    progress,
    progressHistory: kept === history.length ? history : history.slice(0, kept),
  };
};

/** The contract as it stood on `date`: every action already programmed (or déposée), as it stood then. */
export const contractAsOf = (actions: readonly Action[], date: string): Action[] => {
  const asOf: Action[] = [];
  for (const action of actions) {
    const then = actionAsOf(action, date);
    if (then !== null) asOf.push(then);
  }
  return asOf;
};

export type Change = {
  coverage: { before: Coverage; after: Coverage };
  /** Operational objectives covered at `to` but not at `from`, in the annex's order. */
  gained: ObjectiveNode[];
  /** Operational objectives covered at `from` but not at `to`, in the annex's order. */
  lost: ObjectiveNode[];
  /** Progress in %, and its change in points; null when a side has no reported progress (never 0). */
  progress: { before: number | null; after: number | null; delta: number | null };
  /** Actions en cours or réalisées at `to`, not yet started (or not yet programmed) at `from`. */
  started: number;
  /** Actions réalisées at `to`, not at `from`. */
  finished: number;
  /** Actions abandonnées at `to`, not at `from`. */
  abandoned: number;
  /** Actions programmed (in any status but déposée) at `to`, absent or déposées at `from`. */
  newlyProgrammed: number;
};

export type SinceCommitteeInput = {
  index: ObjectiveIndex;
  /** The territories in scope, in the order of territories.json; each gets a change of its own. */
  territories: readonly Territory[];
  /** Actions already filtered (see filterActions): the changes describe exactly these. */
  actions: readonly Action[];
  /** The reference date (a steering committee), ISO; callers pass a date before `to`. */
  from: string;
  /** The data date ("données au"), ISO. */
  to: string;
  /**
   * Codes of the axes and pillars in scope, as the dashboard's filter sets them: the contract's figures are
   * over these only, and only these get a change of their own. Every domain when absent.
   */
  domains?: readonly string[];
};

export type SinceCommittee = {
  from: string;
  to: string;
  /** The whole contract, over the axes and pillars in scope; its action counts are over every action given. */
  contract: Change;
  /** Each axis and pillar in scope, in the annex's order (index.domains). */
  domains: { node: ObjectiveNode; change: Change }[];
  /** Each territory in scope, in the order given; an action counts in every territory it lists. */
  territories: { territory: Territory; change: Change }[];
  rule: string;
};

export const reconstructionRule =
  'État reconstitué à chaque date à partir des dates des actions et de leurs points d’avancement, avec la même règle aux deux dates. ' +
  'Une action compte à partir du 1er janvier de son année de programmation. ' +
  'Elle est commencée à sa date de début ou à son premier point d’avancement. ' +
  'Elle est réalisée à sa date de fin, à défaut à son dernier point d’avancement, à défaut à sa date de début. ' +
  'Elle est abandonnée à son dernier point d’avancement ou à sa date de début, la plus tardive des deux. ' +
  'Sans aucune de ces dates, une action réalisée ou abandonnée l’est dès son année de programmation. ' +
  'Avant sa fin ou son abandon, une action est en cours si elle est commencée, programmée sinon. ' +
  'Une action déposée ou programmée garde son statut.';

export const coverageChangeRule = `Objectifs gagnés : objectifs opérationnels couverts à la date des données et pas à la date du comité ; objectifs perdus : l’inverse. ${coverageRule}`;

export const progressChangeRule =
  'Avancement gagné, en points : avancement à la date des données moins avancement à la date du comité. ' +
  'À chaque date, seuls comptent les points d’avancement datés de ce jour ou avant. ' +
  '« Non renseigné » quand l’une des deux dates n’a aucun point d’avancement. ' +
  progressRule;

export const movementRules = {
  started:
    'Actions commencées : en cours ou réalisées à la date des données, pas encore commencées ou pas encore programmées à la date du comité.',
  finished: 'Actions réalisées : réalisées à la date des données, pas à la date du comité.',
  abandoned: 'Actions abandonnées : abandonnées à la date des données, pas à la date du comité.',
  newlyProgrammed:
    'Nouvelles actions : programmées à la date des données (quel que soit leur statut depuis, sauf déposée), absentes ou seulement déposées à la date du comité.',
} as const satisfies Record<'started' | 'finished' | 'abandoned' | 'newlyProgrammed', string>;

export const movementCountRule =
  'Une action compte une fois par pilier ou axe, même si elle y sert plusieurs objectifs, et une fois dans chacun de ses quartiers.';

export const sinceCommitteeRule = [
  reconstructionRule,
  coverageChangeRule,
  progressChangeRule,
  movementRules.started,
  movementRules.finished,
  movementRules.abandoned,
  movementRules.newlyProgrammed,
  movementCountRule,
].join(' ');

// Movement counters, four per slot: slot 0 is the contract, 1… the domains, then the territory groups.
const STARTED = 0;
const FINISHED = 1;
const ABANDONED = 2;
const NEWLY_PROGRAMMED = 3;
const MOVEMENTS = 4;

const isStartedStatus = (status: ActionStatus | null) => status === 'en-cours' || status === 'realisee';
const isProgrammedStatus = (status: ActionStatus | null) => status !== null && status !== 'deposee';

/**
 * What changed between `from` (a steering committee) and `to` (the data date), for the contract, each
 * axis and pillar and each territory: coverage gained and lost, progress gained in points, and the actions
 * started, finished, abandoned and newly programmed. Both ends are reconstructed by the same rule (see
 * actionAsOf) and rolled up by the dashboard's own roll-up, so that coverage and progress follow the usual
 * rules. Callers pass `from` before `to`: the reconstruction only moves forward in time, so a reversed pair
 * would read every change backwards.
 */
export const sinceCommittee = ({
  index,
  territories,
  actions,
  from,
  to,
  domains: scope,
}: SinceCommitteeInput): SinceCommittee => {
  const domainCount = index.domains.length;
  const domainPosition = new Map(index.domains.map((domain, position) => [domain.code, position]));
  // Territory roll-ups numbered from 1 as in computeDashboard; a territory listed twice shares the first's.
  const groupOfId = new Map<string, number>();
  for (const territory of territories) {
    if (!groupOfId.has(territory.id)) groupOfId.set(territory.id, groupOfId.size + 1);
  }
  const slots = 1 + domainCount + groupOfId.size;
  const counts = new Int32Array(slots * MOVEMENTS);
  // The last action (k + 1) counted in each slot: an action counts once per domain and territory.
  const countedFor = new Int32Array(slots);

  const before: Action[] = [];
  const after: Action[] = [];
  for (let k = 0; k < actions.length; k += 1) {
    const action = actions[k] as Action;
    const then = actionAsOf(action, from);
    const now = actionAsOf(action, to);
    if (then !== null) before.push(then);
    if (now !== null) after.push(now);
    const was = then?.status ?? null;
    const is = now?.status ?? null;
    const started = isStartedStatus(is) && (was === null || was === 'deposee' || was === 'programmee');
    const finished = is === 'realisee' && was !== 'realisee';
    const abandoned = is === 'abandonnee' && was !== 'abandonnee';
    const newlyProgrammed = isProgrammedStatus(is) && !isProgrammedStatus(was);
    if (!(started || finished || abandoned || newlyProgrammed)) continue;

    const stamp = k + 1;
    const add = (slot: number) => {
      if (countedFor[slot] === stamp) return;
      countedFor[slot] = stamp;
      const at = slot * MOVEMENTS;
      if (started) counts[at + STARTED] = (counts[at + STARTED] as number) + 1;
      if (finished) counts[at + FINISHED] = (counts[at + FINISHED] as number) + 1;
      if (abandoned) counts[at + ABANDONED] = (counts[at + ABANDONED] as number) + 1;
      if (newlyProgrammed) counts[at + NEWLY_PROGRAMMED] = (counts[at + NEWLY_PROGRAMMED] as number) + 1;
    };
    add(0);
    for (const code of action.objectives) {
      const domain = index.domainOf.get(code);
      const position = domain ? domainPosition.get(domain.code) : undefined;
      if (position !== undefined) add(1 + position);
    }
    for (const id of action.territories) {
      const group = groupOfId.get(id);
      if (group !== undefined) add(domainCount + group);
    }
  }

  const rollUpsOf = (list: readonly Action[]): RollUp[] => {
    const selection = selectActions(list);
    const territoryGroups = Int32Array.from(selection.table.territoryIds, (id) => groupOfId.get(id) ?? 0);
    return rollUpRows(index, selection, { domains: scope, territoryGroups, groupCount: groupOfId.size });
  };
  const rollUpsBefore = rollUpsOf(before);
  const rollUpsAfter = rollUpsOf(after);

  const inScope = (code: string | undefined) =>
    scope === undefined || (code !== undefined && scope.includes(code));
  const operational = index.operationalIds
    .map((id) => index.nodes[id] as ObjectiveNode)
    .filter((node) => inScope(index.domainOf.get(node.code)?.code));
  const coveredIn = (rolled: RollUp, node: ObjectiveNode) =>
    (rolled.byCode.get(node.code)?.coverage.covered ?? 0) > 0;
  const moves = (group: number) => {
    const then = rollUpsBefore[group] as RollUp;
    const now = rollUpsAfter[group] as RollUp;
    const gained: ObjectiveNode[] = [];
    const lost: ObjectiveNode[] = [];
    for (const node of operational) {
      const was = coveredIn(then, node);
      const is = coveredIn(now, node);
      if (is && !was) gained.push(node);
      else if (was && !is) lost.push(node);
    }
    return { gained, lost };
  };

  const changeOf = (
    then: NodeFigures,
    now: NodeFigures,
    gained: ObjectiveNode[],
    lost: ObjectiveNode[],
    slot: number,
  ): Change => {
    const at = slot * MOVEMENTS;
    return {
      coverage: { before: then.coverage, after: now.coverage },
      gained,
      lost,
      progress: {
        before: then.progress,
        after: now.progress,
        delta: then.progress === null || now.progress === null ? null : now.progress - then.progress,
      },
      started: counts[at + STARTED] as number,
      finished: counts[at + FINISHED] as number,
      abandoned: counts[at + ABANDONED] as number,
      newlyProgrammed: counts[at + NEWLY_PROGRAMMED] as number,
    };
  };

  const whole = moves(0);
  const contractBefore = rollUpsBefore[0] as RollUp;
  const contractAfter = rollUpsAfter[0] as RollUp;
  const figuresOf = (rolled: RollUp, code: string) => rolled.byCode.get(code) as NodeFigures;

  return {
    from,
    to,
    contract: changeOf(contractBefore.contract, contractAfter.contract, whole.gained, whole.lost, 0),
    domains: index.domains.flatMap((node, position) => {
      if (!inScope(node.code)) return [];
      const inDomain = (objective: ObjectiveNode) => index.domainOf.get(objective.code)?.code === node.code;
      return {
        node,
        change: changeOf(
          figuresOf(contractBefore, node.code),
          figuresOf(contractAfter, node.code),
          whole.gained.filter(inDomain),
          whole.lost.filter(inDomain),
          1 + position,
        ),
      };
    }),
    territories: territories.map((territory) => {
      const group = groupOfId.get(territory.id) as number;
      const { gained, lost } = moves(group);
      return {
        territory,
        change: changeOf(
          (rollUpsBefore[group] as RollUp).contract,
          (rollUpsAfter[group] as RollUp).contract,
          gained,
          lost,
          domainCount + group,
        ),
      };
    }),
    rule: sinceCommitteeRule,
  };
};

/** The latest steering committee strictly before the data date (committees may come in any order). */
export const defaultReferenceDate = (
  steeringCommittees: readonly string[],
  dataDate: string,
): string | null => {
  let latest: string | null = null;
  for (const date of steeringCommittees) {
    if (date < dataDate && (latest === null || date > latest)) latest = date;
  }
  return latest;
};
