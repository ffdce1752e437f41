/** fr-FR formatting, in one place so that every page writes numbers and dates the same way. */
const dateLong = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "2023-12-31" → "31 décembre 2023", read as a calendar date (no time zone shift). */
export const formatIsoDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return dateLong.format(new Date(year as number, (month as number) - 1, day as number));
};

export const formatInteger = (value: number) => integer.format(value);

const euros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 2,
});
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** 12000 → "12 000 €"; cents only when there are some (12000.5 → "12 000,50 €"). */
export const formatEuros = (value: number) =>
  Number.isInteger(value) ? wholeEuros.format(value) : euros.format(value);

/** "1 objectif opérationnel", "2 objectifs opérationnels" */
export const plural = (count: number, singular: string, pluralForm: string) =>
  `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
