import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import type { DashboardFigures } from '../../../domain/dashboard-figures';
import { formatDateTimeShort, formatDayShort, formatIsoDateShort } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFullscreen } from '../../../lib/use-fullscreen';
import { useWakeLock } from '../../../lib/use-wake-lock';
import { useMeta } from '../../contract/api/get-meta';
import { useFictitiousFigures } from '../../contract/api/use-fictitious-figures';
import { useDashboard } from '../../dashboard/api/use-dashboard';
import { DashboardStateNotice } from '../../dashboard/components/dashboard-page';
import { toSearch } from '../../filters/filter-params';
import { filterSummaryLine, summarizeFilter } from '../../filters/filter-summary';
import { useFilterSearch } from '../../filters/use-filter-search';
import { useActionsOrigin, useDataDate } from '../../import/use-local-dataset';
import { ignoredMetricText, parseMapMetric } from '../../map/map-params';
import { offlineReasonText, offlineSourceText, useOfflineData } from '../../offline/use-offline-data';
import { SlideContent } from '../components/slide-content';
import { ignoredSlidesText, resolveDeck } from '../deck';
import {
  moveSlide,
  PREPARE_PATH,
  parsePresentationParams,
  presentationParamNames,
  writePresentationParams,
} from '../presentation-params';
import { buildSlides, type DeckExtras } from '../slides';
import { useAutoAdvance } from '../use-auto-advance';
import { useDeckExtras } from '../use-deck-extras';
import { useFitToHeight } from '../use-fit-to-height';
import { usePointerIdle } from '../use-pointer-idle';
import { type SlideCommand, useSlideKeys } from '../use-slide-keys';
import '../presentation.css';

/** What a link to the presentation may say: the page to return to when the deck is left. */
export type PresentationLinkState = { from?: string };

/** How long the controls stay after the mouse last moved. */
const CONTROLS_IDLE_MS = 3000;

/** What auto-advance starts with when the presenter turns it on from the controls. */
const DEFAULT_AUTO_SECONDS = 30;

