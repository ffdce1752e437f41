import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMatches } from 'react-router-dom';
import { useCheckedActions } from '../features/actions/api/use-checked-actions';
import { useMeta } from '../features/contract/api/get-meta';
import { filterSummaryLine, summarizeFilter } from '../features/filters/filter-summary';
import { useActionFilter } from '../features/filters/use-action-filter';
import { useActionsOrigin, useDataDate } from '../features/import/use-local-dataset';
import { objectiveIndexOf, useObjectives } from '../features/objectives/api/get-objectives';
import { formatDateTime, formatDay, formatIsoDate } from '../lib/format';
import { onFirstUse } from '../lib/on-first-use';
import { usePrintEvents } from '../lib/use-print-events';
import type { RouteHandle } from './route-handle';

const APP_NAME = 'Cap Quartiers';

const printDate = onFirstUse(
  () => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }),
);

/** A CSS string, for `content:` in the page margins. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\s+/g, ' ')}"`;

/** The page's own title: document.title (set by each page, see useDocumentTitle) without the app's name. */
const pageTitle = () => document.title.replace(new RegExp(`\\s+—\\s+${APP_NAME}$`), '');

/** The filter in words, once the data is in, on the pages that have a filter; null otherwise. */
const useFilterLine = () => {
  // The routes say which pages follow the filter (routes.tsx), so that a new page cannot be forgotten here.
  const filteredPage = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.filtered);
  const { filter } = useActionFilter();
  const objectives = useObjectives();
  const checked = useCheckedActions();
  if (!filteredPage) return null;
  if (!objectives.data || checked.status !== 'ready') return null;
  return filterSummaryLine(summarizeFilter(filter, objectiveIndexOf(objectives.data), checked.territories));
};

const Heading = ({ printedAt }: { printedAt: Date }) => {
  const meta = useMeta();
  const filterLine = useFilterLine();
  const origin = useActionsOrigin();
  // The date of the published data says nothing of figures imported in this browser: the import's does.
  const dataDate = useDataDate();
  return (
    <>
      <p className="print-header-head">
        <span className="print-header-contract">
          {APP_NAME} — {meta.data?.contractName ?? 'Contrat de ville'}
        </span>
        <span className="print-header-title">{pageTitle()}</span>
      </p>
      <p className="print-header-dates">
        {dataDate && (
          <span>
            Données au <time dateTime={dataDate}>{formatIsoDate(dataDate)}</time>
          </span>
        )}
        <span>
          Imprimé le <time dateTime={printedAt.toISOString()}>{printDate().format(printedAt)}</time>
        </span>
      </p>
      {origin?.kind === 'local' && (
        <p className="print-header-local">
          Données importées localement le{' '}
          <time dateTime={origin.importedAt}>{formatDateTime(origin.importedAt)}</time> depuis «{' '}
          {origin.fileName} » : ces chiffres ne sont pas les données publiées du contrat.
        </p>
      )}
      {filterLine && <p className="print-header-filter">{filterLine}</p>}
    </>
  );
};

/**
 * The head of a printed page (print.css shows it in print only): the page's title, the contract, the date
 * of the data, the filters applied and the date of printing. Filled on `beforeprint` and emptied on
 * `afterprint`, so that it holds the moment of printing and repeats nothing of the page in the meantime.
 * The contract and the data date also go to the foot of every printed page (a CSS variable that @page
 * reads in print.css). Figures imported in this browser (features/import) are said to be so, in the header
 * and at the foot of every page, in place of the published data's date.
 */
export const PrintHeader = () => {
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  const meta = useMeta();

  // Synchronous (flushSync): the browser lays the page out for printing as soon as the handlers have run.
  usePrintEvents(
    () => flushSync(() => setPrintedAt(new Date())),
    () => setPrintedAt(null),
  );

  const origin = useActionsOrigin();
  const dataDate = useDataDate();

  const contractName = meta.data?.contractName ?? 'Contrat de ville';
  const dataLine =
    origin?.kind === 'local'
      ? ` — données au ${formatIsoDate(origin.dataDate)}, importées localement le ${formatDay(origin.importedAt)}, non publiées`
      : dataDate
        ? ` — données au ${formatIsoDate(dataDate)}`
        : '';
  const footer = `${APP_NAME} · ${contractName}${dataLine}`;
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-footer', cssString(footer));
    return () => {
      root.removeProperty('--print-footer');
    };
  }, [footer]);

  return <div className="print-header">{printedAt && <Heading printedAt={printedAt} />}</div>;
};
