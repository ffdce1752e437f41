import { Fragment, useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import type { HeadingLevel } from '../../../components/charts/chart-figure';
import { nodeKindLabels, type ObjectiveNode } from '../../../domain/objective-tree';
import { coverageRule, progressRule } from '../../../domain/roll-up';
import { formatEurosRounded, formatInteger, formatProgress, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFilterSearch } from '../../filters/use-filter-search';
import { objectiveIndexOf, useObjectives } from '../../objectives/api/get-objectives';
import type { DashboardView } from '../api/use-dashboard';
import { domainLabel, operationalRows, percentTick, strategicObjectivesOf } from '../chart-data';
import { Breadcrumb } from '../components/breadcrumb';
import { DashboardPage } from '../components/dashboard-page';
import { KeyFigures, KeyFiguresSkeleton } from '../components/key-figures';
import { nodeKeyFigures } from '../key-figures-data';

/** A strategic objective's operational objectives: one bar of progress each, or "aucune action". */
const StrategicChart = ({
  view,
  strategic,
  search,
  level,
}: {
  view: DashboardView;
  strategic: ObjectiveNode;
  search: string;
  level: HeadingLevel;
}) => {
  const figures = view.figures.rollUp.byCode.get(strategic.code);
  const rows = operationalRows(
    strategic,
    view.figures.rollUp,
    (objective) => `/objectifs/${objective.code}${search}`,
  );
  return (
    <BarChartFigure
      headingLevel={level}
      title={`${strategic.code} ${strategic.label}`}
      summary={
        figures
          ? `${plural(figures.coverage.covered, 'objectif opérationnel couvert', 'objectifs opérationnels couverts')} sur ${formatInteger(figures.coverage.total)} ; avancement moyen : ${formatProgress(figures.progress)}.`
          : ''
      }
      series={[{ key: 'progress', label: 'Avancement moyen', colorVar: '--chart-2' }]}
      rows={rows}
      domainMax={100}
      formatValueTick={percentTick}
      valueUnit="%"
      categoryHeader="Objectif opérationnel"
      categoryLinksLabel="Pages des objectifs opérationnels"
      state={view.figures.actions.length === 0 ? 'empty' : 'ready'}
    />
  );
};

/** Themes and orientations stay as headings between the charts, as in the annex, one level deeper each. */
const Branch = ({
  node,
  view,
  search,
  level,
}: {
  node: ObjectiveNode;
  view: DashboardView;
  search: string;
  level: HeadingLevel;
}) => {
  if (node.kind === 'strategic')
    return <StrategicChart view={view} strategic={node} search={search} level={level} />;
  const Heading = `h${level}` as const;
  const next = Math.min(level + 1, 6) as HeadingLevel;
  return (
    <section className="dashboard-section">
      <Heading>
        {nodeKindLabels[node.kind].singular} : {node.label}
      </Heading>
      {node.goal && <p className="page-intro">{node.goal}</p>}
      {node.children.map((child) => (
        <Branch key={child.code} node={child} view={view} search={search} level={next} />
      ))}
    </section>
  );
};

const ObjectivesTable = ({
  view,
  domain,
  search,
}: {
  view: DashboardView;
  domain: ObjectiveNode;
  search: string;
}) => {
  const headingId = useId();
  const strategic = strategicObjectivesOf(domain);
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Tous les objectifs {domain.kind === 'axis' ? 'de l’axe' : 'du pilier'}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Objectifs stratégiques et opérationnels : couverture, actions, avancement et coût
          </caption>
          <thead>
            <tr>
              <th scope="col">Objectif</th>
              <th scope="col">Couverture</th>
              <th scope="col" className="numeric">
                Actions
              </th>
              <th scope="col" className="numeric">
                Avancement
              </th>
              <th scope="col" className="numeric">
                Coût
              </th>
            </tr>
          </thead>
          <tbody>
            {strategic.map((node) => {
              const figures = view.figures.rollUp.byCode.get(node.code);
              return (
                <Fragment key={node.code}>
                  <tr className="row-group">
                    <th scope="row">
                      {node.code} {node.label}
                    </th>
                    <td>
                      {figures
                        ? `${formatInteger(figures.coverage.covered)}/${formatInteger(figures.coverage.total)} couverts`
                        : ''}
                    </td>
                    <td className="numeric">{formatInteger(figures?.actions ?? 0)}</td>
                    <td className="numeric">{formatProgress(figures?.progress ?? null)}</td>
                    <td className="numeric">{formatEurosRounded(figures?.budget ?? 0)}</td>
                  </tr>
                  {node.children.map((objective) => {
                    const own = view.figures.rollUp.byCode.get(objective.code);
                    const covered = (own?.coverage.covered ?? 0) > 0;
                    return (
                      <tr key={objective.code}>
                        <th scope="row" className="indent">
                          <Link to={`/objectifs/${objective.code}${search}`}>
                            {objective.code} {objective.label}
                          </Link>
                        </th>
                        <td>{covered ? 'Couvert' : 'Sans action'}</td>
                        <td className="numeric">{formatInteger(own?.actions ?? 0)}</td>
                        <td className="numeric">{formatProgress(own?.progress ?? null)}</td>
                        <td className="numeric">{formatEurosRounded(own?.budget ?? 0)}</td>
                      </tr>
                    );
                  })}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};

const DomainContent = ({ view, domain }: { view: DashboardView; domain: ObjectiveNode }) => {
  const search = useFilterSearch();
  return (
    <>
      <KeyFigures
        figures={nodeKeyFigures(view.figures.rollUp.byCode.get(domain.code))}
        label="Chiffres clés"
        rules={[
          { key: 'coverage', text: coverageRule },
          { key: 'progress', text: progressRule },
        ]}
      />
      {domain.children.map((child) => (
        <Branch key={child.code} node={child} view={view} search={search} level={2} />
      ))}
      <ObjectivesTable view={view} domain={domain} search={search} />
    </>
  );
};

/** /piliers/P2, /axes/T1: a pillar or axis, its strategic and operational objectives, with the URL's filter. */
export const DomainPage = () => {
  const { code = '' } = useParams();
  const objectives = useObjectives();
  const search = useFilterSearch();
  const domain = objectives.data
    ? objectiveIndexOf(objectives.data).domains.find((node) => node.code === code.toUpperCase())
    : undefined;
  const title = domain ? `${nodeKindLabels[domain.kind].singular} : ${domainLabel(domain)}` : 'Pilier ou axe';
  useDocumentTitle(title);
  if (objectives.data && !domain) {
    return (
      <>
        <h1>Pilier ou axe introuvable</h1>
        <p>
          Le contrat n’a pas de pilier ni d’axe de code « {code} ».{' '}
          <Link to={`/${search}`}>Vue d’ensemble</Link>
        </p>
      </>
    );
  }
  return (
    <DashboardPage
      headerPending={objectives.isPending}
      restrict={domain ? { domains: [domain.code] } : {}}
      fixed={['domains']}
      header={
        <>
          <Breadcrumb search={search} current={domain ? domainLabel(domain) : code} />
          <h1>{title}</h1>
          {domain?.goal && <p className="page-intro">{domain.goal}</p>}
        </>
      }
      skeleton={<KeyFiguresSkeleton count={4} rules />}
    >
      {(view) => (domain ? <DomainContent view={view} domain={domain} /> : null)}
    </DashboardPage>
  );
};
