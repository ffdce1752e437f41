import { DataError } from './fetch-json';

/**
 * A failure that may pass on a second try: no answer (offline, timeout) or a server error. A malformed file,
 * a schema error or a missing file will not mend itself.
 */
export const isTransientError = (error: unknown) =>
  error instanceof DataError &&
  (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500));

/**
 * Whether a page must show a query as failed. Data already on screen (loaded earlier, or restored from the
 * saved cache) stay through a transient failure, which the offline banner reports with their date; a file
 * that is now wrong is reported even then, since whoever publishes it must see that it needs fixing.
 */
export const failedWithoutData = (query: { isError: boolean; error: unknown; data: unknown }) =>
  query.isError && (query.data === undefined || !isTransientError(query.error));
