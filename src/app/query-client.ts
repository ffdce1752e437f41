import { QueryClient } from '@tanstack/react-query';
import { isTransientError } from '../lib/query-errors';

const shouldRetry = (failureCount: number, error: unknown) => failureCount < 2 && isTransientError(error);

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } } });
