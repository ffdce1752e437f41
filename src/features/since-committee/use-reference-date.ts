import { useSearchParams } from 'react-router-dom';
import { useMeta } from '../contract/api/get-meta';
import { REFERENCE_PARAM, referenceDateOf } from './reference-date';

const NO_COMMITTEES: readonly string[] = [];

/** The reference date of the view (the address's `depuis`, or the last committee), and the committees. */
export const useReferenceDate = (dataDate: string | null) => {
  const meta = useMeta();
  const [params] = useSearchParams();
  const committees = meta.data?.steeringCommittees ?? NO_COMMITTEES;
  return { reference: referenceDateOf(params.get(REFERENCE_PARAM), committees, dataDate), committees };
};
