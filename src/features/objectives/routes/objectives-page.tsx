import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DataErrorState } from '../../../components/data-error';
import type { ObjectiveNode, ObjectiveTree } from '../../../domain/objective-tree';
import {
  countsByCode,
  countTree,
  filterTree,
  flattenTree,
  listDomains,
} from '../../../domain/objective-tree-queries';
import { plural } from '../../../lib/format';
import { failedWithoutData } from '../../../lib/query-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCheckedActions } from '../../actions/api/use-checked-actions';
import { NoActionsState } from '../../data-status/components/no-actions-state';
import { useObjectives } from '../api/get-objectives';
import { ObjectiveTreeView } from '../components/objective-tree-view';

/** Open by default: every level above the strategic objectives, so the page shows the contract's shape. */
const openByDefault = (node: ObjectiveNode) => node.kind !== 'strategic' && node.kind !== 'operational';

export const ObjectivesPage = () => {
  useDocumentTitle('Objectifs du contrat');
  const objectives = useObjectives();
  return (
    <>
      <h1>Objectifs du contrat</h1>
      {objectives.isPending ? (
        <TreeSkeleton />
      ) : !objectives.data || failedWithoutData(objectives) ? (
        // Saved data shown offline stay on screen (the offline banner says so): only a failure without
        // data, or a file that cannot be used, is an error here.
        <DataErrorState
          what="les objectifs du contrat"
          error={objectives.error}
          onRetry={() => void objectives.refetch()}
          retrying={objectives.isFetching}
        />
      ) : (
        <>
          <ActionsStatus />
          <ObjectivesBrowser tree={objectives.data} />
        </>
      )}
    </>
  );
};

/** Whether the programmation is published, in one line; the tree itself never waits for the actions. */
const ActionsStatus = () => {
  const checked = useCheckedActions();
  switch (checked.status) {
    case 'pending':
      return (
        <p className="actions-status" role="status">
          Chargement des actions…
        </p>
      );
    case 'unpublished':
      return <NoActionsState />;
    case 'error':
      return (
        <DataErrorState
          what="les actions du contrat"
          error={checked.error}
          onRetry={checked.retry}
          retrying={checked.retrying}
        />
      );
    case 'ready': {
      // A loop, not Math.min(...years): spreading 100 000 arguments can overflow the stack.
      let first = Number.POSITIVE_INFINITY;
      let last = Number.NEGATIVE_INFINITY;
      for (const action of checked.actions) {
        first = Math.min(first, action.year);
        last = Math.max(last, action.year);
      }
      return (
        <p className="actions-status" role="status">
          {plural(checked.actions.length, 'action publiée', 'actions publiées')}
          {checked.actions.length > 0 && (
            <>, programmations {first === last ? first : `${first} à ${last}`}</>
          )}
          .
        </p>
      );
    }
  }
};

const TreeSkeleton = () => (
  <div className="skeleton" aria-busy="true">
    <p role="status">Chargement des objectifs…</p>
    {Array.from({ length: 8 }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
      <div key={index} className="skeleton-line" />
    ))}
  </div>
);

const ObjectivesBrowser = ({ tree }: { tree: ObjectiveTree }) => {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const totals = useMemo(() => countTree(tree), [tree]);
  const domains = useMemo(() => listDomains(tree), [tree]);
  const filter = useMemo(() => filterTree(tree.nodes, query), [tree, query]);
  const allCodes = useMemo(() => flattenTree(tree.nodes).filter((node) => node.children.length > 0), [tree]);
  const defaultOpen = useMemo(
    () => new Set(allCodes.filter(openByDefault).map((node) => node.code)),
    [allCodes],
  );

  // The user's own openings and closings, on top of the defaults; a new search starts from its own defaults.
  const [overrides, setOverrides] = useState(() => ({ query, open: new Map<string, boolean>() }));
  const open = overrides.query === query ? overrides.open : new Map<string, boolean>();

  const isExpanded = useCallback(
    (code: string) => {
      const own = open.get(code);
      if (own !== undefined) return own;
      if (query.trim() !== '') return filter.expand.has(code);
      return defaultOpen.has(code);
    },
    [open, query, filter, defaultOpen],
  );

  const setExpanded = useCallback(
    (codes: string[], expanded: boolean) => {
      const next = new Map(open);
      for (const code of codes) next.set(code, expanded);
      setOverrides({ query, open: next });
    },
    [open, query],
  );

  const visibleCounts = useMemo(() => countTree(filter), [filter]);
  const counts = useMemo(() => countsByCode(filter.nodes), [filter]);

  const onSearch = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value === '') next.delete('q');
    else next.set('q', value);
    // Typing should not fill the history with one entry per letter.
    setSearchParams(next, { replace: true });
  };

  const pillars = domains.filter((domain) => domain.kind === 'pillar').length;
  const axes = domains.filter((domain) => domain.kind === 'axis').length;

  return (
    <>
      <p className="lead">
        {plural(totals.strategic, 'objectif stratégique', 'objectifs stratégiques')} et{' '}
        {plural(totals.operational, 'objectif opérationnel', 'objectifs opérationnels')}, répartis en{' '}
        {plural(pillars, 'pilier', 'piliers')}
        {axes > 0 && <> et {plural(axes, 'axe transversal', 'axes transversaux')}</>}. Les axes transversaux
        concernent tous les piliers ; les sigles sont expliqués dans le <Link to="/sigles">lexique</Link>.
      </p>

      <search className="tree-toolbar" aria-label="Filtrer les objectifs">
        <div className="field">
          <label htmlFor="objective-search">Rechercher un objectif</label>
          <input
            id="objective-search"
            type="search"
            value={query}
            onChange={(event) => onSearch(event.target.value)}
            placeholder="ex. santé, CLSPD, P2.3"
            autoComplete="off"
            aria-describedby="objective-search-help"
          />
          <span id="objective-search-help" className="field-help">
            Sans tenir compte des majuscules ni des accents ; un code (ex. P2.3.1) trouve l’objectif.
          </span>
        </div>
        <div className="toolbar-buttons">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setExpanded(
                allCodes.map((node) => node.code),
                true,
              )
            }
          >
            Tout déplier
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setExpanded(
                allCodes.map((node) => node.code),
                false,
              )
            }
          >
            Tout replier
          </button>
        </div>
      </search>

      <p role="status" className="search-status">
        {query.trim() === ''
          ? ''
          : filter.nodes.length === 0
            ? `Aucun objectif ne correspond à « ${query.trim()} ».`
            : `${plural(filter.matches.size, 'élément correspond', 'éléments correspondent')} à « ${query.trim()} » : ${plural(visibleCounts.operational, 'objectif opérationnel affiché', 'objectifs opérationnels affichés')}.`}
      </p>

      <h2 id="objective-tree-title" className="visually-hidden">
        Arbre des objectifs
      </h2>
      {filter.nodes.length > 0 ? (
        <ObjectiveTreeView
          nodes={filter.nodes}
          counts={counts}
          isExpanded={isExpanded}
          onExpandedChange={setExpanded}
          highlight={query}
          labelledBy="objective-tree-title"
        />
      ) : (
        <p className="empty-state">
          Aucun objectif ne correspond à cette recherche.{' '}
          <button type="button" className="link-button" onClick={() => onSearch('')}>
            Effacer la recherche
          </button>
        </p>
      )}
      {tree.title && (
        <p className="source-note">
          Source : {tree.title} ({tree.source}).
        </p>
      )}
    </>
  );
};
