import { formatIsoDate } from '../lib/format';
import type { ContractMeta } from './contract-meta';
import { parseDayInput } from './data-date';

/**
 * The steering committees (COPIL) recorded in meta.json, which "since the last committee" compares with.
 * `npm run comite` records or removes one through these rules, so that nobody edits the JSON by hand.
 */

type Committees = Pick<ContractMeta, 'period' | 'steeringCommittees'>;

export type CommitteeChange =
  | { ok: true; date: string; committees: string[] }
  | { ok: false; message: string };

/** A committee's day as typed (2023-06-26 or 26/06/2023), or the reason it is not one. */
const dayOf = (text: string): { ok: true; date: string } | { ok: false; message: string } => {
  const date = parseDayInput(text);
  return date
    ? { ok: true, date }
    : {
        ok: false,
        message: `« ${text} » n’est pas une date : AAAA-MM-JJ (2023-06-26) ou JJ/MM/AAAA (26/06/2023), un jour qui existe.`,
      };
};

/** The list as meta.json keeps it: each date once, oldest first. */
const sorted = (dates: Iterable<string>) => [...new Set(dates)].sort();

/**
 * Adds a committee: a real day, within the contract's period (from 1 January of its first year to
 * 31 December of its last), not already recorded. Returns the new list, oldest first.
 */
export const addSteeringCommittee = (meta: Committees, text: string): CommitteeChange => {
  const day = dayOf(text);
  if (!day.ok) return day;
  const { date } = day;
  const { start, end } = meta.period;
  if (date < `${start}-01-01` || date > `${end}-12-31`) {
    return {
      ok: false,
      message: `le ${formatIsoDate(date)} est hors de la période du contrat (${start}–${end}) : pas de comité de pilotage à cette date.`,
    };
  }
  if (meta.steeringCommittees.includes(date)) {
    return { ok: false, message: `le comité de pilotage du ${formatIsoDate(date)} est déjà enregistré.` };
  }
  return { ok: true, date, committees: sorted([...meta.steeringCommittees, date]) };
};

/** Removes a committee recorded by mistake. */
export const removeSteeringCommittee = (meta: Committees, text: string): CommitteeChange => {
  const day = dayOf(text);
  if (!day.ok) return day;
  const { date } = day;
  if (!meta.steeringCommittees.includes(date)) {
    return { ok: false, message: `aucun comité de pilotage n’est enregistré le ${formatIsoDate(date)}.` };
  }
  return { ok: true, date, committees: sorted(meta.steeringCommittees.filter((each) => each !== date)) };
};
