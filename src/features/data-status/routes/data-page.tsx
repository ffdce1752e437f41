import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { env } from '../../../config/env';
import { countTree } from '../../../domain/objective-tree-queries';
import { fileName, type RejectedRecord } from '../../../lib/fetch-json';
import { formatDay, formatInteger, formatIsoDate, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { actionsFileLabel, actionsUrl, useActions } from '../../actions/api/get-actions';
import { useCheckedActions } from '../../actions/api/use-checked-actions';
import { metaUrl, useMeta } from '../../contract/api/get-meta';
import { useFictitiousFigures } from '../../contract/api/use-fictitious-figures';
import { useActionsOrigin, useDataDate } from '../../import/use-local-dataset';
import { objectivesUrl, useObjectives } from '../../objectives/api/get-objectives';
import { indicatorsUrl, useIndicators } from '../../territories/api/get-indicators';
import { perimetersUrl, usePerimeters } from '../../territories/api/get-perimeters';
import { territoriesUrl, useTerritories } from '../../territories/api/get-territories';
import {
  useCheckedIndicators,
  useCheckedPerimeters,
  useContextRejections,
} from '../../territories/api/use-territory-context';
import { DATA_DATE_ANCHOR } from '../data-date-help';

const ImportPanel = lazy(() =>
  import('../../import/components/import-panel').then((module) => ({ default: module.ImportPanel })),
);

/** Beyond this, the table would be a wall: the first ones show the pattern, the file shows the rest. */
const MAX_ROWS = 200;

const stateOf = <T,>(query: UseQueryResult<T>, describe: (data: T) => ReactNode): ReactNode => {
  if (query.isPending) return 'Chargement…';
  if (query.isError) return <span className="text-error">Erreur : {query.error.message}</span>;
  return describe(query.data);
};

/**
 * Where the figures come from: each document, what it holds, and every record left out with its reason.
 * Staff read it to fix the source file; it is also where "how to publish" lives.
 */
export const DataPage = () => {
  useDocumentTitle('Données du tableau de bord');
  const meta = useMeta();
  const fictitious = useFictitiousFigures();
  const objectives = useObjectives();
  const territories = useTerritories();
  const actions = useActions();
  const checked = useCheckedActions();
  const perimeters = usePerimeters();
  const indicators = useIndicators();
  const checkedPerimeters = useCheckedPerimeters();
  const checkedIndicators = useCheckedIndicators();
  const contextRejected = useContextRejections();

  const rows: { url: string; file?: ReactNode; content: string; state: ReactNode }[] = [
    {
      url: metaUrl(),
      content: 'Le contrat : nom, période, date des données, comités de pilotage',
      state: stateOf(meta, (data) => (
        <>
          {data.dataDate ? (
            `Données au ${formatIsoDate(data.dataDate)}`
          ) : (
            <>
              Date des données non renseignée (<a href={`#${DATA_DATE_ANCHOR}`}>comment la renseigner</a>)
            </>
          )}
          {` ; ${plural(data.steeringCommittees.length, 'comité de pilotage', 'comités de pilotage')}`}
        </>
      )),
    },
    {
      url: objectivesUrl(),
      content: 'L’arborescence des objectifs (annexe du contrat)',
      state: stateOf(objectives, (data) =>
        plural(countTree(data).operational, 'objectif opérationnel', 'objectifs opérationnels'),
      ),
    },
    {
      url: territoriesUrl(),
      content: 'Les quartiers et territoires suivis',
      state: stateOf(territories, (data) =>
        describeCollection(data.records.length, data.rejected.length, 'territoire'),
      ),
    },
    {
      url: actionsUrl(),
      // A programmation imported in this browser stands in for actions.json: the row says so.
      file:
        actions.data?.published && actions.data.origin.kind === 'local' ? (
          <>
            <code>{actions.data.origin.fileName}</code> (import local)
          </>
        ) : undefined,
      content: 'La programmation : les actions de chaque année',
      state: stateOf(actions, (data) => {
        if (!data.published) return 'Non publié (fichier absent)';
        const count =
          checked.status === 'ready'
            ? describeCollection(
                checked.actions.length,
                checked.rejected.filter((record) => record.file === actionsFileLabel(data)).length,
                'action',
              )
            : describeCollection(data.records.length, data.rejected.length, 'action');
        return data.origin.kind === 'local'
          ? `Import local du ${formatDay(data.origin.importedAt)} depuis « ${data.origin.fileName} » : ${count}`
          : count;
      }),
    },
    {
      url: perimetersUrl(),
      content:
        'Les périmètres des quartiers prioritaires et les contours des communes (carte ; données réelles)',
      state: stateOf(perimeters, (data) => {
        if (!data.published) return 'Non publié (fichier absent) : pas de carte';
        const drawn =
          checkedPerimeters.status === 'ready'
            ? `${plural(checkedPerimeters.data.territories.length, 'périmètre de quartier', 'périmètres de quartier')}, ${plural(checkedPerimeters.data.communes.length, 'commune', 'communes')}`
            : plural(data.records.length, 'entité', 'entités');
        const left =
          checkedPerimeters.status === 'ready'
            ? checkedPerimeters.data.rejected.length
            : data.rejected.length;
        return left > 0 ? `${drawn} ; ${plural(left, 'entité écartée', 'entités écartées')}` : drawn;
      }),
    },
    {
      url: indicatorsUrl(),
      content: 'Les statistiques publiques des quartiers et de leur commune (données réelles)',
      state: stateOf(indicators, (data) => {
        if (!data.published) return 'Non publié (fichier absent) : pas de chiffres des quartiers';
        const left =
          checkedIndicators.status === 'ready'
            ? checkedIndicators.data.rejected.length
            : data.rejected.length;
        return describeCollection(data.records.length - (left - data.rejected.length), left, 'valeur');
      }),
    },
  ];

  const rejected = [...(checked.status === 'ready' ? checked.rejected : []), ...contextRejected];

  return (
    <>
      <h1>Données du tableau de bord</h1>
      <p className="lead">
        Les chiffres sont calculés à partir de quatre fichiers JSON publiés à l’adresse{' '}
        <code>{env.dataBaseUrl}/</code> ; deux autres, facultatifs, décrivent les quartiers eux-mêmes (leurs
        périmètres et leurs statistiques publiques). Chaque fichier est vérifié à son arrivée ; un
        enregistrement invalide est écarté et signalé ici, les autres sont gardés.
      </p>
      {fictitious && (
        <p className="notice notice--warning">
          Ces données sont <strong>fictives</strong> : elles sont générées pour la démonstration et ne
          décrivent pas le contrat réel.
        </p>
      )}

      <h2>Fichiers</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">État de chaque fichier de données</caption>
          <thead>
            <tr>
              <th scope="col">Fichier</th>
              <th scope="col">Contenu</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.url}>
                <th scope="row">{row.file ?? <code>{fileName(row.url)}</code>}</th>
                <td>{row.content}</td>
                <td>{row.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {/* Loaded with the page's import section only: the spreadsheet readers stay out of the first screen. */}
      <Suspense fallback={<p>Chargement de l’import…</p>}>
        <ImportPanel />
      </Suspense>

      <h2 id="ecartes">Enregistrements écartés</h2>
      {checked.status !== 'ready' && contextRejected.length === 0 ? (
        <p>
          {checked.status === 'unpublished'
            ? 'Aucune action n’est publiée : rien à vérifier.'
            : checked.status === 'pending'
              ? 'Vérification en cours…'
              : 'Les fichiers n’ont pas pu être lus : voir leur état ci-dessus.'}
        </p>
      ) : rejected.length === 0 ? (
        <p>Aucun : tous les enregistrements sont valides.</p>
      ) : (
        <RejectedTable rejected={rejected} />
      )}

      <DataDateSection />

      <h2 id="publier">Publier les données</h2>
      <ol className="steps">
        <li>
          Produire <code>actions.json</code> depuis le tableur de la programmation avec{' '}
          <code>npm run import -- programmation.xlsx</code> (voir <code>docs/import.md</code>), qui écrit
          aussi la date des données dans <code>meta.json</code> ; ou exporter ci-dessus{' '}
          <code>actions.json</code> et <code>meta.json</code> après un import vérifié.
        </li>
        <li>
          Pour <code>territories.json</code>, ou un <code>actions.json</code> produit par un autre outil :
          suivre le format décrit dans le contrat de données du projet (<code>docs/data-contract.md</code>,
          schémas JSON dans <code>docs/schema/</code>).
        </li>
        <li>
          Pour la carte et les chiffres des quartiers (facultatifs) : produire <code>perimeters.json</code> et{' '}
          <code>indicators.json</code> depuis les fichiers publics des quartiers prioritaires avec{' '}
          <code>
            npm run territories -- --perimetres qpv.geojson --indicateurs qp.csv --communes communes.geojson
          </code>
          , qui garde les QPV du contrat et vérifie chaque périmètre et chaque valeur.
        </li>
        <li>
          Les déposer à côté de <code>objectives.json</code>, à l’adresse <code>{env.dataBaseUrl}/</code>,
          avec le <code>meta.json</code> qui porte leur date (voir « Date des données et comités »).
        </li>
        <li>
          Recharger cette page : les fichiers sont vérifiés et les erreurs éventuelles listées ci-dessus.
        </li>
      </ol>
      <p>Aucune donnée personnelle : ni nom de personne, ni adresse e-mail, ni numéro de téléphone.</p>
    </>
  );
};

/**
 * Where the data date and the steering committees stand, and how they are recorded: with the command-line
 * tools, never by editing meta.json by hand.
 */
const DataDateSection = () => {
  const meta = useMeta();
  const dataDate = useDataDate();
  const origin = useActionsOrigin();
  const committees = meta.data?.steeringCommittees ?? [];
  return (
    <>
      <h2 id={DATA_DATE_ANCHOR} tabIndex={-1}>
        Date des données et comités de pilotage
      </h2>
      {meta.data && (
        <ul>
          <li>
            Date des données :{' '}
            {dataDate ? (
              <>
                <strong>{formatIsoDate(dataDate)}</strong>
                {origin?.kind === 'local' && ' (choisie à l’import local)'}
              </>
            ) : (
              <strong>non renseignée</strong>
            )}
            .
          </li>
          <li>
            Comités de pilotage enregistrés :{' '}
            {committees.length === 0 ? <strong>aucun</strong> : committees.map(formatIsoDate).join(', ')}.
          </li>
        </ul>
      )}
      <p>
        Le retard des actions et « Depuis le dernier comité » sont jugés à la date des données, le jour que
        décrivent les chiffres ; sans elle, ils ne sont pas calculés. Les deux s’écrivent dans{' '}
        <code>meta.json</code> par des commandes qui les vérifient, sans modifier le fichier à la main :
      </p>
      <ul>
        <li>
          <code>npm run import -- programmation.xlsx</code> écrit la date des données avec les actions : le
          dernier point d’avancement daté du fichier (colonne « Historique d’avancement »), ou la date donnée
          par <code>--date AAAA-MM-JJ</code>. Sans l’un ni l’autre, rien n’est écrit.
        </li>
        <li>
          <code>npm run comite -- AAAA-MM-JJ</code> enregistre un comité de pilotage : une date réelle, dans
          la période du contrat
          {meta.data && ` (${meta.data.period.start}–${meta.data.period.end})`}, pas déjà enregistrée ;{' '}
          <code>npm run comite -- --retirer AAAA-MM-JJ</code> en retire un.
        </li>
        <li>
          Après un import dans ce navigateur, la date des données est choisie à l’import, et « Exporter
          meta.json » ci-dessus la porte.
        </li>
      </ul>
    </>
  );
};

const describeCollection = (kept: number, rejected: number, noun: string) =>
  rejected === 0
    ? plural(kept, noun, `${noun}s`)
    : `${plural(kept, `${noun} gardée`, `${noun}s gardées`)}, ${plural(rejected, 'écartée', 'écartées')}`;

const RejectedTable = ({ rejected }: { rejected: RejectedRecord[] }) => {
  const shown = rejected.slice(0, MAX_ROWS);
  return (
    <>
      <p>
        {plural(rejected.length, 'enregistrement écarté', 'enregistrements écartés')}. Le numéro est la
        position dans le fichier, à partir de 1.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Enregistrements écartés et raisons</caption>
          <thead>
            <tr>
              <th scope="col">Fichier</th>
              <th scope="col">N°</th>
              <th scope="col">Identifiant</th>
              <th scope="col">Champ</th>
              <th scope="col">Problème</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((record) =>
              record.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a record's problems are fixed once parsed
                <tr key={`${record.file}:${record.index}:${index}`}>
                  {index === 0 && (
                    <>
                      <td rowSpan={record.problems.length}>{record.file}</td>
                      <td rowSpan={record.problems.length} className="numeric">
                        {formatInteger(record.index + 1)}
                      </td>
                      <td rowSpan={record.problems.length}>{record.id ?? '—'}</td>
                    </>
                  )}
                  <td>
                    <code>{problem.path}</code>
                  </td>
                  <td>{problem.message}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      {rejected.length > shown.length && (
        <p>
          … et {plural(rejected.length - shown.length, 'autre enregistrement', 'autres enregistrements')}, non
          listés ici.
        </p>
      )}
    </>
  );
};
