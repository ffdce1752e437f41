import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { reportFilter } from '../../../domain/annual-report';
import { downloadBlob } from '../../../lib/download';
import { formatIsoDate, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFailureStatus } from '../../../lib/use-failure-status';
import { DashboardStateNotice } from '../../dashboard/components/dashboard-page';
import { filterSearch } from '../../filters/filter-params';
import { drawnChartImages } from '../chart-images';
import { CommentaryEditor } from '../components/commentary-editor';
import { DraftToolbar } from '../components/draft-toolbar';
import { OpinionsEditor } from '../components/opinions-editor';
import { ReportBlocks } from '../components/report-blocks';
import {
  commentaryHeading,
  FICTITIOUS_NOTICE,
  type FigureChange,
  figureChanges,
  type ReportContent,
  type ReportSectionContent,
  sectionFigureValues,
} from '../report-content';
import {
  addOpinion,
  checkFigures,
  type DraftKey,
  fileSlug,
  newOpinionId,
  type ReportDraft,
  removeOpinion,
  setCommentary,
  updateOpinion,
} from '../report-draft';
import { type ReportView, useAnnualReport } from '../use-annual-report';
import { type DraftState, useReportDraft } from '../use-report-draft';
import '../annual-report.css';

// The figures of a section, named and written as shown: once per section's blocks, which stay the same
// while the data and the year do.
const figureValues = new WeakMap<ReportSectionContent['blocks'], Record<string, string>>();
const valuesOf = (section: ReportSectionContent) => {
  let values = figureValues.get(section.blocks);
  if (!values) {
    values = sectionFigureValues(section);
    figureValues.set(section.blocks, values);
  }
  return values;
};

/**
 * The figures of a section that changed since its commentary was written (none while it is blank, nor
 * while some of its figures are still loading: section 2's statistics, missing for a moment, have not
 * changed).
 */
const changesOf = (section: ReportSectionContent, draft: ReportDraft): FigureChange[] => {
  const { commentary } = draft.sections[section.id];
  if (commentary.text.trim() === '' || commentary.figures === null || section.pending) return [];
  return figureChanges(commentary.figures, valuesOf(section));
};

const sectionAnchor = (section: ReportSectionContent) => `partie-${section.number}`;
const commentaryAnchor = (section: ReportSectionContent) => `commentaire-partie-${section.number}`;

const docxFileName = (content: ReportContent, key: DraftKey) =>
  `rapport-annuel-${content.year}-${fileSlug(key.contract)}.docx`;

