import { isRealIsoDate } from '../../domain/data-date';
import { defaultReferenceDate } from '../../domain/since-committee';

/** The param that holds the reference date of "since the last committee": `?depuis=2023-03-14`. */
export const REFERENCE_PARAM = 'depuis';

export type ReferenceDate =
  /** A date to compare with: the URL's, or the last committee before the data date. */
  | { status: 'ready'; date: string; fromUrl: boolean; ignored: string | null }
  /** Nothing to compare with: no data date, or no committee before it and none in the URL. */
  | { status: 'none'; reason: 'no-data-date' | 'no-committee'; ignored: string | null };

/**
 * The date the view compares with. A date in the URL wins when it is a real date before the data date;
 * otherwise (and said so in `ignored`) the last steering committee before the data date.
 */
export const referenceDateOf = (
  raw: string | null,
  steeringCommittees: readonly string[],
  dataDate: string | null,
): ReferenceDate => {
  const given = raw?.trim() || null;
  if (!dataDate) return { status: 'none', reason: 'no-data-date', ignored: given };
  if (given && isRealIsoDate(given) && given < dataDate) {
    return { status: 'ready', date: given, fromUrl: true, ignored: null };
  }
  const ignored = given;
  const fallback = defaultReferenceDate(steeringCommittees, dataDate);
  return fallback
    ? { status: 'ready', date: fallback, fromUrl: false, ignored }
    : { status: 'none', reason: 'no-committee', ignored };
};

/** The committees a user may pick, latest first: those before the data date, each once. */
export const pickableCommittees = (steeringCommittees: readonly string[], dataDate: string | null) =>
  [...new Set(steeringCommittees)]
    .filter((date) => isRealIsoDate(date) && (dataDate === null || date < dataDate))
    .sort()
    .reverse();
