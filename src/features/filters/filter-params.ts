import { type ActionStatus, actionStatuses, type Funder, funders } from '../../domain/action';
import { type ActionFilter, actionFilterSchema } from '../../domain/action-filter';

/**
 * The dashboard's filter as URL search params, so that a copied link reproduces a view:
 * `?annee=2022,2023&pilier=P2&quartier=terre-rouge&financeur=etat&statut=en-cours&recherche=soutien`.
 * Lists are comma-separated (a repeated param is read too); values are written in one canonical order, so
 * that the same view always has the same address.
 */
export const filterParamNames = {
  years: 'annee',
  domains: 'pilier',
  territories: 'quartier',
  funders: 'financeur',
  statuses: 'statut',
  text: 'recherche',
} as const satisfies Record<keyof ActionFilter, string>;

type ListKey = Exclude<keyof ActionFilter, 'text'>;

/** What the URL may name, when it is known: values outside it are dropped like malformed ones. */
export type KnownValues = {
  years?: readonly number[];
  domains?: readonly string[];
  territories?: readonly string[];
};

export type IgnoredParam = { param: string; value: string };

const byPosition =
  <T>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b);

const canonical: { [K in ListKey]: (a: ActionFilter[K][number], b: ActionFilter[K][number]) => number } = {
  years: (a, b) => a - b,
  domains: (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  territories: (a, b) => a.localeCompare(b),
  funders: byPosition<Funder>(funders),
  statuses: byPosition<ActionStatus>(actionStatuses),
};

const readList = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');

/**
 * Reads the filter from the URL. Anything malformed or unknown (a year that is not a number, a status
 * that does not exist, a territory the contract does not have) is left out and listed in `ignored`, so the
 * page can say so, and the rest of the filter still applies.
 */
export const parseFilterParams = (
  params: URLSearchParams,
  known: KnownValues = {},
): { filter: ActionFilter; ignored: IgnoredParam[] } => {
  const ignored: IgnoredParam[] = [];
  const shape = actionFilterSchema.shape;

  const list = <K extends ListKey>(key: K, convert: (raw: string) => unknown): ActionFilter[K] => {
    const name = filterParamNames[key];
    const element = shape[key].element;
    const allowed = known[key as keyof KnownValues] as readonly unknown[] | undefined;
    const values: ActionFilter[K][number][] = [];
    for (const raw of readList(params, name)) {
      const parsed = element.safeParse(convert(raw));
      if (!parsed.success || (allowed !== undefined && !allowed.includes(parsed.data))) {
        ignored.push({ param: name, value: raw });
      } else if (!values.includes(parsed.data as never)) {
        values.push(parsed.data as never);
      }
    }
    return values.sort(canonical[key] as never) as ActionFilter[K];
  };

  return {
    filter: {
      years: list('years', (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : raw)),
      domains: list('domains', (raw) => raw.toUpperCase()),
      territories: list('territories', (raw) => raw),
      funders: list('funders', (raw) => raw),
      statuses: list('statuses', (raw) => raw),
      text: (params.get(filterParamNames.text) ?? '').trim().slice(0, 200),
    },
    ignored,
  };
};

/**
 * Writes the filter into a copy of `params`: other params (a page's sort order, say) are kept, filter params
 * are replaced, empty ones removed.
 */
export const writeFilterParams = (filter: ActionFilter, params = new URLSearchParams()): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(filterParamNames) as (keyof ActionFilter)[]) {
    next.delete(filterParamNames[key]);
  }
  for (const key of Object.keys(canonical) as ListKey[]) {
    const values = [...new Set<ActionFilter[ListKey][number]>(filter[key])].sort(canonical[key] as never);
    if (values.length > 0) next.set(filterParamNames[key], values.join(','));
  }
  const text = filter.text.trim();
  if (text !== '') next.set(filterParamNames.text, text);
  return next;
};

/** "?a=1,2" rather than "?a=1%2C2": commas are legal in a query and keep a copied link readable. */
export const toSearch = (params: URLSearchParams) => {
  const search = params.toString().replace(/%2C/gi, ',');
  return search === '' ? '' : `?${search}`;
};

/** The filter part of a URL's query, for links that carry the current view to another page. */
export const filterSearch = (filter: ActionFilter) => toSearch(writeFilterParams(filter));
