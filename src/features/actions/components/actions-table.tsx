import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, type Ref, type RefObject, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { type Action, actionStatusLabels } from '../../../domain/action';
import { findNode, type ObjectiveIndex } from '../../../domain/objective-index';
import type { Territory } from '../../../domain/territory';
import { formatEuros, formatProgress } from '../../../lib/format';
import {
  type ActionSort,
  nextSort,
  objectiveCodesOf,
  type SortContext,
  type SortDirection,
  type SortKey,
  sortActions,
  territoryNamesOf,
} from '../action-sort';

type Column = {
  key: SortKey;
  label: string;
  /** The column as the caption names it: "triées par coût total". */
  captionName: string;
  order: Record<SortDirection, string>;
  numeric?: boolean;
};

const alphabetical = { asc: 'de A à Z', desc: 'de Z à A' };

export const columns: readonly Column[] = [
  { key: 'intitule', label: 'Intitulé', captionName: 'intitulé', order: alphabetical },
  { key: 'porteur', label: 'Porteur', captionName: 'porteur', order: alphabetical },
  {
    key: 'annee',
    label: 'Année',
    captionName: 'année',
    numeric: true,
    order: { asc: 'de la plus ancienne à la plus récente', desc: 'de la plus récente à la plus ancienne' },
  },
  { key: 'quartiers', label: 'Quartiers', captionName: 'quartiers', order: alphabetical },
  {
    key: 'objectifs',
    label: 'Objectifs',
    captionName: 'objectifs',
    order: { asc: 'dans l’ordre du contrat', desc: 'dans l’ordre inverse du contrat' },
  },
  {
    key: 'statut',
    label: 'Statut',
    captionName: 'statut',
    order: { asc: 'de « Déposée » à « Abandonnée »', desc: 'de « Abandonnée » à « Déposée »' },
  },
  {
    key: 'avancement',
    label: 'Avancement',
    captionName: 'avancement',
    numeric: true,
    order: { asc: 'du plus faible au plus élevé', desc: 'du plus élevé au plus faible' },
  },
  {
    key: 'budget',
    label: 'Coût total',
    captionName: 'coût total',
    numeric: true,
    order: { asc: 'du moins coûteux au plus coûteux', desc: 'du plus coûteux au moins coûteux' },
  },
];

const columnOf = (key: SortKey) => columns.find((column) => column.key === key) as Column;

/** "Actions triées par coût total, du plus coûteux au moins coûteux, puis par intitulé." */
export const describeSort = (sort: ActionSort) => {
  const column = columnOf(sort.key);
  const then = sort.key === 'intitule' ? '' : ', puis par intitulé';
  const unreported = sort.key === 'avancement' ? ' Les avancements non renseignés viennent en dernier.' : '';
  return `Actions triées par ${column.captionName}, ${column.order[sort.direction]}${then}.${unreported}`;
};

/**
 * A row of two or three lines at 18 px type (titles and porteurs wrap), in px. Each row is measured once
 * shown; a close estimate only keeps the scrollbar from drifting as rows are measured.
 */
const ESTIMATED_ROW_HEIGHT = 88;
/** Rows rendered beyond each edge of the window: keyboard users tabbing down always find the next one. */
const OVERSCAN = 10;

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

type RowProps = {
  ref: Ref<HTMLTableRowElement>;
  action: Action;
  index: number;
  context: SortContext;
  objectiveLabel: (code: string) => string;
  search: string;
};