type FrameProps = {
  title: string;
  /** Names what the slide shows: its type is fitted to the screen again when it changes. */
  fitKey: string;
  counter?: ReactNode;
  footer: ReactNode;
  /** What the address asked for that the deck left out, said under the slide. */
  notice?: ReactNode;
  controls: ReactNode;
  children: ReactNode;
  theme: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

const SlideFrame = ({
  title,
  fitKey,
  counter,
  footer,
  notice,
  controls,
  children,
  theme,
  headingRef,
}: FrameProps) => {
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  // A slide uses its screen: what it holds is written as large as fits (never smaller than its 24 px).
  useFitToHeight(body, fitKey);
  return (
    <div className={`presentation presentation--${theme}`}>
      <section className="slide" aria-roledescription="diapositive" aria-labelledby={titleId}>
        <header className="slide-header">
          <h1 id={titleId} ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          {counter}
        </header>
        <div className="slide-body" ref={body}>
          {children}
        </div>
        <footer className="slide-footer">
          {notice}
          <p className="slide-context">{footer}</p>
          {controls}
        </footer>
      </section>
    </div>
  );
};

/**
 * The slides the address chooses, in its order, out of the view's (resolveDeck). Keyed on the figures,
 * which the dashboard computes once per data and filter (the view around them is rebuilt on every render),
 * and on the chosen ids.
 */
const useDeck = (figures: DashboardFigures | undefined, extras: DeckExtras, deck: string[] | null) => {
  const all = useMemo(() => (figures ? buildSlides(figures, extras) : []), [figures, extras]);
  const deckKey = deck?.join(',') ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the ids' text, not the array's identity
  return useMemo(() => resolveDeck(all, deck), [all, deckKey]);
};

/** The deck's address without its slide number: the picker's, or a prepared link's. */
export const deckSearch = (params: URLSearchParams) => {
  const next = new URLSearchParams(params);
  next.delete(presentationParamNames.slide);
  return toSearch(next);
};

/**
 * The dashboard as slides for the steering committee, on a projector: one view per slide, in large type,
 * moved by the keyboard (or a presenter's remote), a click, or on its own every N seconds. The URL keeps
 * the view's filter, the slide, the pace and the theme, so a prepared link opens the same deck.
 */
export const PresentationPage = () => {
  useDocumentTitle('Présentation');
  const state = useDashboard();
  const meta = useMeta();
  const fictitious = useFictitiousFigures();
  const origin = useActionsOrigin();
  // The date of the published data says nothing of figures imported in this browser: the import's does.
  const dataDate = useDataDate();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { slide, auto, theme, deck } = parsePresentationParams(params);
  const [paused, setPaused] = useState(false);
  const fullscreen = useFullscreen();
  useWakeLock(true);
  const controlsIdle = usePointerIdle(CONTROLS_IDLE_MS);
  // Opened from the app's "Présenter" link, which is gone with the page, the focus would fall to the body:
  // it goes to the slide's title instead, which screen readers announce and which stays the same element
  // from slide to slide. Opened from an address, the browser's own focus is left alone.
  const heading = useRef<HTMLHeadingElement>(null);
  const openedFromApp = useRef(location.key !== 'default');
  useEffect(() => {
    if (openedFromApp.current) heading.current?.focus({ preventScroll: true });
  }, []);

  const view = state.status === 'ready' ? state.view : null;
  const extras = useDeckExtras();
  const { slides, ignored } = useDeck(view?.figures, extras, deck);
  const count = slides.length;
  // The slide is state, written to the address after each move, rather than read back from it: a
  // presenter's remote may send two presses before the address has changed, and each must move on from the
  // last one. The address is read once, when the deck opens (moves replace it, so Back never lands inside).
  const [requested, setRequested] = useState(slide);
  const current = Math.min(Math.max(1, requested), Math.max(1, count));

  const update = useCallback(
    (next: Partial<ReturnType<typeof parsePresentationParams>>) => {
      const merged = { ...parsePresentationParams(params), ...next };
      // Replace, not push: Back leaves the presentation instead of stepping through every slide shown. The
      // entry keeps its state (the page to return to).
      navigate(
        { search: toSearch(writePresentationParams(merged, params)) },
        { replace: true, state: location.state },
      );
    },
    [params, navigate, location.state],
  );
  const go = useCallback(
    (move: 'next' | 'previous' | 'first' | 'last', wrap = false) =>
      setRequested((from) => moveSlide(Math.min(from, Math.max(1, count)), count, move, wrap)),
    [count],
  );
  useEffect(() => {
    if (requested !== slide) update({ slide: requested });
  }, [requested, slide, update]);
  // Back to the page the deck was opened from (the navigation's link says which), else the overview, with
  // the view's filter either way.
  const filterQuery = useFilterSearch();
  const leave = useCallback(() => {
    const from = (location.state as PresentationLinkState | null)?.from;
    navigate(from ?? `/${filterQuery}`);
  }, [location.state, navigate, filterQuery]);
  const toggleAuto = useCallback(() => {
    if (auto === null) {
      setPaused(false);
      update({ auto: DEFAULT_AUTO_SECONDS });
    } else setPaused((value) => !value);
  }, [auto, update]);

  useSlideKeys((command: SlideCommand) => {
    switch (command) {
      case 'leave':
        // In full screen the browser takes Escape to leave full screen; the next one leaves the slides.
        leave();
        return;
      case 'pause':
        toggleAuto();
        return;
      case 'fullscreen':
        fullscreen.toggle();
        return;
      default:
        go(command);
    }
  });
  useAutoAdvance(auto, !paused && count > 1, current, () => go('next', true));

  const running = auto !== null && !paused;
  const controls = (
    <div
      className="slide-controls"
      role="toolbar"
      aria-label="Commandes de la présentation"
      data-idle={controlsIdle || undefined}
    >
      <button type="button" onClick={() => go('previous')} disabled={current <= 1}>
        <span aria-hidden="true">← </span>Précédente
      </button>
      <button type="button" onClick={() => go('next')} disabled={current >= count}>
        Suivante<span aria-hidden="true"> →</span>
      </button>
      <button type="button" onClick={toggleAuto} aria-pressed={running}>
        {auto === null ? 'Défilement' : running ? `Pause (${auto} s)` : 'Reprendre'}
      </button>
      {fullscreen.supported && (
        <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.isFullscreen}>
          Plein écran
        </button>
      )}
      <button
        type="button"
        onClick={() => update({ theme: theme === 'contraste' ? 'clair' : 'contraste' })}
        aria-pressed={theme === 'contraste'}
      >
        Contraste élevé
      </button>
      <button
        type="button"
        onClick={() =>
          navigate(`${PREPARE_PATH}${deckSearch(params)}`, {
            state: { from: `${location.pathname}${location.search}` } satisfies PresentationLinkState,
          })
        }
      >
        Diapositives…
      </button>
      <button type="button" onClick={leave}>
        Quitter
      </button>
    </div>
  );

  const offline = useOfflineData();
  const context = [
    // Offline, the room must know the figures are the last ones this browser saw, and from when.
    offline
      ? `${offlineReasonText(offline)} : données ${offlineSourceText(offline)} le ${formatDateTimeShort(new Date(offline.at))}`
      : null,
    fictitious ? 'Données fictives' : null,
    origin?.kind === 'local' ? `Données importées localement le ${formatDayShort(origin.importedAt)}` : null,
    meta.data?.contractName ?? null,
    dataDate ? `Données au ${formatIsoDateShort(dataDate)}` : null,
    view ? filterSummaryLine(summarizeFilter(view.filter, view.index, view.territories)) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  if (state.status !== 'ready') {
    return (
      <SlideFrame
        title="Présentation"
        fitKey={state.status}
        theme={theme}
        footer={context}
        controls={controls}
        headingRef={heading}
      >
        <DashboardStateNotice
          state={state}
          loading={
            <p role="status" className="slide-lead">
              Chargement des actions…
            </p>
          }
        />
      </SlideFrame>
    );
  }

  const shown = slides[current - 1] ?? slides[0];
  if (!shown) return null;
  // An unknown figure for the map (`?carte=`) is named, as the overview does, where the deck has the map.
  const ignoredMetric = slides.some((item) => item.kind === 'map') ? parseMapMetric(params).ignored : [];
  const notices = [
    ignored.length > 0 ? ignoredSlidesText(ignored) : null,
    ignoredMetric.length > 0 ? ignoredMetricText(ignoredMetric) : null,
  ].filter(Boolean);
  return (
    <SlideFrame
      title={shown.title}
      fitKey={shown.key}
      notice={
        notices.length > 0 && (
          <p className="slide-ignored" role="status">
            {notices.join(' ')}
          </p>
        )
      }
      theme={theme}
      headingRef={heading}
      footer={context}
      controls={controls}
      counter={
        <p className="slide-counter">
          <span className="visually-hidden">Diapositive </span>
          {current}
          <span aria-hidden="true"> / </span>
          <span className="visually-hidden"> sur </span>
          {count}
        </p>
      }
    >
      {/* Read out on every change of slide, wherever the focus is. */}
      <p className="visually-hidden" aria-live="polite">
        Diapositive {current} sur {count} : {shown.title}
      </p>
      <SlideContent key={shown.key} slide={shown} view={state.view} />
    </SlideFrame>
  );
};
