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
  strategicSlideRows,
  territorySlideRows,
  totalRow,
} from '../slide-data';
import type { Slide } from '../slides';
import { SlideBars } from './slide-bars';

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

/** What a slide shows, drawn from the view's figures (computed once for the whole deck). */
export const SlideContent = ({ slide, view }: { slide: Slide; view: DashboardView }) => {
  const { figures } = view;
  const table = {
    series: coverageProgressSeries,
    extraColumns: [actionsColumn],
    domainMax: 100,
    rule: slideRule,
  };
  switch (slide.kind) {
    case 'overview':
      return <SlideFigures figures={overviewSlideFigures(figures)} />;
    case 'domains':
      return (
        <SlideBars
          {...table}
          caption="Couverture et avancement par pilier et axe"
          categoryHeader="Pilier ou axe"
          total={totalRow('Ensemble du contrat', figures.contract)}
          rows={domainSlideRows(figures.domains, figures.rollUp)}
        />
      );
    case 'domain':
      return (
        <SlideBars
          {...table}
          caption="Couverture et avancement par objectif stratégique"
          categoryHeader="Objectif stratégique"
          total={totalRow(
            slide.domain.kind === 'axis' ? 'Ensemble de l’axe' : 'Ensemble du pilier',
            figures.rollUp.byCode.get(slide.domain.code),
          )}
          rows={strategicSlideRows(slide.domain, figures.rollUp)}
        />
      );
    case 'territories':
      return (
        <SlideBars
          {...table}
          caption="Couverture et avancement par quartier, chacun sur ses propres actions"
          categoryHeader="Quartier"
          total={totalRow('Ensemble du contrat', figures.contract)}
          rows={territorySlideRows(figures)}
        />
      );
    case 'territory':
      return (
        <SlideBars
          {...table}
          caption={`Couverture et avancement par pilier et axe, actions menées à ${slide.territory.territory.name}`}
          categoryHeader="Pilier ou axe"
          total={totalRow('Ensemble du quartier', slide.territory.rollUp.contract)}
          rows={domainSlideRows(figures.domains, slide.territory.rollUp)}
        />
      );
    case 'gaps':
      return <GapsSlide view={view} />;
    case 'since':
      return <SinceSlide view={view} />;
  }
};