const YearChoice = ({ years, year }: { years: readonly number[]; year: number }) => (
  <nav aria-label="Année du rapport" className="report-years">
    <p className="view-links-label" aria-hidden="true">
      Année :
    </p>
    <ul>
      {years.map((each) => (
        <li key={each}>
          <Link
            className="chip-link"
            to={{ search: filterSearch(reportFilter(each)) }}
            aria-current={each === year ? 'page' : undefined}
            aria-label={`Rapport ${each}`}
          >
            {each}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
);

const Contents = ({ content }: { content: ReportContent }) => (
  <nav aria-label="Sommaire du rapport" className="report-contents">
    <h2>Sommaire</h2>
    <ol>
      {content.sections.map((section) => (
        <li key={section.id}>
          <a href={`#${sectionAnchor(section)}`}>{section.title}</a>
        </li>
      ))}
    </ol>
  </nav>
);

type DraftApi = ReturnType<typeof useReportDraft>;

const Section = ({
  section,
  draftState,
  edit,
}: {
  section: ReportSectionContent;
  draftState: DraftState;
  edit: DraftApi['edit'];
}) => {
  const headingId = useId();
  const draft = draftState.status === 'ready' ? draftState.draft : null;
  const own = draft?.sections[section.id];
  const opinions =
    own && section.input !== 'commentary' ? (
      <OpinionsEditor
        kind={section.input}
        headingLevel={section.input === 'opinions' ? 4 : 3}
        opinions={own.opinions}
        onAdd={() => {
          const id = newOpinionId();
          edit(addOpinion(section.id, { id, body: '', date: null, verdict: null, text: '', followUp: '' }));
          return id;
        }}
        onChange={(id, change) => edit(updateOpinion(section.id, id, change))}
        onRemove={(id) => edit(removeOpinion(section.id, id))}
      />
    ) : null;
  const heading = commentaryHeading(section.input);
  return (
    <section id={sectionAnchor(section)} className="report-section" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{section.heading}</h2>
      {/* Below 1600 px the commentary follows the figures: a way straight to it. */}
      <a className="report-jump no-print" href={`#${commentaryAnchor(section)}`}>
        Aller au commentaire de l’équipe
      </a>
      <div className="report-section-body">
        <div className="report-figures">
          <ReportBlocks blocks={section.blocks} />
          {opinions}
        </div>
        {own && draft ? (
          <CommentaryEditor
            id={commentaryAnchor(section)}
            sectionTitle={section.heading}
            heading={heading}
            commentary={own.commentary}
            changes={changesOf(section, draft)}
            onChange={(text) =>
              edit(setCommentary(section.id, text, section.pending ? null : valuesOf(section)))
            }
            onChecked={() => edit(checkFigures(section.id, valuesOf(section)))}
          />
        ) : (
          <aside
            id={commentaryAnchor(section)}
            className="report-commentary"
            aria-label={`${heading}, partie ${section.heading}`}
          >
            <p className="dashboard-pending">
              {draftState.status === 'invalid'
                ? 'Brouillon illisible (voir plus haut).'
                : 'Chargement du brouillon…'}
            </p>
          </aside>
        )}
      </div>
    </section>
  );
};

/** The Word file and the print, with what the team should know first: commentaries whose figures changed. */
const ReportOutputs = ({ content, draft }: { content: ReportContent; draft: ReportDraft | null }) => {
  const { message, run } = useFailureStatus();
  const [busy, setBusy] = useState(false);
  const flagged = draft ? content.sections.filter((section) => changesOf(section, draft).length > 0) : [];
  const download = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      // The document writer is loaded now, not with the page: most visits never ask for it.
      const [{ reportDocxBlob }, images] = await Promise.all([
        import('../report-docx'),
        drawnChartImages(content),
      ]);
      const blob = await reportDocxBlob({ content, draft, images, generatedAt: new Date() });
      downloadBlob(blob, docxFileName(content, { contract: draft.contract, year: draft.year }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="report-outputs no-print">
      <div className="report-buttons">
        <button
          type="button"
          className="button"
          disabled={!draft || busy}
          aria-busy={busy || undefined}
          onClick={() =>
            void run(
              download,
              () => 'Le document Word n’a pas pu être créé. Réessayez, ou imprimez le rapport en PDF.',
            )
          }
        >
          {busy ? 'Préparation du document…' : 'Télécharger le rapport (Word)'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Imprimer ou enregistrer en PDF
        </button>
      </div>
      {flagged.length > 0 && (
        <p className="notice notice--warning">
          {plural(flagged.length, 'commentaire porte', 'commentaires portent')} sur des chiffres qui ont
          changé depuis leur rédaction : {flagged.map((section) => section.heading).join(' ; ')}.
        </p>
      )}
      <p role="status" className="chart-actions-status">
        {message}
      </p>
    </div>
  );
};

const Report = ({ view }: { view: ReportView }) => {
  const { content, draftKey, year } = view;
  const { state: draftState, save, edit, replace, reset } = useReportDraft(draftKey);
  const draft = draftState.status === 'ready' ? draftState.draft : null;
  const { context } = content;
  return (
    <>
      <p className="page-intro">
        Le rapport annuel sur la mise en œuvre du contrat de ville (article L1111-2 du code général des
        collectivités territoriales, décret n° 2015-1118 du 3 septembre 2015), dans le plan du décret. Ses
        chiffres sont ceux du tableau de bord pour l’année {year} ; l’équipe le complète ici, partie par
        partie, puis le télécharge au format Word ou l’imprime.
      </p>
      <YearChoice years={view.years} year={year} />
      {view.ignored.length > 0 && (
        <p className="notice notice--warning" role="status">
          Paramètres d’adresse ignorés (année inconnue des données ou mal écrite) :{' '}
          {view.ignored.map((each) => `${each.param}=${each.value}`).join(', ')}. Rapport {year} affiché.
        </p>
      )}
      {view.severalYears && (
        <p className="notice notice--info" role="status">
          Un rapport porte sur une seule année : celui de {year} est affiché.
        </p>
      )}
      <dl className="report-facts">
        <div>
          <dt>Contrat</dt>
          <dd>
            {context.contractName}
            {context.contractCode ? ` (${context.contractCode})` : ''}
          </dd>
        </div>
        <div>
          <dt>Année</dt>
          <dd>{year}</dd>
        </div>
        <div>
          <dt>Données au</dt>
          <dd>{context.dataDate ? formatIsoDate(context.dataDate) : 'non datées'}</dd>
        </div>
        {context.fictitious && (
          <div>
            <dt>Nature des données</dt>
            <dd>{FICTITIOUS_NOTICE}</dd>
          </div>
        )}
      </dl>
      <ReportOutputs content={content} draft={draft} />
      {draftState.status === 'invalid' ? (
        <div className="notice notice--warning" role="alert">
          <p>
            Le brouillon enregistré dans ce navigateur pour le rapport {year} est illisible ; il n’est ni
            affiché ni remplacé :
          </p>
          <ul>
            {draftState.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void reset()}>
            Effacer ce brouillon et en commencer un autre
          </button>
        </div>
      ) : (
        draft && (
          <DraftToolbar draft={draft} draftKey={draftKey} save={save} onImport={replace} onReset={reset} />
        )
      )}
      <Contents content={content} />
      {content.sections.map((section) => (
        <Section key={section.id} section={section} draftState={draftState} edit={edit} />
      ))}
    </>
  );
};

export const AnnualReportPage = () => {
  const state = useAnnualReport();
  const year = state.status === 'ready' ? state.view.year : null;
  useDocumentTitle(year === null ? 'Rapport annuel' : `Rapport annuel ${year}`);
  return (
    <div className="annual-report">
      <h1>
        <span className="h1-kicker">Rapport annuel de la politique de la ville</span>
        {year === null ? 'Rapport annuel' : `Rapport annuel ${year}`}
      </h1>
      {state.status === 'ready' ? (
        <Report view={state.view} />
      ) : (
        <DashboardStateNotice
          state={state}
          loading={
            <p role="status" className="dashboard-pending">
              Chargement des données du rapport…
            </p>
          }
        />
      )}
    </div>
  );
};
