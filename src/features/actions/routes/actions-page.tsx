import '../../../styles/actions-table.css';
import { CsvExportButton } from '../../../components/csv-export-button';
import { plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { DashboardPage } from '../../dashboard/components/dashboard-page';
import { useFilterSearch } from '../../filters/use-filter-search';
import { actionsToCsvRows } from '../actions-csv';
import { ActionsTable } from '../components/actions-table';
import { useActionSort } from '../components/use-action-sort';

const ActionsList = ({ view }: { view: DashboardView }) => {
  const [sort, setSort] = useActionSort();
  const search = useFilterSearch();
  const { actions } = view.figures;
  if (actions.length === 0) {
    return <p className="actions-empty">Aucune action ne correspond à ces filtres.</p>;
  }
  return (
    <>
      <div className="actions-toolbar">
        <p className="actions-count">{plural(actions.length, 'action', 'actions')}</p>
        <CsvExportButton
          title="Actions retenues"
          label="Exporter en CSV"
          rows={() => actionsToCsvRows(actions, view.territories)}
        />
      </div>
      <ActionsTable
        actions={actions}
        territories={view.territories}
        index={view.index}
        sort={sort}
        onSortChange={setSort}
        search={search}
      />
    </>
  );
};

const ActionsSkeleton = () => (
  <div aria-hidden="true">
    {Array.from({ length: 8 }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
      <div key={index} className="skeleton-line" />
    ))}
  </div>
);

/** Every action of the view, in a table sorted by any column, for staff who look one up. */
export const ActionsPage = () => {
  useDocumentTitle('Actions');
  return (
    <DashboardPage
      header={
        <>
          <h1>Actions</h1>
          <p className="lead">
            Les actions de la programmation retenues par les filtres. Un clic sur l’en-tête d’une colonne trie
            le tableau selon cette colonne ; un second clic inverse l’ordre.
          </p>
        </>
      }
      skeleton={<ActionsSkeleton />}
    >
      {(view) => <ActionsList view={view} />}
    </DashboardPage>
  );
};
