import { type Action, actionStatuses } from '../../domain/action';
import { onFirstUse } from '../../lib/on-first-use';

/**
 * The order of the actions table, kept in the URL beside the filter so that a copied link reproduces the
 * view: `?tri=budget&ordre=desc`. The default order (year, most recent first, then title) writes nothing.
 */
export const sortParamNames = { key: 'tri', direction: 'ordre' } as const;

/** The sortable columns, by their URL value. */
export const sortKeys = [
  'intitule',
  'porteur',
  'annee',
  'quartiers',
  'objectifs',
  'statut',
  'avancement',
  'budget',
] as const;
export type SortKey = (typeof sortKeys)[number];

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

export type ActionSort = { key: SortKey; direction: SortDirection };

export const defaultSort: ActionSort = { key: 'annee', direction: 'desc' };

/**
 * The order a column takes on its first click: figures the largest first (the most expensive, the most
 * advanced, the most recent), words from A to Z.
 */
export const firstDirection: Record<SortKey, SortDirection> = {
  intitule: 'asc',
  porteur: 'asc',
  annee: 'desc',
  quartiers: 'asc',
  objectifs: 'asc',
  statut: 'asc',
  avancement: 'desc',
  budget: 'desc',
};

const isSortKey = (value: string): value is SortKey => (sortKeys as readonly string[]).includes(value);
const isDirection = (value: string): value is SortDirection =>
  (sortDirections as readonly string[]).includes(value);

/**
 * Reads the order from the URL. An unknown column falls back to the default order as a whole; a missing or
 * unknown direction to the column's first direction. Case and spaces are forgiven, as in the filter.
 */
export const parseSortParams = (params: URLSearchParams): ActionSort => {
  const rawKey = params.get(sortParamNames.key)?.trim().toLowerCase();
  const rawDirection = params.get(sortParamNames.direction)?.trim().toLowerCase() ?? '';
  if (rawKey === undefined || rawKey === '') {
    return isDirection(rawDirection) ? { key: defaultSort.key, direction: rawDirection } : defaultSort;
  }
  if (!isSortKey(rawKey)) return defaultSort;
  return { key: rawKey, direction: isDirection(rawDirection) ? rawDirection : firstDirection[rawKey] };
};

export const isDefaultSort = (sort: ActionSort) =>
  sort.key === defaultSort.key && sort.direction === defaultSort.direction;

/**
 * Writes the order into a copy of `params`, keeping every other param (the filter). The default order
 * leaves no trace; any other is written in full, column and direction.
 */
export const writeSortParams = (sort: ActionSort, params = new URLSearchParams()): URLSearchParams => {
  const next = new URLSearchParams(params);
  next.delete(sortParamNames.key);
  next.delete(sortParamNames.direction);
  if (!isDefaultSort(sort)) {
    next.set(sortParamNames.key, sort.key);
    next.set(sortParamNames.direction, sort.direction);
  }
  return next;
};

/** A click on a column's header: the same column reverses its order, another one starts in its own. */
export const nextSort = (current: ActionSort, key: SortKey): ActionSort =>
  current.key === key
    ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
    : { key, direction: firstDirection[key] };

/** What the table needs to know beyond the action itself: territory names, the objectives' order. */
export type SortContext = {
  /** A territory's name, from its id. */
  territoryName: (id: string) => string;
  /** An operational objective's position in the contract's annex (depth first), from its code. */
  objectivePosition: (code: string) => number;
};

/** Shared: creating a collator is costly, comparing with one is not. */
export const frCollator = onFirstUse(() => new Intl.Collator('fr'));

/** The territories' names in fr alphabetical order, as the table shows them and sorts them. */
export const territoryNamesOf = (action: Action, context: SortContext): string[] =>
  action.territories.map(context.territoryName).sort(frCollator().compare);

/** The objective codes in the annex's order, as the table shows them and sorts them. */
export const objectiveCodesOf = (action: Action, context: SortContext): string[] =>
  [...action.objectives].sort((a, b) => context.objectivePosition(a) - context.objectivePosition(b));

/**
 * Ranks of `values` in the order `compare` gives: equal values share a rank. Distinct values are sorted
 * once, so that sorting 100 000 actions compares small integers rather than strings.
 */
const rankOf = (values: readonly string[], compare: (a: string, b: string) => number): Float64Array => {
  const distinct = [...new Set(values)].sort(compare);
  const rank = new Map(distinct.map((value, position) => [value, position]));
  const ranks = new Float64Array(values.length);
  values.forEach((value, i) => {
    ranks[i] = rank.get(value) as number;
  });
  return ranks;
};

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const statusPosition = new Map(actionStatuses.map((status, position) => [status, position]));

/** Memoised per call: many actions share the same territories, and joining names is the costly part. */
const territoryKeys = (actions: readonly Action[], context: SortContext) => {
  const cache = new Map<string, string>();
  return actions.map((action) => {
    const id = action.territories.join('\u0000');
    let key = cache.get(id);
    if (key === undefined) {
      key = territoryNamesOf(action, context).join(', ');
      cache.set(id, key);
    }
    return key;
  });
};

/** Positions padded to a fixed width, so that plain string order is the annex's order, code by code. */
const objectiveKeys = (actions: readonly Action[], context: SortContext) =>
  actions.map((action) =>
    action.objectives
      .map((code) => context.objectivePosition(code))
      .sort((a, b) => a - b)
      .map((position) => String(position).padStart(8, '0'))
      .join(' '),
  );

/** Each column's value for every action, as a number that sorts ascending; null for "non renseigné". */
const primaryKeys = (
  actions: readonly Action[],
  key: SortKey,
  context: SortContext,
  titles: Float64Array,
): ArrayLike<number | null> => {
  switch (key) {
    case 'intitule':
      return titles;
    case 'porteur':
      return rankOf(
        actions.map((action) => action.porteur.name),
        frCollator().compare,
      );
    case 'annee':
      return actions.map((action) => action.year);
    case 'quartiers':
      return rankOf(territoryKeys(actions, context), frCollator().compare);
    case 'objectifs':
      return rankOf(objectiveKeys(actions, context), codeUnitOrder);
    case 'statut':
      return actions.map((action) => statusPosition.get(action.status) ?? 0);
    case 'avancement':
      return actions.map((action) => action.progress);
    case 'budget':
      return actions.map((action) => action.budget.totalCost);
  }
};

/**
 * The actions in the given order: by the column, then by title (A to Z), then as they came, whatever the
 * direction. A missing progress ("non renseigné", never 0 %) comes after every figure in both directions.
 * Keys are extracted once, so that 100 000 actions sort in a few tens of milliseconds.
 */
export const sortActions = (actions: readonly Action[], sort: ActionSort, context: SortContext): Action[] => {
  const titles = rankOf(
    actions.map((action) => action.title),
    frCollator().compare,
  );
  const raw = primaryKeys(actions, sort.key, context, titles);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const primary = new Float64Array(actions.length);
  for (let i = 0; i < actions.length; i++) {
    const value = raw[i] ?? null;
    primary[i] = value === null ? Number.POSITIVE_INFINITY : sign * value;
  }
  const order = Array.from({ length: actions.length }, (_, i) => i);
  // Infinity − Infinity is NaN, which is falsy: two missing values fall through to the title, as they should.
  order.sort(
    (a, b) =>
      (primary[a] as number) - (primary[b] as number) ||
      (titles[a] as number) - (titles[b] as number) ||
      a - b,
  );
  return order.map((i) => actions[i] as Action);
};
