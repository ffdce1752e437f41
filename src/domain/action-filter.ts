import { z } from 'zod';
import { looseText } from '../lib/text-match';
import { type Action, actionStatusSchema, funderSchema } from './action';
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

// Folding 100 000 titles takes longer than the whole roll-up, so each action is folded once, on first search.
const searchTextCache = new WeakMap<Action, string>();
const searchText = (action: Action) => {
  let text = searchTextCache.get(action);
  if (text === undefined) {
    text = looseText(
      [action.id, action.title, action.porteur.name, action.targetPublic ?? '', ...action.objectives].join(
        ' ',
      ),
    );
    searchTextCache.set(action, text);
  }
  return text;
};

/**
 * A predicate for one filter, built once and run on every action. Text search looks in the id, title,
 * porteur, public cible and objective codes, ignoring case and accents. A funder matches an action only when
 * it gives it a positive amount.
 */
export const actionMatcher = (filter: ActionFilter, index: ObjectiveIndex): ((action: Action) => boolean) => {
  const years = filter.years.length > 0 ? new Set(filter.years) : null;
  const domains = filter.domains.length > 0 ? new Set(filter.domains) : null;
  const territories = filter.territories.length > 0 ? new Set(filter.territories) : null;
  const statuses = filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  const funderList = filter.funders;
  const needle = looseText(filter.text);
  return (action) =>
    (years === null || years.has(action.year)) &&
    (statuses === null || statuses.has(action.status)) &&
    (territories === null || action.territories.some((territory) => territories.has(territory))) &&
    (domains === null ||
      action.objectives.some((code) => {
        const domain = index.domainOf.get(code);
        return domain !== undefined && domains.has(domain.code);
      })) &&
    (funderList.length === 0 || funderList.some((funder) => (action.budget.funding[funder] ?? 0) > 0)) &&
    (needle === '' || searchText(action).includes(needle));
};

export const filterActions = (actions: readonly Action[], filter: ActionFilter, index: ObjectiveIndex) => {
  if (isEmptyFilter(filter)) return actions;
  const matches = actionMatcher(filter, index);
  return actions.filter(matches);
};

/** The filter with one field changed: pages build links ("this territory", "this pillar") from the current one. */
export const withFilter = <K extends keyof ActionFilter>(
  filter: ActionFilter,
  key: K,
  value: ActionFilter[K],
): ActionFilter => ({ ...filter, [key]: value });
