import type { ReactNode } from 'react';
import type { ObjectiveNode } from '../../../domain/objective-tree';
import { formatIsoDate, plural } from '../../../lib/format';
import type { DashboardView } from '../../dashboard/api/use-dashboard';
import { coverageProgressSeries, domainLabel } from '../../dashboard/chart-data';
import { type KeyFigure, KeyFigures } from '../../dashboard/components/key-figures';
import { changeKeyFigures, changesOfView } from '../../since-committee/since-committee-data';
import { useReferenceDate } from '../../since-committee/use-reference-date';
import {
  actionsColumn,
  domainSlideRows,
  overviewSlideFigures,
  slideRule,
  statusSlideRows,
  strategicSlideRows,
  territorySlideRows,
  totalRow,
} from '../slide-data';
import type { Slide, SlideKind } from '../slides';
import { MapSlide } from './map-slide';
import { SlideBars } from './slide-bars';
import { StatisticsSlide } from './statistics-slide';

const SlideFigures = ({ figures, label = 'Chiffres clés' }: { figures: KeyFigure[]; label?: string }) => (
  <KeyFigures
    figures={figures}
    label={label}
    className={`key-figures--slide key-figures--${figures.length}`}
  />
);

/** Past this many, the objectives without action no longer fit a slide: the rest are counted, not listed. */
export const MAX_GAPS_ON_SLIDE = 10;

const GapsSlide = ({ view }: { view: DashboardView }) => {
  const { gaps } = view.figures;
  if (gaps.length === 0) {
    return (
      <p className="slide-lead">
        Tous les objectifs opérationnels retenus ont au moins une action programmée, en cours ou réalisée.
      </p>
    );
  }
  const shown = gaps.slice(0, MAX_GAPS_ON_SLIDE);
  return (
    <>
      <p className="slide-lead">
        {plural(gaps.length, 'objectif opérationnel n’a', 'objectifs opérationnels n’ont')} aucune action
        programmée, en cours ou réalisée.
      </p>
      <ul className="slide-gaps">
        {shown.map(({ objective, domain }) => (
          <li key={objective.code}>
            <span className="slide-gap-code">{objective.code}</span> {objective.label}{' '}
            <span className="slide-gap-domain">({domainLabel(domain)})</span>
          </li>
        ))}
      </ul>
      {gaps.length > shown.length && (
        <p className="slide-note">
          Et {plural(gaps.length - shown.length, 'autre objectif', 'autres objectifs')} : la liste complète
          est sur la vue d’ensemble.
        </p>
      )}
    </>
  );
};

const codesOf = (nodes: readonly ObjectiveNode[]) =>
  nodes.length === 0 ? 'aucun' : nodes.map((node) => node.code).join(', ');

/** What changed since the committee the URL names (`depuis`), or the last one before the data date. */
const SinceSlide = ({ view }: { view: DashboardView }) => {
  const { reference } = useReferenceDate(view.dataDate);
  if (reference.status === 'none' || !view.dataDate) {
    return (
      <p className="slide-lead">
        {reference.status === 'none' && reference.reason === 'no-committee'
          ? 'Aucun comité de pilotage n’est enregistré avant la date des données.'
          : 'Les données ne sont pas datées : rien à comparer.'}
      </p>
    );
  }
  const changes = changesOfView(view, reference.date, view.dataDate);
  return (
    <>
      <p className="slide-lead">
        Du {formatIsoDate(reference.date)} au {formatIsoDate(view.dataDate)}
      </p>
      <SlideFigures
        figures={changeKeyFigures(changes.contract, reference.date)}
        label="Évolution depuis la date de référence"
      />
      <p className="slide-note">
        Objectifs nouvellement couverts : {codesOf(changes.contract.gained)}. Plus couverts :{' '}
        {codesOf(changes.contract.lost)}.
      </p>
    </>
  );
};

/** The columns, scale and rule of the slides' tables of coverage and progress. */
const coverageTable = {
  series: coverageProgressSeries,
  extraColumns: [actionsColumn],
  domainMax: 100,
  rule: slideRule,
};

/** The overview: the four figures, and the actions by status, how far the programmation has come. */
const OverviewSlide = ({ view }: { view: DashboardView }) => {
  const { rows, domainMax } = statusSlideRows(view.figures);
  return (
    <>
      <SlideFigures figures={overviewSlideFigures(view.figures)} />
      <SlideBars
        caption="Actions par statut"
        categoryHeader="Statut"
        series={[{ key: 'count', label: 'Actions', colorVar: '--chart-3' }]}
        rows={rows}
        domainMax={domainMax}
      />
    </>
  );
};

type SlideProps<K extends SlideKind> = { slide: Extract<Slide, { kind: K }>; view: DashboardView };

/**
 * What each kind of slide shows, drawn from the view's figures (computed once for the whole deck). A kind
 * of slide added to slides.ts must be given its content here: the type asks for one per kind.
 */
const slideContents: { [K in SlideKind]: (props: SlideProps<K>) => ReactNode } = {
  overview: ({ view }) => <OverviewSlide view={view} />,
  map: ({ view }) => <MapSlide view={view} />,
  statistics: ({ slide }) => <StatisticsSlide territory={slide.territory} />,
  domains: ({ view }) => (
    <SlideBars
      {...coverageTable}
      caption="Couverture et avancement par pilier et axe"
      categoryHeader="Pilier ou axe"
      total={totalRow('Ensemble du contrat', view.figures.contract)}
      rows={domainSlideRows(view.figures.domains, view.figures.rollUp)}
    />
  ),
  domain: ({ slide, view }) => (
    <SlideBars
      {...coverageTable}
      caption="Couverture et avancement par objectif stratégique"
      categoryHeader="Objectif"
      total={totalRow(
        slide.domain.kind === 'axis' ? 'Ensemble de l’axe' : 'Ensemble du pilier',
        view.figures.rollUp.byCode.get(slide.domain.code),
      )}
      rows={strategicSlideRows(slide.domain, view.figures.rollUp)}
    />
  ),
  territories: ({ view }) => (
    <SlideBars
      {...coverageTable}
      caption="Couverture et avancement par quartier, chacun sur ses propres actions"
      categoryHeader="Quartier"
      total={totalRow('Ensemble du contrat', view.figures.contract)}
      rows={territorySlideRows(view.figures)}
    />
  ),
  territory: ({ slide, view }) => (
    <SlideBars
      {...coverageTable}
      caption={`Couverture et avancement par pilier et axe, actions menées à ${slide.territory.territory.name}`}
      categoryHeader="Pilier ou axe"
      total={totalRow('Ensemble du quartier', slide.territory.rollUp.contract)}
      rows={domainSlideRows(view.figures.domains, slide.territory.rollUp)}
    />
  ),
  gaps: ({ view }) => <GapsSlide view={view} />,
  since: ({ view }) => <SinceSlide view={view} />,
};

/** What a slide shows. */
export const SlideContent = <K extends SlideKind>({ slide, view }: SlideProps<K>) => {
  const Content = slideContents[slide.kind] as (props: SlideProps<K>) => ReactNode;
  return <Content slide={slide} view={view} />;
};
