import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { actionStatuses, actionStatusLabels, funderLabels, funders } from '../../../domain/action';
import { type ActionFilter, emptyFilter, isEmptyFilter } from '../../../domain/action-filter';
import { shortLabel } from '../../../domain/objective-tree-queries';
import { formatInteger, plural } from '../../../lib/format';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';
import { useTerritories } from '../../territories/api/get-territories';
import { useActionFilter } from '../use-action-filter';

type Option<T> = { value: T; label: string };

type ListKey = 'years' | 'domains' | 'territories' | 'funders' | 'statuses';

/**
 * A multiple choice in a disclosure: closed, it says what is chosen ("Années : 2022, 2023"), so that the
 * view's filter reads at a glance on a projector; open, it lists checkboxes. `disabled` (while the data
 * load): the summary alone, nothing to tick.
 */
const ChoiceList = <T extends string | number>({
  legend,
  options,
  selected,
  onChange,
  disabled = false,
}: {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
}) => {
  const details = useRef<HTMLDetailsElement>(null);
  // A list left open would hide the figures under it: a click elsewhere closes it, as a menu would.
  useEffect(() => {
    const close = (event: MouseEvent) => {
      const element = details.current;
      if (element?.open && !element.contains(event.target as Node)) element.open = false;
    };
    document.addEventListener('click', close);
    return () => document.removeEventListener('click', close);
  }, []);
  const chosen = options.filter((option) => selected.includes(option.value));
  const summary = chosen.length === 0 ? 'tous' : chosen.map((option) => option.label).join(', ');
  return (
    <details
      className="choice-list"
      ref={details}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && details.current?.open) {
          details.current.open = false;
          details.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>
        <span className="choice-list-legend">{legend}</span>{' '}
        <span className="choice-list-value">{summary}</span>
      </summary>
      {!disabled && (
        <fieldset>
          <legend className="visually-hidden">{legend}</legend>
          {options.map((option) => (
            <label key={String(option.value)} className="choice">
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, option.value]
                      : selected.filter((value) => value !== option.value),
                  )
                }
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
};

/** Typing replaces the history entry rather than adding one per key: Back returns to the previous view. */
const SearchField = ({
  value,
  onChange,
  disabled = false,
}: {
  value: string;
  onChange: (next: string) => void;
  disabled?: boolean;
}) => {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    // The URL changed from elsewhere (Back, a link, "Effacer"): the field follows it.
    if (value !== last.current) {
      last.current = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => {
    if (draft === last.current) return;
    const timer = setTimeout(() => {
      last.current = draft;
      onChange(draft);
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, onChange]);
  return (
    <div className="filter-search">
      <label htmlFor={id}>Rechercher une action</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder="intitulé, porteur, public…"
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
      />
    </div>
  );
};

export type FilterBarProps = {
  /**
   * The view the filters apply to. Absent while the data load: the bar is drawn in its place, with the same
   * fields and summaries, but nothing can be chosen yet, and its status line says that the actions load.
   */
  view?: DashboardView;
  /** Fields the page fixes itself (a pillar page its pillar): not offered, since they cannot change here. */
  fixed?: ListKey[];
  /** Said before the count, e.g. "Dans ce quartier". */
  children?: ReactNode;
};

/**
 * The filters of every dashboard page. Each change is a new address (a copied link reproduces the view,
 * Back undoes it); the number of matching actions is announced to screen readers.
 *
 * While the data load, the same bar stands in its place (a page that got its filter bar only with its
 * figures would jump down by the bar's height), inert, its status line saying that the actions load: that
 * line is the page's one loading status, and the same live region then announces the count.
 */
export const FilterBar = ({ view, fixed = [], children }: FilterBarProps) => {
  // The years come from the known values, listed once per data load rather than from every action on
  // every render.
  const { filter, ignored, known, setFilter } = useActionFilter();
  // The tree and the territories usually come before the actions: while these load, the summaries already
  // name what the address chooses, so that the bar has the width and the lines it will keep.
  const objectives = useObjectives();
  const territories = useTerritories();
  const headingId = useId();
  const loading = view === undefined;
  const domains = view?.index.domains ?? (objectives.data && objectiveIndexOf(objectives.data).domains);
  const territoryList = view?.territories ?? territories.data?.records;
  const fields: { key: ListKey; legend: string; options: Option<string | number>[] }[] = [
    {
      key: 'years',
      legend: 'Années',
      // Until the actions come, the years the address names, as written.
      options: (known.years ?? filter.years).map((year) => ({ value: year, label: String(year) })),
    },
    {
      key: 'domains',
      legend: 'Piliers et axes',
      options: domains
        ? domains.map((domain) => ({ value: domain.code, label: shortLabel(domain) }))
        : filter.domains.map((code) => ({ value: code, label: code })),
    },
    {
      key: 'territories',
      legend: 'Quartiers',
      options: territoryList
        ? territoryList.map((territory) => ({ value: territory.id, label: territory.name }))
        : filter.territories.map((id) => ({ value: id, label: id })),
    },
    {
      key: 'funders',
      legend: 'Financeurs',
      options: funders.map((f) => ({ value: f, label: funderLabels[f] })),
    },
    {
      key: 'statuses',
      legend: 'Statuts',
      options: actionStatuses.map((status) => ({ value: status, label: actionStatusLabels[status] })),
    },
  ];
  const update = <K extends keyof ActionFilter>(key: K, value: ActionFilter[K], replace = false) =>
    setFilter({ ...filter, [key]: value }, { replace });
  const status = () => {
    if (!view) return 'Chargement des actions…';
    const matching = view.figures.actions.length;
    const total = view.allActions.length;
    return isEmptyFilter(view.filter)
      ? `${plural(total, 'action', 'actions')}, toutes années et tous quartiers confondus.`
      : `${formatInteger(matching)} ${matching > 1 ? 'actions correspondent' : 'action correspond'} aux filtres, sur ${formatInteger(total)}.`;
  };

  return (
    <section className="filter-bar" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Filtres
      </h2>
      <search className="filter-fields" inert={loading}>
        {fields
          .filter((field) => !fixed.includes(field.key))
          .map((field) => (
            <ChoiceList
              key={field.key}
              legend={field.legend}
              options={field.options}
              selected={filter[field.key] as (string | number)[]}
              onChange={(next) => update(field.key, next as never)}
              disabled={loading}
            />
          ))}
        <SearchField
          value={filter.text}
          onChange={(text) => update('text', text, filter.text !== '')}
          disabled={loading}
        />
      </search>
      <div className="filter-status">
        <p role="status" aria-atomic="true">
          {view && children}
          {status()}
        </p>
        {!isEmptyFilter(filter) && (
          <button
            type="button"
            className="link-button"
            disabled={loading}
            onClick={() => setFilter(emptyFilter)}
          >
            Effacer les filtres
          </button>
        )}
      </div>
      {ignored.length > 0 && (
        <p className="filter-ignored">
          {ignored.length > 1 ? 'Paramètres d’adresse ignorés' : 'Paramètre d’adresse ignoré'} (valeur
          inconnue ou mal formée) : {ignored.map((item) => `${item.param}=${item.value}`).join(', ')}.
        </p>
      )}
    </section>
  );
};
