import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import {
  coverageChangeRule,
  defaultReferenceDate,
  movementCountRule,
  movementRules,
  progressChangeRule,
  reconstructionRule,
} from '../../../domain/since-committee';
import { formatIsoDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMeta } from '../../contract/api/get-meta';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { domainLabel, percentTick } from '../../dashboard/chart-data';
import { DashboardPage } from '../../dashboard/components/dashboard-page';
import { ObjectiveLinks } from '../../dashboard/components/gap-list';
import { KeyFigures, KeyFiguresSkeleton } from '../../dashboard/components/key-figures';
import { domainPath } from '../../dashboard/view-paths';
import { DATA_DATE_HELP_PATH } from '../../data-status/data-date-help';
import { toSearch } from '../../filters/filter-params';
import { useFilterSearch } from '../../filters/use-filter-search';
import { useDataDate } from '../../import/use-local-dataset';
import { PREPARE_PATH } from '../../presentation/presentation-params';
import { ChangeTable } from '../components/change-table';
import { ReferencePicker } from '../components/reference-picker';
import { pickableCommittees, REFERENCE_PARAM } from '../reference-date';
import { changeKeyFigures, changesOfView, progressChangeRows, progressSeries } from '../since-committee-data';
import { useReferenceDate } from '../use-reference-date';

const ObjectiveList = ({
  title,
  objectives,
  search,
}: {
  title: string;
  objectives: ObjectiveNode[];
  search: string;
}) => {
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} ({objectives.length})
      </h3>
      {objectives.length === 0 ? <p>Aucun.</p> : <ObjectiveLinks objectives={objectives} search={search} />}
    </section>
  );
};

/**
 * The period compared, above the filters: what the page compares (the reference date, the data date) and
 * the picker of the reference date. It needs meta.json only (the data date, the committees), not the actions:
 * it is part of the page's header, there while the actions load, so that nothing moves when they come.
 */
const ReferencePeriod = ({ dataDate }: { dataDate: string | null }) => {
  const { reference, committees } = useReferenceDate(dataDate);
  const [params, setParams] = useSearchParams();

  if (reference.status === 'none' || !dataDate) {
    return (
      <section className="notice notice--info">
        {reference.status === 'none' && reference.reason === 'no-data-date' ? (
          <p>
            Les données ne sont pas datées : il n’y a pas de « depuis » à calculer. La date des données
            s’écrit en publiant les actions avec <code>npm run import</code> (
            <Link to={DATA_DATE_HELP_PATH}>comment la renseigner</Link>).
          </p>
        ) : (
          <p>
            Aucun comité de pilotage n’est enregistré avant la date des données. Un comité s’enregistre avec{' '}
            <code>npm run comite -- AAAA-MM-JJ</code> (
            <Link to={DATA_DATE_HELP_PATH}>voir la page Données</Link>) ; en attendant, choisissez une date de
            référence en ajoutant <code>?depuis=AAAA-MM-JJ</code> à l’adresse.
          </p>
        )}
      </section>
    );
  }

  const to = dataDate;
  const from = reference.date;
  const setReference = (date: string) => {
    const next = new URLSearchParams(params);
    // The default (the last committee) is left out of the address, so that the link follows the next one.
    if (date === defaultReferenceDate(committees, to)) next.delete(REFERENCE_PARAM);
    else next.set(REFERENCE_PARAM, date);
    setParams(toSearch(next));
  };
  const committeeFrom = committees.includes(from);
  return (
    <>
      <p className="page-intro">
        Ce qui a changé entre {committeeFrom ? 'le comité de pilotage du' : 'le'}{' '}
        <time dateTime={from}>{formatIsoDate(from)}</time> et le{' '}
        <time dateTime={to}>{formatIsoDate(to)}</time> (date des données), pour les actions retenues par les
        filtres.
      </p>
      {reference.ignored && (
        <p className="notice notice--warning" role="status">
          La date « {reference.ignored} » de l’adresse n’est pas une date antérieure au {formatIsoDate(to)} :
          la comparaison part du dernier comité.
        </p>
      )}
      <ReferencePicker
        date={from}
        committees={pickableCommittees(committees, to)}
        dataDate={to}
        onChange={setReference}
      />
    </>
  );
};