const ActionRow = memo(({ ref, action, index, context, objectiveLabel, search }: RowProps) => (
  <tr
    ref={ref}
    data-index={index}
    aria-rowindex={index + 2}
    className={index % 2 === 1 ? 'is-alt' : undefined}
  >
    <th scope="row" className="action-title">
      {action.title}
    </th>
    <td>{action.porteur.name}</td>
    <td className="numeric">{action.year}</td>
    <td>{territoryNamesOf(action, context).join(', ')}</td>
    <td>
      <ul className="objective-codes">
        {objectiveCodesOf(action, context).map((code) => (
          <li key={code}>
            <Link to={`/objectifs/${code}${search}`}>
              {code}
              <span className="visually-hidden"> : {objectiveLabel(code)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </td>
    <td>{actionStatusLabels[action.status]}</td>
    <td className={action.progress === null ? 'numeric not-reported' : 'numeric'}>
      {formatProgress(action.progress)}
    </td>
    <td className="numeric">{formatEuros(action.budget.totalCost)}</td>
  </tr>
));

/**
 * Where the table's body starts in the document: the window virtualizer counts its offsets from the top of
 * the page. Measured again whenever the page changes size (a notice above, a wrapped heading, a resize).
 */
const useDocumentOffset = (element: RefObject<HTMLElement | null>) => {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (!element.current) return;
      const top = element.current.getBoundingClientRect().top + window.scrollY;
      setOffset((previous) => (Math.abs(previous - top) < 0.5 ? previous : top));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return offset;
};

type Props = {
  actions: readonly Action[];
  territories: readonly Territory[];
  index: ObjectiveIndex;
  sort: ActionSort;
  onSortChange: (next: ActionSort) => void;
  /** The filter's query string, carried by the objective links. */
  search: string;
};

/**
 * Every action of the view in a real table, of which only the rows around the window are in the DOM:
 * spacer rows stand for the others, and aria-rowcount and aria-rowindex tell screen readers the full size.
 * The page itself scrolls (no scroll box inside the page), so the header row can stick to the window.
 */
export const ActionsTable = ({ actions, territories, index, sort, onSortChange, search }: Props) => {
  const context = useMemo<SortContext>(() => {
    const names = new Map(territories.map((territory) => [territory.id, territory.name]));
    return {
      territoryName: (id) => names.get(id) ?? id,
      objectivePosition: (code) => index.idByCode.get(code) ?? Number.MAX_SAFE_INTEGER,
    };
  }, [territories, index]);
  const objectiveLabel = useMemo(
    () => (code: string) => findNode(index, code)?.label ?? 'objectif inconnu',
    [index],
  );
  // Sorted once per change of data or order, never on scroll.
  const rows = useMemo(() => sortActions(actions, sort, context), [actions, sort, context]);

  const table = useRef<HTMLTableElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useDocumentOffset(body);
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin,
    // Known before the first paint, so the first rows are there at once (and in jsdom, which has no layout).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    getItemKey: (position) => rows[position]?.id ?? position,
    // A row measured at 0 px is a row not laid out (jsdom, a hidden tab): keep the estimate rather than
    // letting every row fit in the window.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const paddingTop = first ? first.start - scrollMargin : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  // Said after a click only: the caption already gives the order to whoever reaches the table.
  const [announcement, setAnnouncement] = useState('');
  const sortBy = (key: SortKey) => {
    const next = nextSort(sort, key);
    onSortChange(next);
    setAnnouncement(describeSort(next));
    // Scrolled down the table, the user sees its new top rather than some row in the middle.
    const top = table.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) window.scrollBy({ top });
  };

  return (
    <div className="actions-table-wrap">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <table className="actions-table" ref={table} aria-rowcount={rows.length + 1}>
        <caption>{describeSort(sort)}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} className={`col-${column.key}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? ariaSort[sort.direction] : undefined}
                  className={column.numeric ? 'numeric' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    <span>{column.label}</span>
                    <span className="sort-icon" aria-hidden="true">
                      {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body}>
          {paddingTop > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => (
            <ActionRow
              key={item.key}
              ref={virtualizer.measureElement}
              action={rows[item.index] as Action}
              index={item.index}
              context={context}
              objectiveLabel={objectiveLabel}
              search={search}
            />
          ))}
          {paddingBottom > 0 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
