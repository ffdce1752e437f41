import { env } from '../../../config/env';
import type { ContractMeta } from '../../../domain/contract-meta';
import type { ActionsOrigin } from '../../actions/api/get-actions';
import { useActionsOrigin } from '../../import/use-local-dataset';
import { useMeta } from './get-meta';

/**
 * Whether the figures are generated: meta.json says so, or, until it has come, the build does (the static
 * demo serves nothing else: saying it at once keeps its banner from pushing the page down when meta.json
 * comes). Figures imported in this browser are the user's own, never fictitious.
 */
export const fictitiousFigures = ({
  meta,
  origin,
  demoBuild,
}: {
  meta: Pick<ContractMeta, 'fictitious'> | undefined;
  origin: ActionsOrigin | null;
  demoBuild: boolean;
}) => (meta ? Boolean(meta.fictitious) : demoBuild) && origin?.kind !== 'local';

/**
 * Whether the figures on screen are generated. meta.json says so for a demo's published actions; a
 * spreadsheet imported in this browser replaces them with the user's own, which must not be called fictitious.
 */
export const useFictitiousFigures = () => {
  const meta = useMeta();
  const origin = useActionsOrigin();
  return fictitiousFigures({ meta: meta.data, origin, demoBuild: env.demoBuild });
};
