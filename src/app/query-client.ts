import { QueryClient } from '@tanstack/react-query';
import { DataError } from '../lib/fetch-json';

/** Retry what may pass on a second try (network, server errors); a malformed file will not mend itself. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 &&
  error instanceof DataError &&
  (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500));

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } } });
