import type { IndicatorUnit } from './context-indicators';

/**
 * The indicators the dashboard knows by name: what "Le quartier en chiffres" shows, in its order, and how
 * `npm run territories` reads them from INSEE's file of the priority neighbourhoods (one row per QPV; see
 * seeds/open-data/README.md). Their labels and definitions are written into indicators.json with the
 * values, and defined again in docs/figures.md.
 *
 * The vintages are those of INSEE's QPV data published in 2019: population estimated for 2015, income of
 * 2017, employment and jobseekers of 2020.
 */
export type KnownIndicator = {
  id: string;
  label: string;
  unit: IndicatorUnit;
  definition: string;
  /** The column of INSEE's QPV file that holds the neighbourhood's value. */
  column: string;
  /** The column that holds the value of the neighbourhood's commune(s), where the file has one. */
  communeColumn?: string;
  vintage: number;
};

export const QPV_INDICATORS: readonly KnownIndicator[] = [
  {
    id: 'population',
    label: 'Population',
    unit: 'habitants',
    definition:
      'Population municipale : les personnes qui ont leur résidence habituelle dans la zone (estimation de l’INSEE).',
    column: 'pop_mun',
    communeColumn: 'pop_com',
    vintage: 2015,
  },
  {
    id: 'indice-jeunesse',
    label: 'Indice de jeunesse',
    unit: 'indice',
    definition:
      'Nombre de personnes de moins de 20 ans pour une personne de 60 ans ou plus : au-dessus de 1, les jeunes sont plus nombreux que les aînés.',
    column: 'ind_jeune',
    vintage: 2015,
  },
  {
    id: 'part-etrangers',
    label: 'Part des étrangers',
    unit: '%',
    definition: 'Part des personnes de nationalité étrangère dans la population.',
    column: 'tx_tot_et',
    vintage: 2015,
  },
  {
    id: 'part-femmes',
    label: 'Part des femmes',
    unit: '%',
    definition: 'Part des femmes dans la population.',
    column: 'tx_f',
    vintage: 2015,
  },
  {
    id: 'taux-pauvrete',
    label: 'Taux de pauvreté',
    unit: '%',
    definition:
      'Part des personnes dont le niveau de vie (revenu disponible par unité de consommation) est sous le seuil de pauvreté, 60 % du niveau de vie médian de la France métropolitaine.',
    column: 'tp60',
    vintage: 2017,
  },
  {
    id: 'taux-bas-revenus',
    label: 'Taux de bas revenus',
    unit: '%',
    definition:
      'Part des personnes dont le revenu déclaré par unité de consommation (avant impôts et prestations sociales) est sous 60 % du revenu déclaré médian.',
    column: 'brev',
    vintage: 2017,
  },
  {
    id: 'revenu-disponible-median',
    label: 'Revenu disponible médian par unité de consommation',
    unit: '€',
    definition:
      'Revenu annuel après impôts et prestations sociales, divisé par les unités de consommation du ménage (1 pour le premier adulte, 0,5 par autre personne de 14 ans ou plus, 0,3 par enfant plus jeune) : la moitié des habitants vit avec moins, l’autre moitié avec plus.',
    column: 'disp_q2',
    vintage: 2017,
  },
  {
    id: 'revenu-disponible-d1',
    label: '1er décile du revenu disponible par unité de consommation',
    unit: '€',
    definition:
      'Le revenu disponible par unité de consommation sous lequel vivent les 10 % les plus modestes.',
    column: 'disp_d1',
    vintage: 2017,
  },
  {
    id: 'revenu-disponible-d9',
    label: '9e décile du revenu disponible par unité de consommation',
    unit: '€',
    definition:
      'Le revenu disponible par unité de consommation au-dessus duquel vivent les 10 % les plus aisés.',
    column: 'disp_d9',
    vintage: 2017,
  },
  {
    id: 'part-menages-imposes',
    label: 'Part des ménages imposés',
    unit: '%',
    definition: 'Part des ménages fiscaux qui paient l’impôt sur le revenu.',
    column: 'pmimp',
    vintage: 2017,
  },
  {
    id: 'taux-emploi',
    label: 'Taux d’emploi des 15-64 ans',
    unit: '%',
    definition: 'Part des personnes de 15 à 64 ans qui ont un emploi.',
    column: 'tx_tot_empl',
    vintage: 2020,
  },
  {
    id: 'taux-emploi-femmes',
    label: 'Taux d’emploi des femmes de 15-64 ans',
    unit: '%',
    definition: 'Part des femmes de 15 à 64 ans qui ont un emploi.',
    column: 'tx_f_empl',
    vintage: 2020,
  },
  {
    id: 'part-emplois-precaires',
    label: 'Part des emplois précaires',
    unit: '%',
    definition:
      'Part des personnes en emploi dont l’emploi est précaire : contrat à durée déterminée, intérim, emploi aidé, apprentissage ou stage.',
    column: 'tx_tot_eprec',
    vintage: 2020,
  },
  {
    id: 'demandeurs-emploi',
    label: 'Demandeurs d’emploi',
    unit: 'personnes',
    definition:
      'Demandeurs d’emploi inscrits à Pôle emploi en fin de mois, toutes catégories (A, B, C, D, E).',
    column: 'abcde',
    vintage: 2020,
  },
  {
    id: 'demandeurs-emploi-femmes',
    label: 'Demandeuses d’emploi (femmes)',
    unit: 'personnes',
    definition: 'Femmes parmi les demandeurs d’emploi inscrits en fin de mois, toutes catégories.',
    column: 'abcde_f',
    vintage: 2020,
  },
  {
    id: 'demandeurs-emploi-hommes',
    label: 'Demandeurs d’emploi (hommes)',
    unit: 'personnes',
    definition: 'Hommes parmi les demandeurs d’emploi inscrits en fin de mois, toutes catégories.',
    column: 'abcde_h',
    vintage: 2020,
  },
];

export const knownIndicator = (id: string) => QPV_INDICATORS.find((indicator) => indicator.id === id);
