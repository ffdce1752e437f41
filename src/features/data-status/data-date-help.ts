/** The section of the page "Données" that says how the data date and the committees are recorded. */
export const DATA_DATE_ANCHOR = 'date-des-donnees';
export const DATA_DATE_HELP_PATH = `/donnees#${DATA_DATE_ANCHOR}`;
