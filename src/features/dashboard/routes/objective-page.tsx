import { useId, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { LineChartFigure } from '../../../components/charts/line-chart-figure';
import { type Action, actionStatusLabels, funderLabels, funders } from '../../../domain/action';
import { budgetBreakdown } from '../../../domain/budget';
import { ancestorsOf, findNode } from '../../../domain/objective-index';
import { nodeKindLabels, type ObjectiveNode } from '../../../domain/objective-tree';
import { progressTimeline } from '../../../domain/progress-timeline';
import { progressRule } from '../../../domain/roll-up';
import { formatEuros, formatInteger, formatIsoDateShort, formatProgress, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFilterSearch } from '../../filters/use-filter-search';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';
import type { DashboardView } from '../api/use-dashboard';
import { domainLabel, euroSeries, funderRows } from '../chart-data';
import { Breadcrumb } from '../components/breadcrumb';
import { DashboardPage } from '../components/dashboard-page';
import { KeyFigures, KeyFiguresSkeleton } from '../components/key-figures';
import { nodeKeyFigures } from '../key-figures-data';
import { domainPath } from '../view-paths';

const History = ({ action }: { action: Action }) =>
  action.progressHistory.length === 0 ? (
    <>aucun point</>
  ) : (
    <ol className="history-list">
      {action.progressHistory.map((report) => (
        <li key={report.date}>
          <time dateTime={report.date}>{formatIsoDateShort(report.date)}</time> :{' '}
          {formatProgress(report.progress)}
        </li>
      ))}
    </ol>
  );

const Funding = ({ action }: { action: Action }) => (
  <ul className="funding-list">
    {funders
      .filter((funder) => (action.budget.funding[funder] ?? 0) > 0)
      .map((funder) => (
        <li key={funder}>
          {funderLabels[funder]} : {formatEuros(action.budget.funding[funder] ?? 0)}
        </li>
      ))}
    <li>
      <strong>Coût total : {formatEuros(action.budget.totalCost)}</strong>
    </li>
  </ul>
);

const ActionsTable = ({ actions, view }: { actions: readonly Action[]; view: DashboardView }) => {
  const headingId = useId();
  const names = new Map(view.territories.map((territory) => [territory.id, territory.name]));
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Actions ({formatInteger(actions.length)})</h2>
      {actions.length === 0 ? (
        <p>Aucune action ne correspond à ces filtres pour cet objectif.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              Actions de l’objectif : statut, avancement et son historique, financements
            </caption>
            <thead>
              <tr>
                <th scope="col">Action, porteur et quartiers</th>
                <th scope="col">Année</th>
                <th scope="col">Statut</th>
                <th scope="col">Avancement et historique</th>
                <th scope="col">Financements</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row" className="action-cell">
                    {action.title}
                    <span className="cell-note">{action.porteur.name}</span>
                    <span className="cell-note">
                      {action.territories.map((id) => names.get(id) ?? id).join(', ')}
                    </span>
                  </th>
                  <td>{action.year}</td>
                  <td>{actionStatusLabels[action.status]}</td>
                  <td>
                    <strong>{formatProgress(action.progress)}</strong>
                    <History action={action} />
                  </td>
                  <td>
                    <Funding action={action} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};

const ObjectiveContent = ({ view, objective }: { view: DashboardView; objective: ObjectiveNode }) => {
  const actions = useMemo(
    () =>
      view.figures.actions
        .filter((action) => action.objectives.includes(objective.code))
        .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'fr')),
    [view.figures.actions, objective.code],
  );
  // Progress compares within one programmation: the latest year the filter keeps (mixing years would set
  // last year's finished actions against this year's new ones).
  const latestYear = actions.reduce((latest, action) => Math.max(latest, action.year), 0);
  const timeline = useMemo(
    () => progressTimeline(actions.filter((action) => action.year === latestYear)),
    [actions, latestYear],
  );
  const budget = useMemo(() => budgetBreakdown(actions), [actions]);
  const state = actions.length === 0 ? 'empty' : 'ready';
  return (
    <>
      <KeyFigures
        figures={nodeKeyFigures(view.figures.rollUp.byCode.get(objective.code))}
        label="Chiffres clés"
      />
      <div className="chart-grid">
        <LineChartFigure
          headingLevel={2}
          valueUnit="%"
          title={
            latestYear > 0
              ? `Avancement des actions ${latestYear} au fil des rapports`
              : 'Avancement au fil des rapports'
          }
          summary={
            timeline.length === 0
              ? 'Aucune action de cet objectif n’a encore déclaré d’avancement.'
              : `Avancement moyen des actions programmées en ${latestYear} à chaque date de rapport, du ${formatIsoDateShort(timeline[0]?.date ?? '')} au ${formatIsoDateShort(timeline.at(-1)?.date ?? '')}.`
          }
          rule={`À chaque date, moyenne du dernier avancement déclaré par chaque action ; les actions qui n’ont pas encore déclaré sont exclues, pas comptées à 0 %. ${progressRule}`}
          series={[{ key: 'progress', label: 'Avancement moyen', colorVar: '--chart-1' }]}
          rows={timeline.map((point) => ({
            date: point.date,
            values: { progress: Math.round(point.progress) },
            valueLabels: { progress: formatProgress(point.progress) },
          }))}
          state={timeline.length === 0 ? 'empty' : 'ready'}
          // With no action at all, the page's own message says why; "ces actions" would name none.
          emptyMessage={actions.length > 0 ? 'Aucun avancement déclaré pour ces actions.' : undefined}
        />
        <BarChartFigure
          headingLevel={2}
          title="Financements de l’objectif"
          summary={`Montants engagés par chaque financeur sur les ${plural(actions.length, 'action', 'actions')} de l’objectif.`}
          series={euroSeries('Montant')}
          valueUnit="€"
          rows={funderRows(budget)}
          categoryHeader="Financeur"
          state={state}
        />
      </div>
      <ActionsTable actions={actions} view={view} />
    </>
  );
};

/** /objectifs/P2.3.1: an operational objective, its actions with their status, progress history and funding. */
export const ObjectivePage = () => {
  const { code = '' } = useParams();
  const objectives = useObjectives();
  const search = useFilterSearch();
  const index = objectives.data ? objectiveIndexOf(objectives.data) : null;
  const objective = index ? findNode(index, code) : undefined;
  const trail = index && objective ? ancestorsOf(index, objective.code) : [];
  const domain = trail.find((node) => node.kind === 'axis' || node.kind === 'pillar');
  useDocumentTitle(objective ? `Objectif ${objective.code}` : 'Objectif');
  if (index && objective?.kind !== 'operational') {
    return (
      <>
        <h1>Objectif introuvable</h1>
        <p>
          Le contrat n’a pas d’objectif opérationnel de code « {code} ».{' '}
          <Link to="/objectifs">Voir l’arbre des objectifs</Link>
        </p>
      </>
    );
  }
  return (
    <DashboardPage
      headerPending={objectives.isPending}
      header={
        <>
          <Breadcrumb
            search={search}
            trail={[
              ...(domain ? [{ key: domain.code, label: domainLabel(domain), to: domainPath(domain) }] : []),
              ...trail
                .filter((node) => node.kind === 'strategic')
                .map((node) => ({ key: node.code, label: `${node.code} ${node.label}` })),
            ]}
            current={code}
          />
          <h1>
            <span className="h1-kicker">{nodeKindLabels.operational.singular}</span> {objective?.code}{' '}
            {objective?.label}
          </h1>
        </>
      }
      skeleton={<KeyFiguresSkeleton count={4} />}
    >
      {(view) => (objective ? <ObjectiveContent view={view} objective={objective} /> : null)}
    </DashboardPage>
  );
};