const Changes = ({ view }: { view: DashboardView }) => {
  const { reference } = useReferenceDate(view.dataDate);
  const search = useFilterSearch();
  const domainsId = useId();
  const territoriesId = useId();
  const objectivesId = useId();
  const rulesId = useId();

  // Nothing to compare: the header (ReferencePeriod) says why.
  if (reference.status === 'none' || !view.dataDate) return null;

  const to = view.dataDate;
  const from = reference.date;
  const changes = changesOfView(view, from, to);
  const state = view.figures.actions.length === 0 ? 'empty' : 'ready';

  // The first row of both tables of changes: the whole contract, as a reference for each line.
  const contractTotal = {
    key: 'contract',
    header: 'Ensemble du contrat',
    label: 'Ensemble du contrat',
    change: changes.contract,
  };
  return (
    <>
      <KeyFigures
        figures={changeKeyFigures(changes.contract, from)}
        label="Évolution depuis la date de référence"
      />
      <BarChartFigure
        headingLevel={2}
        title="Avancement par pilier et axe, à la date de référence et aujourd’hui"
        summary={`Avancement moyen de chacun des ${changes.domains.length} piliers et axes retenus au ${formatIsoDate(from)} et au ${formatIsoDate(to)}.`}
        rule={progressChangeRule}
        series={progressSeries(from, to)}
        rows={progressChangeRows(changes)}
        extraColumns={[{ key: 'delta', header: 'Avancement gagné' }]}
        domainMax={100}
        formatValueTick={percentTick}
        valueUnit="%"
        categoryHeader="Pilier ou axe"
        state={state}
      />
      <section className="dashboard-section" aria-labelledby={domainsId}>
        <h2 id={domainsId}>Par pilier et axe</h2>
        <ChangeTable
          caption="Évolution par pilier et axe depuis la date de référence"
          rowHeader="Pilier ou axe"
          from={from}
          to={to}
          total={contractTotal}
          rows={changes.domains.map(({ node, change }) => ({
            key: node.code,
            header: <Link to={`${domainPath(node)}${search}`}>{domainLabel(node)}</Link>,
            label: domainLabel(node),
            change,
          }))}
        />
      </section>
      <section className="dashboard-section" aria-labelledby={territoriesId}>
        <h2 id={territoriesId}>Par quartier</h2>
        <ChangeTable
          caption="Évolution par quartier depuis la date de référence, chacun sur ses propres actions"
          rowHeader="Quartier"
          from={from}
          to={to}
          total={contractTotal}
          rows={changes.territories.map(({ territory, change }) => ({
            key: territory.id,
            header: <Link to={`/quartiers/${territory.id}${search}`}>{territory.name}</Link>,
            label: territory.name,
            change,
          }))}
        />
      </section>
      <section className="dashboard-section" aria-labelledby={objectivesId}>
        <h2 id={objectivesId}>Objectifs opérationnels</h2>
        <ObjectiveList title="Nouvellement couverts" objectives={changes.contract.gained} search={search} />
        <ObjectiveList title="Qui ne sont plus couverts" objectives={changes.contract.lost} search={search} />
      </section>
      <section className="dashboard-section" aria-labelledby={rulesId}>
        <h2 id={rulesId}>Comment ces chiffres sont calculés</h2>
        <p>{reconstructionRule}</p>
        <p>{coverageChangeRule}</p>
        <p>{progressChangeRule}</p>
        <ul>
          {Object.values(movementRules).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
        <p>{movementCountRule}</p>
      </section>
    </>
  );
};

/** To the choice of the committee's slides, for the same view. */
const PrepareLink = () => {
  const search = useFilterSearch();
  return (
    <p className="no-print">
      <Link to={`${PREPARE_PATH}${search}`}>Préparer la présentation du comité</Link> : choisir les
      diapositives et leur ordre.
    </p>
  );
};

export const SinceCommitteePage = () => {
  useDocumentTitle('Depuis le dernier comité');
  const meta = useMeta();
  // The view's data date (an import's own day for a local import), known as soon as meta.json is.
  const dataDate = useDataDate();
  return (
    <DashboardPage
      header={
        <>
          <h1>Depuis le dernier comité</h1>
          {/* With the period, once meta.json is there: nothing in the header moves when it comes. */}
          {meta.data && (
            <>
              <ReferencePeriod dataDate={dataDate} />
              <PrepareLink />
            </>
          )}
        </>
      }
      headerPending={meta.isPending}
      skeleton={<KeyFiguresSkeleton count={6} />}
    >
      {(view) => <Changes view={view} />}
    </DashboardPage>
  );
};
