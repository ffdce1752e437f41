import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { type Action, programmationYears } from '../../domain/action';
import type { ActionFilter } from '../../domain/action-filter';
import type { ObjectiveTree } from '../../domain/objective-tree';
import type { Territory } from '../../domain/territory';
import { memoizeLast } from '../../lib/memoize-last';
import { useCheckedActions } from '../actions/api/use-checked-actions';
import { objectiveIndexOf, useObjectives } from '../objectives/api/get-objectives';
import {
  type IgnoredParam,
  type KnownValues,
  parseFilterParams,
  toSearch,
  writeFilterParams,
} from './filter-params';

const knownValuesOf = memoizeLast(
  (tree: ObjectiveTree, actions: readonly Action[], territories: readonly Territory[]): KnownValues => ({
    years: programmationYears(actions),
    domains: objectiveIndexOf(tree).domains.map((domain) => domain.code),
    territories: territories.map((territory) => territory.id),
  }),
);

const NOTHING_KNOWN: KnownValues = {};

/**
 * What the data holds, once loaded: the URL may only name these years, axes or pillars, and territories.
 * The same object while the data stays the same, so that the filter parsed from it does too.
 */
export const useKnownValues = (): KnownValues => {
  const objectives = useObjectives();
  const checked = useCheckedActions();
  if (!objectives.data || checked.status !== 'ready') return NOTHING_KNOWN;
  return knownValuesOf(objectives.data, checked.actions, checked.territories);
};

export type FilterState = {
  filter: ActionFilter;
  /** Params the URL holds that could not be used (malformed, or unknown to this contract). */
  ignored: IgnoredParam[];
  /** The years, pillars and territories the data holds (empty until it is loaded). */
  known: KnownValues;
  /** Pushes a new history entry, so that Back returns to the previous view; `replace` for typing. */
  setFilter: (next: ActionFilter, options?: { replace?: boolean }) => void;
};

/** The dashboard's filter, read from and written to the URL: the URL is the state of the view. */
export const useActionFilter = (): FilterState => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const known = useKnownValues();
  const search = params.toString();
  // Parsed once per address and data, so that every component gets the same filter object.
  const parsed = useMemo(() => parseFilterParams(new URLSearchParams(search), known), [search, known]);
  const setFilter = useCallback(
    (next: ActionFilter, options: { replace?: boolean } = {}) => {
      navigate({ search: toSearch(writeFilterParams(next, new URLSearchParams(search))) }, options);
    },
    [navigate, search],
  );
  return { filter: parsed.filter, ignored: parsed.ignored, known, setFilter };
};
