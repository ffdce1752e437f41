/** fr-FR formatting, in one place so that every page writes numbers and dates the same way. */
import { onFirstUse } from './on-first-use';

// Each formatter is made on its first use, not as the module loads (see onFirstUse).

const dateLong = onFirstUse(() => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }));
const integer = onFirstUse(() => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }));

/** "2023-12-31" → "31 décembre 2023", read as a calendar date (no time zone shift). */
export const formatIsoDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return dateLong().format(new Date(year as number, (month as number) - 1, day as number));
};

export const formatInteger = (value: number) => integer().format(value);

const euros = onFirstUse(
  () =>
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 2,
    }),
);
const wholeEuros = onFirstUse(
  () =>
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }),
);

/** 12000 → "12 000 €"; cents only when there are some (12000.5 → "12 000,50 €"). */
export const formatEuros = (value: number) =>
  Number.isInteger(value) ? wholeEuros().format(value) : euros().format(value);

/** "1 objectif opérationnel", "2 objectifs opérationnels" */
export const plural = (count: number, singular: string, pluralForm: string) =>
  `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;

const percent = onFirstUse(
  () => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }),
);

/** 0.456 → "46 %"; null → "non renseigné", never "0 %": a figure nobody reported is not a zero. */
export const formatShare = (share: number | null) =>
  share === null ? 'non renseigné' : percent().format(share);

/** A progress in points of 0 to 100: 45.6 → "46 %"; null → "non renseigné". */
export const formatProgress = (progress: number | null) =>
  progress === null ? 'non renseigné' : percent().format(progress / 100);

const compactEuros = onFirstUse(
  () =>
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }),
);

/** 1 234 567 → "1,2 M€": for labels on bars, where the exact amount is in the data table. */
export const formatEurosShort = (value: number) => compactEuros().format(value);

const shortDate = onFirstUse(() => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }));

/** "2023-03-31" → "31/03/2023", read as a calendar date. */
export const formatIsoDateShort = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return shortDate().format(new Date(year as number, (month as number) - 1, day as number));
};

const ratio = onFirstUse(
  () => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
);

/** 1.456 → "1,46" */
export const formatRatio = (value: number) => ratio().format(value);

/**
 * A share of costs split between objectives or territories, to the euro: "2 875 353 €", not
 * "2 875 353,33 €", whose cents come from the split, not from any budget.
 */
export const formatEurosRounded = (value: number) => formatEuros(Math.round(value));

const signedInteger = onFirstUse(
  () => new Intl.NumberFormat('fr-FR', { signDisplay: 'exceptZero', maximumFractionDigits: 0 }),
);

/** A change of progress in points: 12.4 → "+12 points", −1 → "−1 point", 0.2 → "0 point"; null → "non renseigné". */
export const formatPointsDelta = (delta: number | null) => {
  if (delta === null) return 'non renseigné';
  const rounded = Math.round(delta);
  // Intl writes the minus as "-": the typographic "−" reads better, and is what French print uses.
  const text = signedInteger()
    .format(rounded === 0 ? 0 : rounded)
    .replace('-', '−');
  return `${text} point${Math.abs(rounded) > 1 ? 's' : ''}`;
};

const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/**
 * A moment, in the user's time zone: "2026-11-25T21:10:00Z" → "25 novembre 2026 à 22 h 10" in Paris, the
 * hour written the French way (no-break spaces, so that "22 h 10" never breaks across lines).
 */
export const formatDateTime = (value: Date | string) => {
  const date = asDate(value);
  const minutes = String(date.getMinutes()).padStart(2, '0');
  return `${dateLong().format(date)} à ${date.getHours()}\u00a0h\u00a0${minutes}`;
};

/** The day of a moment, in the user's time zone: "2026-11-25T21:10:00Z" → "25 novembre 2026". */
export const formatDay = (value: Date | string) => dateLong().format(asDate(value));

/** The day of a moment, short, in the user's time zone: "2026-11-25T21:10:00Z" → "25/11/2026". */
export const formatDayShort = (value: Date | string) => shortDate().format(asDate(value));

const hourMinute = onFirstUse(() => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }));

/**
 * A moment, short, in the user's time zone: "2026-11-24T17:05:00Z" → "24/11/2026 à 18:05" in Paris. For
 * the short lines that date the data on screen (the offline banner, a slide's footer).
 */
export const formatDateTimeShort = (value: Date | string) => {
  const date = asDate(value);
  return `${shortDate().format(date)} à ${hourMinute().format(date)}`;
};

const conjunction = onFirstUse(() => new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' }));

/** ["A", "B", "C"] → "A, B et C". */
export const formatList = (items: readonly string[]) => conjunction().format(items);
