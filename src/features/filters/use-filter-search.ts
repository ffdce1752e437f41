import { useSearchParams } from 'react-router-dom';
import { filterSearch, parseFilterParams } from './filter-params';

/**
 * The current filter as a query string ("?annee=2023"), for links to other dashboard pages: following a
 * link keeps the view's filter, as a user expects when going from a pillar to one of its objectives.
 */
export const useFilterSearch = () => {
  const [params] = useSearchParams();
  return filterSearch(parseFilterParams(params).filter);
};
