import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Action } from '../../domain/action';
import {
  type ActionsDocument,
  type ActionsOrigin,
  actionsQueryOptions,
  localActionsDocument,
  useActions,
} from '../actions/api/get-actions';
import { useMeta } from '../contract/api/get-meta';
import { clearLocalDataset, type LocalDataset, saveLocalDataset } from './local-dataset';

export type SaveLocalDatasetInput = { fileName: string; actions: readonly Action[]; dataDate: string };

/**
 * Stores an imported programmation in this browser; on success, every page shows it at once (the actions
 * query is given the dataset just stored, with no wait for a new read).
 */
export const useSaveLocalDataset = () => {
  const queryClient = useQueryClient();
  return useMutation<LocalDataset, Error, SaveLocalDatasetInput>({
    mutationFn: (input) => saveLocalDataset(input),
    onSuccess: async (dataset) => {
      const { queryKey } = actionsQueryOptions();
      // A read or a request still running would otherwise overwrite the dataset with what it found before.
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData<ActionsDocument>(queryKey, localActionsDocument(dataset));
    },
  });
};

/**
 * Deletes the local dataset and goes back to the published data. The actions query is reset, not merely
 * invalidated: were the server to fail, the pages must show that failure, not keep the deleted import. The
 * mutation stays pending until the published data are in (or have failed), so that the button says so.
 */
export const useClearLocalDataset = () => {
  const queryClient = useQueryClient();
  return useMutation<void, Error, void>({
    mutationFn: () => clearLocalDataset(),
    onSuccess: () => queryClient.resetQueries({ queryKey: actionsQueryOptions().queryKey }),
  });
};

/** Where the actions on screen come from; null while they load or when they could not be loaded. */
export const useActionsOrigin = (): ActionsOrigin | null => {
  const { data } = useActions();
  if (!data) return null;
  return data.published ? data.origin : { kind: 'published' };
};

/** Why a local import could not be read back (the published data are then shown), or null. */
export const useLocalProblem = (): string | null => {
  const { data } = useActions();
  return data && 'localProblem' in data ? (data.localProblem ?? null) : null;
};

/**
 * The day the figures describe. The published data say it in meta.json; a spreadsheet imported here has
 * its own, chosen on import by the rules of `npm run import` (its latest progress report, or the day the
 * user gives): lateness and "since the last committee" are then judged on it, not on the date of data that
 * are not on screen.
 */
export const dataDateOf = (publishedDataDate: string | null, origin: ActionsOrigin | null): string | null =>
  origin?.kind === 'local' ? origin.dataDate : publishedDataDate;

/** dataDateOf for the documents in the cache: known once meta.json is (an import's day once the actions are). */
export const useDataDate = () => dataDateOf(useMeta().data?.dataDate ?? null, useActionsOrigin());
