import { formatIsoDate } from '../lib/format';
import type { ProgressReport } from './action';

/**
 * The data date ("données au"): the day the published figures describe. Lateness and "since the last
 * committee" are judged on it, so a programmation must never be published without one, nor judged on the
 * day someone happens to look at it. These rules are shared by `npm run import` and the page "Données".
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Whether `text` is an ISO calendar date that exists: "2023-06-26" is, "2023-02-30" and "26/06/2023" are not. */
export const isRealIsoDate = (text: string) => {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/**
 * A day as staff type it, ISO (2023-06-26) or French (26/06/2023), as an ISO date; null when it is neither
 * or does not exist (31/06/2023).
 */
export const parseDayInput = (text: string): string | null => {
  const trimmed = text.trim();
  const french = FRENCH_DATE.exec(trimmed);
  const iso = french
    ? `${french[3]}-${(french[2] as string).padStart(2, '0')}-${(french[1] as string).padStart(2, '0')}`
    : trimmed;
  return isRealIsoDate(iso) ? iso : null;
};

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar day of a moment in the local time zone, as an ISO date (what "today" means to the user). */
export const localIsoDay = (moment: Date) =>
  `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;

/** The latest date of the actions' progress reports, or null when none is dated. */
export const latestReportDate = (
  actions: readonly { progressHistory: readonly ProgressReport[] }[],
): string | null => {
  let latest: string | null = null;
  for (const action of actions) {
    for (const report of action.progressHistory) {
      if (latest === null || report.date > latest) latest = report.date;
    }
  }
  return latest;
};

export type DataDateChoice =
  | {
      ok: true;
      date: string;
      /** Where it comes from: given by the user, or the latest progress report of the data. */
      source: 'given' | 'reports';
      /** The latest progress report of the data (null when none is dated). */
      latestReport: string | null;
    }
  | {
      ok: false;
      reason: 'invalid' | 'future' | 'before-reports' | 'future-reports' | 'no-reports';
      message: string;
    };

/**
 * The data date of a programmation about to be published: the date given, or else the latest date of its
 * progress reports, which is the last day anyone said where the actions stood. Refused, with the reason, when
 * the date given is not a real day, is after today, or precedes a progress report of the data (the figures
 * would then include what happened after their own date); and when nothing gives one: today is never taken
 * silently, since a programmation of 2023 judged in 2026 would call every unfinished action late.
 */
export const chooseDataDate = ({
  given,
  actions,
  today,
}: {
  given: string | null;
  actions: readonly { progressHistory: readonly ProgressReport[] }[];
  /** Today, ISO (see localIsoDay): no data describe a day still to come. */
  today: string;
}): DataDateChoice => {
  const latestReport = latestReportDate(actions);
  if (given !== null) {
    const date = parseDayInput(given);
    if (date === null) {
      return {
        ok: false,
        reason: 'invalid',
        message: `« ${given} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA attendu, et un jour qui existe).`,
      };
    }
    if (date > today) {
      return {
        ok: false,
        reason: 'future',
        message: `la date des données (${formatIsoDate(date)}) est après aujourd’hui (${formatIsoDate(today)}).`,
      };
    }
    if (latestReport !== null && date < latestReport) {
      return {
        ok: false,
        reason: 'before-reports',
        message: `la date des données (${formatIsoDate(date)}) précède le dernier point d’avancement du fichier (${formatIsoDate(latestReport)}) : elle doit être ce jour-là ou après.`,
      };
    }
    return { ok: true, date, source: 'given', latestReport };
  }
  if (latestReport === null) {
    return {
      ok: false,
      reason: 'no-reports',
      message:
        'date des données inconnue : aucun point d’avancement daté dans le fichier (colonne « Historique d’avancement »). Indiquez le jour où la programmation était à jour.',
    };
  }
  if (latestReport > today) {
    return {
      ok: false,
      reason: 'future-reports',
      message: `le dernier point d’avancement du fichier est daté du ${formatIsoDate(latestReport)}, après aujourd’hui : corrigez-le, ou indiquez la date des données.`,
    };
  }
  return { ok: true, date: latestReport, source: 'reports', latestReport };
};
