import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { emptyFilter } from '../domain/action-filter';
import {
  ACCESSIBILITY_PATH,
  accessibilityLinkLabel,
} from '../features/accessibility/accessibility-statement';
import { useActions } from '../features/actions/api/get-actions';
import { useMeta } from '../features/contract/api/get-meta';
import { FictitiousBanner } from '../features/contract/components/fictitious-banner';
import { RejectedRecordsNotice } from '../features/data-status/components/rejected-records-notice';
import { DATA_DATE_HELP_PATH } from '../features/data-status/data-date-help';
import { filterSearch, parseFilterParams, toSearch } from '../features/filters/filter-params';
import { useFilterSearch } from '../features/filters/use-filter-search';
import { LocalDataBanner } from '../features/import/components/local-data-banner';
import { useDataDate } from '../features/import/use-local-dataset';
import { parseMapMetric, writeMapMetric } from '../features/map/map-params';
import { OfflineBanner } from '../features/offline/components/offline-banner';
import type { PresentationLinkState } from '../features/presentation/routes/presentation-page';
import { formatIsoDate } from '../lib/format';
import { failedWithoutData } from '../lib/query-errors';
import { headerDataDate } from './header-data-date';
import { PrintHeader } from './print-header';
import { usePrintPreparation } from './print-mode';

const DataDate = () => {
  const meta = useMeta();
  const actions = useActions();
  const dataDate = useDataDate();
  if (meta.isPending) return <span className="header-date">Chargement…</span>;
  // Saved data shown offline keep their date (the offline banner says the rest).
  if (!meta.data || failedWithoutData(meta)) {
    return (
      <span className="header-date" role="alert">
        Informations du contrat indisponibles.{' '}
        <button
          type="button"
          className="link-button link-button--inverse"
          onClick={() => void meta.refetch()}
        >
          Réessayer
        </button>
      </span>
    );
  }
  // A local import's own date (see dataDateOf): the published one would describe data not on screen; the
  // banner above says that they are imported.
  const shown = headerDataDate(
    dataDate,
    actions.isPending
      ? 'pending'
      : actions.data
        ? actions.data.published
          ? 'published'
          : 'unpublished'
        : 'failed',
  );
  switch (shown.kind) {
    case 'dated':
      return (
        <span className="header-date">
          Données au <time dateTime={shown.date}>{formatIsoDate(shown.date)}</time>
        </span>
      );
    case 'undated':
      return (
        <span className="header-date">
          Date des données non renseignée ·{' '}
          <Link className="header-link" to={DATA_DATE_HELP_PATH}>
            comment la renseigner
          </Link>
        </span>
      );
    case 'no-actions':
      return <span className="header-date">Aucune donnée d’action publiée</span>;
    case 'pending':
      return <span className="header-date">Chargement…</span>;
  }
};

/**
 * The presentation's address from a page: the view's filter, and the figure its map is coloured by
 * (`?carte=cout`, the overview's choice), which the deck's map slide follows.
 */
const usePresentationSearch = (search: string) => {
  const [params] = useSearchParams();
  return toSearch(writeMapMetric(parseMapMetric(params).metric, new URLSearchParams(search)));
};

/** "?annee=2023" when the address's filter names one year exactly; "" otherwise. */
const useSingleYearSearch = () => {
  const [params] = useSearchParams();
  const { years } = parseFilterParams(params).filter;
  return years.length === 1 ? filterSearch({ ...emptyFilter, years }) : '';
};

const ContractName = () => {
  const meta = useMeta();
  return <>{meta.data?.contractName ?? 'Contrat de ville'}</>;
};

/**
 * Moves the focus to the page's heading, which a screen reader then announces and a keyboard user sees
 * ringed (the main region, focused before, was too large to show a focus indicator); the main region
 * stands in for a page without one. Returns whether there was a heading.
 */
const focusPageHeading = (main: HTMLElement | null) => {
  const heading = main?.querySelector<HTMLElement>('h1');
  if (!heading) {
    main?.focus();
    return false;
  }
  focusTarget(heading);
  return true;
};

/** Focuses an element that is not focusable by itself (a heading) without putting it in the Tab order. */
const focusTarget = (element: HTMLElement) => {
  if (element.tabIndex < 0) element.tabIndex = -1;
  element.focus();
};

