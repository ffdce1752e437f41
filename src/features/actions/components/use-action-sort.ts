import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { toSearch } from '../../filters/filter-params';
import { type ActionSort, parseSortParams, writeSortParams } from '../action-sort';

/**
 * The table's order, read from and written to the URL like the filter: each change is a new history entry
 * (Back restores the previous order), and the filter's params are kept as they are.
 */
export const useActionSort = (): [ActionSort, (next: ActionSort) => void] => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.toString();
  const parsed = useMemo(() => parseSortParams(new URLSearchParams(search)), [search]);
  // The same object while the order stays the same, whatever else the address does.
  const { key, direction } = parsed;
  const sort = useMemo(() => ({ key, direction }), [key, direction]);
  const setSort = useCallback(
    (next: ActionSort) => {
      navigate({ search: toSearch(writeSortParams(next, new URLSearchParams(search))) });
    },
    [navigate, search],
  );
  return [sort, setSort];
};
