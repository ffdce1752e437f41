import { useActionsOrigin } from '../../import/use-local-dataset';
import { useMeta } from './get-meta';

/**
 * Whether the figures on screen are generated. meta.json says so for a demo's published actions; a
 * spreadsheet imported in this browser replaces them with the user's own, which must not be called fictitious.
 */
export const useFictitiousFigures = () => {
  const meta = useMeta();
  const origin = useActionsOrigin();
  return Boolean(meta.data?.fictitious) && origin?.kind !== 'local';
};