/**
 * After a change of page (not of its search params), and on coming back from the presentation (drawn
 * outside this layout), the new page opens at its top with the focus on its heading: keyboard and screen
 * reader users start reading the new page instead of staying in the navigation, or on nothing at all once
 * the link they followed is gone. The page the app opened on keeps the browser's own focus.
 */
const useFocusPageOnNavigation = () => {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // Read in the effect, which must run on a change of page only: a change of filter has a new key too.
  const current = useRef(location);
  current.current = location;
  const { pathname } = location;
  useEffect(() => {
    const { key, hash } = current.current;
    // 'default': the location the app was opened on, not one it navigated to.
    if (!pathname || key === 'default') return;
    // A link to a section of the page ("/donnees#ecartes") lands on that section.
    const section = hash ? document.getElementById(hash.slice(1)) : null;
    if (section && main.current?.contains(section)) {
      focusTarget(section);
      return;
    }
    // The previous page's scroll would leave the new one open in its middle.
    if (window.scrollY > 0) window.scrollTo(0, 0);
    focusPageHeading(main.current);
  }, [pathname]);
  return main;
};

/**
 * The app shell: skip link, header with the contract and its data date, navigation, main, footer; and, for
 * print only, a report header (print.css hides the screen's header, navigation and controls).
 */
export const Layout = () => {
  const main = useFocusPageOnNavigation();
  const location = useLocation();
  usePrintPreparation();
  // The dashboard's pages keep the view's filter from one to the other; the reference pages have none.
  const search = useFilterSearch();
  // The annual report is of one year: the view's, when its filter names exactly one.
  const yearSearch = useSingleYearSearch();
  const presentationSearch = usePresentationSearch(search);
  return (
    <div className="app">
      {/* To the page's heading, where the focus shows, rather than the whole main region, where it cannot. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to #contenu, which still works without the handler */}
      <a
        className="skip-link"
        href="#contenu"
        onClick={(event) => {
          if (focusPageHeading(main.current)) event.preventDefault();
        }}
      >
        Aller au contenu
      </a>
      <header className="app-header">
        <FictitiousBanner />
        <LocalDataBanner />
        <div className="app-header-inner">
          <p className="app-brand">
            <span className="app-name">Cap Quartiers</span>
            <span className="app-contract">
              <ContractName />
            </span>
          </p>
          <DataDate />
        </div>
        <nav aria-label="Navigation principale" className="app-nav">
          <ul>
            <li>
              <NavLink to={`/${search}`} end>
                Vue d’ensemble
              </NavLink>
            </li>
            <li>
              <NavLink to={`/actions${search}`}>Actions</NavLink>
            </li>
            <li>
              <NavLink to={`/depuis-le-dernier-comite${search}`}>Depuis le dernier comité</NavLink>
            </li>
            <li>
              {/* "Rapport" on screen, so that the navigation holds on one line at 1280 px; its name says which. */}
              <NavLink to={`/rapport-annuel${yearSearch}`}>
                Rapport<span className="visually-hidden"> annuel</span>
              </NavLink>
            </li>
            <li>
              <NavLink to="/objectifs">Objectifs</NavLink>
            </li>
            <li>
              <NavLink to="/donnees">Données</NavLink>
            </li>
            <li>
              <NavLink to="/sigles">Lexique des sigles</NavLink>
            </li>
            <li>
              <NavLink
                to={`/presentation${presentationSearch}`}
                state={{ from: `${location.pathname}${location.search}` } satisfies PresentationLinkState}
              >
                Présenter
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <PrintHeader />
      <main id="contenu" className="app-main" tabIndex={-1} ref={main}>
        <OfflineBanner />
        <RejectedRecordsNotice />
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          Cap Quartiers — suivi du contrat de ville : objectifs, actions et avancement, par pilier et par
          quartier.
        </p>
        <p>
          {/* RGAA: the declared state of conformity, in the link's own words, from every page. */}
          <NavLink to={ACCESSIBILITY_PATH}>{accessibilityLinkLabel()}</NavLink>
        </p>
      </footer>
    </div>
  );
};
