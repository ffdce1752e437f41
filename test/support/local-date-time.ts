const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "24/11/2026 à 18:05": the date the offline banner gives, written out here from the clock's fields in this
 * machine's time zone (which the browser of the e2e tests shares), not with the app's formatter.
 */
export const localDateTime = (at: number) => {
  const date = new Date(at);
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} à ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
