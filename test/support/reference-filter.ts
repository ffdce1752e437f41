import type { Action } from '../../src/domain/action';
import { type ActionFilter, actionSearchText } from '../../src/domain/action-filter';
import type { ObjectiveIndex } from '../../src/domain/objective-index';
import { looseText } from '../../src/lib/text-match';

/**
 * The filter's rules written plainly, action by action, as the reference filterActions (which reads the
 * actions' table column by column) is checked against.
 */
export const actionMatcher = (filter: ActionFilter, index: ObjectiveIndex): ((action: Action) => boolean) => {
  const years = filter.years.length > 0 ? new Set(filter.years) : null;
  const domains = filter.domains.length > 0 ? new Set(filter.domains) : null;
  const territories = filter.territories.length > 0 ? new Set(filter.territories) : null;
  const statuses = filter.statuses.length > 0 ? new Set(filter.statuses) : null;
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
    (filter.funders.length === 0 ||
      filter.funders.some((funder) => (action.budget.funding[funder] ?? 0) > 0)) &&
    (needle === '' || actionSearchText(action).includes(needle));
};
