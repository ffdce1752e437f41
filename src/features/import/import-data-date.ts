import { chooseDataDate } from '../../domain/data-date';

/**
 * The data date of a programmation imported in the browser, by the rules of `npm run import`
 * (src/domain/data-date.ts): the user confirms it on import, and it then dates the figures on screen and the
 * files exported from them. What is proposed, and why, so that today is never taken without saying so.
 */

type Reports = Parameters<typeof chooseDataDate>[0]['actions'];

export type DataDateProposal = { date: string; note: string };

export const proposedDataDate = (actions: Reports, today: string): DataDateProposal => {
  const choice = chooseDataDate({ given: null, actions, today });
  if (choice.ok)
    return { date: choice.date, note: 'Proposée : le dernier point d’avancement daté du fichier.' };
  if (choice.reason === 'future-reports') {
    return { date: today, note: `Proposée : aujourd’hui, car ${choice.message}` };
  }
  return {
    date: today,
    note: 'Le fichier n’a aucun point d’avancement daté (colonne « Historique d’avancement ») : la date du jour est proposée. Indiquez plutôt le jour où la programmation était à jour.',
  };
};

/** The date typed, checked: a real day, not after today, not before a progress report of the file. */
export const checkDataDateInput = (
  text: string,
  actions: Reports,
  today: string,
): { ok: true; date: string } | { ok: false; message: string } => {
  if (text.trim() === '') return { ok: false, message: 'Indiquez la date des données.' };
  const choice = chooseDataDate({ given: text, actions, today });
  if (!choice.ok) {
    return { ok: false, message: `${choice.message.charAt(0).toUpperCase()}${choice.message.slice(1)}` };
  }
  return { ok: true, date: choice.date };
};
