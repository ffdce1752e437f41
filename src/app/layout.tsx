import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { PrintHeader } from '../components/print-header';
import { useMeta } from '../features/contract/api/get-meta';
import { FictitiousBanner } from '../features/contract/components/fictitious-banner';
import { RejectedRecordsNotice } from '../features/data-status/components/rejected-records-notice';
import { useFilterSearch } from '../features/filters/use-filter-search';
import { LocalDataBanner } from '../features/import/components/local-data-banner';
import { useActionsOrigin } from '../features/import/use-local-dataset';
import type { PresentationLinkState } from '../features/presentation/routes/presentation-page';
import { formatDay, formatIsoDate } from '../lib/format';
import { usePrintPreparation } from './print-mode';

const DataDate = () => {
  const meta = useMeta();
  const origin = useActionsOrigin();
  if (meta.isPending) return <span className="header-date">Chargement…</span>;
  if (meta.isError) {
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
  if (origin?.kind === 'local') {
    // The published date would describe data that are not on screen.
    return (
      <span className="header-date">
        Données importées le <time dateTime={origin.importedAt}>{formatDay(origin.importedAt)}</time>
      </span>
    );
  }
  return (
    <span className="header-date">
      {meta.data.dataDate ? (
        <>
          Données au <time dateTime={meta.data.dataDate}>{formatIsoDate(meta.data.dataDate)}</time>
        </>
      ) : (
        'Aucune donnée d’action publiée'
      )}
    </span>
  );
};

const ContractName = () => {
  const meta = useMeta();
  return <>{meta.data?.contractName ?? 'Contrat de ville'}</>;
};

/**
 * After a change of page (not of its search params), focus moves to the main region, so that keyboard and
 * screen reader users start reading the new page instead of staying in the navigation.
 */
const useFocusMainOnNavigation = () => {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname) main.current?.focus();
  }, [pathname]);
  return main;
};

/**
 * The app shell: skip link, header with the contract and its data date, navigation, main, footer; and, for
 * print only, a report header (print.css hides the screen's header, navigation and controls).
 */
export const Layout = () => {
  const main = useFocusMainOnNavigation();
  const location = useLocation();
  usePrintPreparation();
  // The dashboard's pages keep the view's filter from one to the other; the reference pages have none.
  const search = useFilterSearch();
  return (
    <div className="app">
      <a className="skip-link" href="#contenu">
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
                to={`/presentation${search}`}
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
        <RejectedRecordsNotice />
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          Cap Quartiers — suivi du contrat de ville : objectifs, actions et avancement, par pilier et par
          quartier.
        </p>
      </footer>
    </div>
  );
};
