import type { PorteurType } from '../domain/action';

/**
 * Words for the mock programmation of the Grand Cahors contract: titles of actions a real programmation of
 * a small contrat de ville would hold, their holders and their publics. Everything is plausible and
 * fictitious, and names no person: holders are organisations, publics are groups.
 */

/** What an action is about, which decides its co-funders, its size and its public when nothing else does. */
export const themes = [
  'jeunesse',
  'egalite',
  'citoyennete',
  'education',
  'famille',
  'lien-social',
  'sante',
  'cadre-de-vie',
  'prevention',
  'emploi',
  'general',
] as const;
export type Theme = (typeof themes)[number];

export type Porteur = { name: string; type: PorteurType };

export const porteurs = {
  'centre-social': { name: 'Centre social et culturel de Terre-Rouge', type: 'association' },
  'mission-locale': { name: 'Mission locale du Lot', type: 'association' },
  'lot-habitat': { name: 'Lot Habitat', type: 'bailleur-social' },
  polygone: { name: 'Polygone', type: 'bailleur-social' },
  'grand-cahors': { name: 'Grand Cahors', type: 'intercommunalite' },
  ville: { name: 'Ville de Cahors', type: 'commune' },
  ccas: { name: 'CCAS de Cahors', type: 'etablissement-public' },
  fol: { name: 'FOL 46 – Ligue de l’enseignement du Lot', type: 'association' },
  'planning-familial': { name: 'Planning familial du Lot', type: 'association' },
  francas: { name: 'Les Francas du Lot', type: 'association' },
  'sport-quartiers': { name: 'Association sportive des quartiers cadurciens', type: 'association' },
  boxe: { name: 'Club de boxe éducative de Cahors', type: 'association' },
  theatre: { name: 'Compagnie de théâtre du Causse', type: 'association' },
  musique: { name: 'École de musique du Grand Cahors', type: 'intercommunalite' },
  mediatheque: { name: 'Médiathèque du Grand Cahors', type: 'intercommunalite' },
  mediation: { name: 'Association de médiation sociale du Lot', type: 'association' },
  'prevention-specialisee': { name: 'Service de prévention spécialisée du Lot', type: 'association' },
  'maison-ados': { name: 'Maison des adolescents du Lot', type: 'association' },
  cidff: { name: 'CIDFF du Lot', type: 'association' },
  adil: { name: 'ADIL du Lot', type: 'association' },
  addictions: { name: 'Association Addictions France – Lot', type: 'association' },
  mutualite: { name: 'Mutualité française Occitanie', type: 'association' },
  cpam: { name: 'CPAM du Lot', type: 'etablissement-public' },
  'epicerie-solidaire': { name: 'Épicerie solidaire cadurcienne', type: 'association' },
  'conseil-citoyen': { name: 'Conseil citoyen de Terre-Rouge', type: 'autre' },
  crpv: { name: 'Centre de ressources politique de la ville d’Occitanie', type: 'association' },
  police: { name: 'Commissariat de police de Cahors', type: 'etat' },
  'aide-victimes': { name: 'Association d’aide aux victimes et de médiation du Lot', type: 'association' },
  bge: { name: 'BGE Sud-Ouest', type: 'association' },
  'chantier-insertion': { name: 'Atelier et chantier d’insertion du Cahorsin', type: 'association' },
  ressourcerie: { name: 'Ressourcerie solidaire du Lot', type: 'association' },
  'pole-emploi': { name: 'Pôle emploi Cahors', type: 'etablissement-public' },
  mobilite: { name: 'Plateforme mobilité solidaire du Lot', type: 'association' },
  'auto-ecole': { name: 'Auto-école sociale du Lot', type: 'association' },
  greta: { name: 'GRETA du Lot', type: 'etablissement-public' },
  'entreprise-insertion': { name: 'Entreprise d’insertion Bâti-Lot', type: 'entreprise' },
  prefecture: { name: 'Préfecture du Lot', type: 'etat' },
} as const satisfies Record<string, Porteur>;
export type PorteurKey = keyof typeof porteurs;

export const publics = {
  jeunes: 'jeunes de 16 à 25 ans',
  adolescents: 'adolescents de 11 à 17 ans',
  enfants: 'enfants de 6 à 11 ans',
  petits: 'enfants de moins de 6 ans et leurs parents',
  collegiens: 'collégiens',
  familles: 'familles',
  parents: 'parents',
  habitants: 'habitants du quartier',
  locataires: 'locataires du parc social',
  femmes: 'femmes éloignées de l’emploi',
  seniors: 'seniors',
  demandeurs: 'demandeurs d’emploi du quartier',
  precaires: 'personnes en situation de précarité',
  marginalises: 'personnes en situation de marginalisation',
  allophones: 'adultes allophones',
  acteurs: 'professionnels et bénévoles du contrat de ville',
  conseil: 'membres du conseil citoyen',
  createurs: 'porteurs de projet de création d’activité',
  festif: 'jeunes et étudiants',
  tous: 'tout public',
} as const;
type Public = (typeof publics)[keyof typeof publics];

/**
 * A kind of action a programmation holds. Posts are funded every year at a national rate rather than as a
 * share of a cost: an adulte-relais post or a FONJEP post.
 */
export type ActionTemplate = {
  title: string;
  theme: Theme;
  porteurs: readonly PorteurKey[];
  publics: readonly Public[];
  /** Planned beneficiaries, [min, max]; the theme's range when absent. */
  beneficiaries?: readonly [number, number];
  /** Total cost in euros, [min, max]; the general spread of costs when absent. */
  cost?: readonly [number, number];
  post?: 'adulte-relais' | 'fonjep';
};

const template = (
  title: string,
  theme: Theme,
  porteurKeys: readonly PorteurKey[],
  publicList: readonly Public[],
  extra: Pick<ActionTemplate, 'beneficiaries' | 'cost' | 'post'> = {},
): ActionTemplate => ({ title, theme, porteurs: porteurKeys, publics: publicList, ...extra });

const p = publics;

export type ObjectiveBankEntry = {
  /** The operational objective's label in the seed annex: titles apply only where the tree says the same. */
  label: string;
  templates: readonly ActionTemplate[];
};

/** Titles for the 50 operational objectives of the Grand Cahors annex, by code. */
export const grandCahorsBank: Readonly<Record<string, ObjectiveBankEntry>> = {
  'T1.1.1': {
    label: 'Renforcer une politique jeunesse ambitieuse à l’échelle des différents quartiers',
    templates: [
      template('Accueil jeunes de proximité à Terre-Rouge', 'jeunesse', ['centre-social'], [p.adolescents]),
      template(
        'Poste FONJEP d’animateur jeunesse',
        'jeunesse',
        ['centre-social', 'francas'],
        [p.adolescents],
        {
          post: 'fonjep',
          cost: [30_000, 38_000],
          beneficiaries: [40, 120],
        },
      ),
      template('Séjours et projets de jeunes', 'jeunesse', ['fol', 'francas'], [p.adolescents, p.jeunes], {
        beneficiaries: [12, 40],
      }),
    ],
  },
  'T1.1.2': {
    label: 'Donner une place centrale à la jeunesse en matière de cohésion sociale',
    templates: [
      template(
        'Junior association et conseil de jeunes',
        'jeunesse',
        ['centre-social', 'fol'],
        [p.adolescents],
        {
          beneficiaries: [10, 30],
        },
      ),
      template('Chantier éducatif d’été', 'jeunesse', ['prevention-specialisee', 'lot-habitat'], [p.jeunes], {
        beneficiaries: [10, 20],
      }),
      template('Bourse aux initiatives de jeunes', 'jeunesse', ['grand-cahors', 'ville'], [p.jeunes]),
    ],
  },
  'T1.2.1': {
    label:
      'Renforcer les dispositifs d’accompagnement ou de retour à la scolarité en direction des jeunes les plus en difficulté',
    templates: [
      template(
        'Plateforme de remobilisation des jeunes décrocheurs',
        'education',
        ['mission-locale'],
        [p.jeunes],
        {
          beneficiaries: [15, 50],
        },
      ),
      template(
        'Accompagnement éducatif de rue',
        'jeunesse',
        ['prevention-specialisee'],
        [p.adolescents, p.jeunes],
      ),
    ],
  },
  'T1.2.2': {
    label: 'Favoriser l’insertion professionnelle chez les jeunes de 16 à 25 ans',
    templates: [
      template('Permanences de la Mission locale à Terre-Rouge', 'emploi', ['mission-locale'], [p.jeunes], {
        beneficiaries: [30, 90],
      }),
      template('Repérage et mobilisation des jeunes invisibles', 'emploi', ['mission-locale'], [p.jeunes]),
      template('Aide au permis de conduire des jeunes', 'emploi', ['auto-ecole'], [p.jeunes], {
        beneficiaries: [10, 25],
      }),
    ],
  },
  'T2.1.1': {
    label: 'Définir un programme opérationnel d’actions de prévention et de lutte contre les discriminations',
    templates: [
      template('Plan territorial de lutte contre les discriminations', 'egalite', ['grand-cahors'], [p.tous]),
      template(
        'Semaine de l’égalité et contre les discriminations',
        'egalite',
        ['ville', 'centre-social'],
        [p.habitants, p.tous],
      ),
    ],
  },
  'T2.1.2': {
    label: 'Développer la formation des acteurs du contrat de ville sur les priorités transversales',
    templates: [
      template(
        'Formation des acteurs aux valeurs de la République et à la laïcité',
        'egalite',
        ['crpv'],
        [p.acteurs],
        {
          beneficiaries: [15, 40],
        },
      ),
      template(
        'Cycle de qualification des acteurs du contrat de ville',
        'egalite',
        ['crpv', 'grand-cahors'],
        [p.acteurs],
      ),
    ],
  },
  'T2.1.3': {
    label: 'Eduquer au respect dans les relations à l’autre',
    templates: [
      template(
        'Éducation à la vie affective et au respect au collège',
        'egalite',
        ['planning-familial'],
        [p.collegiens],
      ),
      template(
        'Ateliers filles-garçons contre le sexisme',
        'egalite',
        ['cidff', 'centre-social'],
        [p.adolescents],
      ),
    ],
  },
  'P1.1.1': {
    label: 'Renforcer le dialogue dans le cadre du contrat de ville',
    templates: [
      template(
        'Formation et animation du conseil citoyen',
        'citoyennete',
        ['crpv', 'grand-cahors'],
        [p.conseil],
        {
          beneficiaries: [10, 25],
        },
      ),
      template(
        'Fonctionnement du conseil citoyen de Terre-Rouge',
        'citoyennete',
        ['conseil-citoyen'],
        [p.conseil],
        { beneficiaries: [10, 25], cost: [2_000, 6_000] },
      ),
    ],
  },
  'P1.1.2': {
    label: 'Favoriser la participation et l’expression des tous',
    templates: [
      template(
        'Journal de quartier écrit par les habitants',
        'citoyennete',
        ['centre-social'],
        [p.habitants],
      ),
      template('Ateliers sociolinguistiques', 'citoyennete', ['centre-social'], [p.allophones], {
        beneficiaries: [12, 40],
      }),
      template('Fonds de participation des habitants', 'citoyennete', ['centre-social'], [p.habitants], {
        cost: [3_000, 8_000],
      }),
    ],
  },
  'P1.1.3': {
    label:
      'Favoriser des actions propices à l’entraide, l’organisation collective et la constitution de réseaux de solidarité',
    templates: [
      template('Réseau d’échanges réciproques de savoirs', 'lien-social', ['centre-social'], [p.habitants]),
      template(
        'Épicerie solidaire et ateliers cuisine',
        'lien-social',
        ['epicerie-solidaire', 'ccas'],
        [p.precaires, p.familles],
      ),
    ],
  },
  'P1.1.4': {
    label: 'Développer la participation des habitants usagers à l’amélioration du cadre de vie',
    templates: [
      template('Diagnostics en marchant (GUP)', 'cadre-de-vie', ['grand-cahors', 'ville'], [p.habitants], {
        beneficiaries: [15, 60],
        cost: [2_000, 6_000],
      }),
      template(
        'Jardins partagés de Terre-Rouge',
        'cadre-de-vie',
        ['centre-social', 'lot-habitat'],
        [p.habitants, p.locataires],
      ),
    ],
  },
  'P2.1.1': {
    label:
      'Renforcer les dispositifs d’accompagnement à la scolarité en direction des enfants les plus en difficulté',
    templates: [
      template(
        'Accompagnement à la scolarité (CLAS)',
        'education',
        ['centre-social', 'fol'],
        [p.enfants, p.collegiens],
      ),
      template('Programme de réussite éducative (PRE)', 'education', ['ccas'], [p.enfants, p.familles], {
        beneficiaries: [30, 80],
        cost: [25_000, 55_000],
      }),
    ],
  },
  'P2.1.2': {
    label: 'Améliorer la qualité de l’offre éducative péri et extrascolaire sur Terre Rouge',
    templates: [
      template(
        'Accueil de loisirs du mercredi et des vacances',
        'education',
        ['centre-social', 'francas'],
        [p.enfants],
      ),
      template('Ateliers périscolaires sciences et numérique', 'education', ['fol', 'francas'], [p.enfants]),
    ],
  },
  'P2.1.3': {
    label:
      'Encourager les actions favorisant la confiance en soi, sa propre capacité à apprendre et à se projeter',
    templates: [
      template('Ateliers théâtre et expression orale', 'education', ['theatre'], [p.enfants, p.collegiens]),
      template('Clubs lecture-écriture en CP', 'education', ['fol', 'mediatheque'], [p.enfants], {
        beneficiaries: [10, 30],
      }),
    ],
  },
  'P2.2.1': {
    label: 'Accompagner les enfants et les adolescents qui présentent des signes de fragilité',
    templates: [
      template(
        'Parcours individualisés de réussite éducative',
        'education',
        ['ccas'],
        [p.enfants, p.adolescents],
      ),
      template('Point écoute adolescents et parents', 'sante', ['maison-ados'], [p.adolescents, p.parents]),
    ],
  },
  'P2.2.2': {
    label: 'Renforcer l’accueil et l’accompagnement de tous les enfants en milieu scolaire',
    templates: [
      template('Médiation entre l’école et les familles', 'education', ['centre-social'], [p.familles]),
      template('Passerelle vers l’école maternelle', 'education', ['ville', 'centre-social'], [p.petits], {
        beneficiaries: [10, 25],
      }),
    ],
  },
  'P2.2.3': {
    label: 'Prévenir le décrochage et accompagner le « raccrochage »',
    templates: [
      template(
        'Accueil des collégiens exclus temporairement',
        'education',
        ['prevention-specialisee', 'centre-social'],
        [p.collegiens],
        { beneficiaries: [10, 35] },
      ),
      template('Dispositif de raccrochage scolaire', 'education', ['mission-locale'], [p.jeunes]),
    ],
  },
  'P2.3.1': {
    label: 'Créer les conditions collectives du vivre ensemble',
    templates: [
      template('Fête de quartier de Terre-Rouge', 'lien-social', ['centre-social'], [p.habitants], {
        beneficiaries: [150, 300],
        cost: [3_000, 9_000],
      }),
      template(
        'Poste d’adulte-relais médiation sociale',
        'lien-social',
        ['mediation', 'centre-social'],
        [p.habitants],
        { post: 'adulte-relais', cost: [27_000, 33_000], beneficiaries: [120, 300] },
      ),
    ],
  },
  'P2.3.2': {
    label: 'Favoriser l’accès aux sports',
    templates: [
      template('Sport en pied d’immeuble', 'lien-social', ['sport-quartiers'], [p.enfants, p.adolescents]),
      template('École multisports du mercredi', 'lien-social', ['sport-quartiers', 'ville'], [p.enfants]),
      template('Boxe éducative et citoyenne', 'lien-social', ['boxe'], [p.adolescents], {
        beneficiaries: [15, 40],
      }),
    ],
  },
  'P2.3.3': {
    label: 'Favoriser l’accès à la culture',
    templates: [
      template('Résidence d’artistes dans le quartier', 'lien-social', ['theatre'], [p.habitants]),
      template('Lectures en pied d’immeuble', 'lien-social', ['mediatheque'], [p.enfants, p.familles]),
      template('Parcours d’éducation musicale', 'lien-social', ['musique'], [p.enfants], {
        beneficiaries: [12, 40],
      }),
    ],
  },
  'P2.3.4': {
    label: 'Dynamiser la vie des quartiers en favorisant les solidarités sur le territoire',
    templates: [
      template('Animations estivales de proximité', 'lien-social', ['centre-social', 'fol'], [p.habitants]),
      template(
        'Poste FONJEP d’animation de la vie sociale',
        'lien-social',
        ['centre-social'],
        [p.habitants],
        {
          post: 'fonjep',
          cost: [30_000, 38_000],
          beneficiaries: [80, 250],
        },
      ),
    ],
  },
  'P2.3.5': {
    label: 'Placer la jeunesse au cœur de la cohésion sociale',
    templates: [
      template('Jeunes ambassadeurs du quartier', 'jeunesse', ['centre-social'], [p.jeunes], {
        beneficiaries: [10, 20],
      }),
      template('Missions de service civique de cohésion sociale', 'jeunesse', ['fol'], [p.jeunes], {
        beneficiaries: [10, 16],
      }),
    ],
  },
  'P2.4.1': {
    label: 'Renforcer les compétences parentales',
    templates: [
      template('Lieu d’accueil enfants-parents (LAEP)', 'famille', ['centre-social', 'ccas'], [p.petits]),
      template('Café des parents', 'famille', ['centre-social'], [p.parents], { beneficiaries: [10, 35] }),
    ],
  },
  'P2.4.2': {
    label: 'Renforcer l’implication des familles sur le territoire et les échanges entre elles',
    templates: [
      template('Sorties familiales et départs en vacances', 'famille', ['centre-social'], [p.familles]),
      template('Ateliers parents-enfants', 'famille', ['centre-social', 'mediatheque'], [p.familles]),
    ],
  },
  'P2.5.1': {
    label: 'Poursuivre et renforcer la démarche d’Atelier Santé Ville (ASV)',
    templates: [
      template(
        'Coordination de l’Atelier Santé Ville',
        'sante',
        ['grand-cahors', 'ccas'],
        [p.habitants, p.acteurs],
        {
          cost: [15_000, 30_000],
        },
      ),
    ],
  },
  'P2.5.2': {
    label: 'Définir une stratégie territoriale en matière de santé',
    templates: [
      template('Diagnostic local de santé', 'sante', ['grand-cahors'], [p.tous], { cost: [10_000, 30_000] }),
      template('Préparation du contrat local de santé', 'sante', ['grand-cahors'], [p.acteurs]),
    ],
  },
  'P2.6.1': {
    label: 'Poursuivre la lutte contre l’habitat indigne',
    templates: [
      template(
        'Repérage et accompagnement des situations d’habitat indigne',
        'cadre-de-vie',
        ['adil', 'ccas'],
        [p.precaires],
        { beneficiaries: [10, 40] },
      ),
      template(
        'Permanences habitat et précarité énergétique',
        'cadre-de-vie',
        ['adil'],
        [p.locataires, p.precaires],
      ),
    ],
  },
  'P2.6.2': {
    label:
      'Renforcer la prévention auprès des publics (jeunes, PA, publics précaires, femmes, tout public) des quartiers',
    templates: [
      template('Prévention des conduites addictives', 'sante', ['addictions'], [p.adolescents, p.jeunes]),
      template(
        'Ateliers nutrition et activité physique',
        'sante',
        ['mutualite', 'centre-social'],
        [p.familles, p.seniors],
      ),
      template(
        'Prévention bucco-dentaire et dépistages',
        'sante',
        ['cpam', 'mutualite'],
        [p.enfants, p.tous],
      ),
    ],
  },
  'P2.6.3': {
    label: 'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaires)',
    templates: [
      template(
        'Permanences d’accès aux droits et aux soins',
        'sante',
        ['ccas', 'cpam'],
        [p.precaires, p.jeunes],
      ),
      template(
        'Point d’accompagnement aux démarches en ligne',
        'lien-social',
        ['centre-social'],
        [p.habitants, p.seniors],
      ),
    ],
  },
  'P2.6.4': {
    label:
      'Coordonner et animer des actions de prévention lors de soirées festives (public jeunes + étudiants)',
    templates: [
      template('Prévention et réduction des risques en milieu festif', 'sante', ['addictions'], [p.festif], {
        beneficiaries: [80, 300],
      }),
    ],
  },
  'P3.1.1': {
    label:
      'Promouvoir la requalification des logements sociaux en intégrant l’objectif de performance énergétique et de bas niveau de quittance.',
    templates: [
      template(
        'Accompagnement des locataires pendant la réhabilitation thermique',
        'cadre-de-vie',
        ['lot-habitat', 'polygone'],
        [p.locataires],
      ),
      template(
        'Ateliers éco-gestes et maîtrise des charges',
        'cadre-de-vie',
        ['lot-habitat', 'polygone', 'adil'],
        [p.locataires],
      ),
    ],
  },
  'P3.1.2': {
    label: 'Réaménager et qualifier les espaces extérieurs des quartiers d’habitat social',
    templates: [
      template(
        'Réaménagement des espaces extérieurs des résidences',
        'cadre-de-vie',
        ['lot-habitat', 'polygone'],
        [p.locataires],
        { cost: [25_000, 60_000], beneficiaries: [100, 300] },
      ),
      template('Aire de jeux et espaces verts de proximité', 'cadre-de-vie', ['ville'], [p.habitants], {
        cost: [15_000, 45_000],
        beneficiaries: [100, 300],
      }),
    ],
  },
  'P3.2.1': {
    label: 'Mettre en place une démarche de gestion urbaine de proximité (GUP)',
    templates: [
      template(
        'Coordination de la gestion urbaine de proximité',
        'cadre-de-vie',
        ['grand-cahors'],
        [p.habitants],
      ),
      template(
        'Sur-entretien et enlèvement des encombrants (TFPB)',
        'cadre-de-vie',
        ['lot-habitat', 'polygone'],
        [p.locataires],
        { beneficiaries: [100, 300] },
      ),
    ],
  },
  'P3.2.2': {
    label: 'Structurer, requalifier et valoriser les équipements de proximité sur Terre-Rouge',
    templates: [
      template(
        'Animation de la maison de quartier',
        'cadre-de-vie',
        ['ville', 'centre-social'],
        [p.habitants],
      ),
      template(
        'Étude de requalification des équipements de proximité',
        'cadre-de-vie',
        ['grand-cahors'],
        [p.habitants],
        { cost: [10_000, 35_000] },
      ),
    ],
  },
  'P3.2.3': {
    label: 'Garantir la tranquillité des habitants',
    templates: [
      template(
        'Poste d’adulte-relais médiation de tranquillité',
        'prevention',
        ['mediation'],
        [p.habitants],
        {
          post: 'adulte-relais',
          cost: [27_000, 33_000],
          beneficiaries: [120, 300],
        },
      ),
      template(
        'Présence de proximité en soirée (TFPB)',
        'cadre-de-vie',
        ['polygone', 'lot-habitat'],
        [p.locataires],
        { beneficiaries: [100, 300] },
      ),
    ],
  },
  'P3.3.1': {
    label: 'Elaborer une stratégie de peuplement à l’échelle de l’agglomération',
    templates: [
      template(
        'Étude de peuplement de la conférence intercommunale du logement',
        'cadre-de-vie',
        ['grand-cahors'],
        [p.acteurs],
        { cost: [15_000, 40_000], beneficiaries: [10, 30] },
      ),
    ],
  },
  'P3.3.2': {
    label:
      'Définir la géographie préférentielle de localisation future des nouveaux logements locatifs sociaux de l’agglomération',
    templates: [
      template(
        'Étude de localisation de l’offre nouvelle de logement social',
        'cadre-de-vie',
        ['grand-cahors'],
        [p.acteurs],
        { cost: [10_000, 30_000], beneficiaries: [10, 20] },
      ),
    ],
  },
  'P3.4.1': {
    label: 'Renforcer le CLSPD',
    templates: [
      template('Coordination du CLSPD', 'prevention', ['ville'], [p.acteurs], { beneficiaries: [15, 40] }),
      template('Cellule de veille éducative du CLSPD', 'prevention', ['ville', 'ccas'], [p.adolescents]),
    ],
  },
  'P3.4.2': {
    label: 'Améliorer les relations entre la population et les forces de sécurité de l’Etat',
    templates: [
      template('Rencontres police-population', 'prevention', ['police', 'centre-social'], [p.habitants]),
      template(
        'Tournoi sportif jeunes et policiers',
        'prevention',
        ['sport-quartiers', 'police'],
        [p.adolescents],
        {
          beneficiaries: [20, 60],
        },
      ),
    ],
  },
  'P3.4.3': {
    label: 'Mettre en place un suivi individuel personnalisé des publics en situation de marginalisation',
    templates: [
      template(
        'Accompagnement individualisé des personnes marginalisées',
        'prevention',
        ['ccas'],
        [p.marginalises],
        {
          beneficiaries: [10, 35],
        },
      ),
      template('Maraudes sociales', 'prevention', ['ccas', 'mediation'], [p.marginalises], {
        beneficiaries: [15, 50],
      }),
    ],
  },
  'P3.4.4': {
    label:
      'Agir sur les incivilités, ne pas tolérer les occupations exclusives de territoire, ne pas laisser se créer ou s’étendre des zones criminogènes',
    templates: [
      template(
        'Présence éducative de rue (prévention spécialisée)',
        'prevention',
        ['prevention-specialisee'],
        [p.adolescents, p.jeunes],
      ),
    ],
  },
  'P3.4.5': {
    label: 'Lutter contre le sentiment d’inefficacité de la sanction',
    templates: [
      template(
        'Accueil de travaux d’intérêt général et mesures de réparation',
        'prevention',
        ['aide-victimes', 'ville'],
        [p.jeunes],
        { beneficiaries: [10, 30] },
      ),
      template(
        'Rappels à l’ordre et mesures de responsabilisation',
        'prevention',
        ['ville'],
        [p.adolescents],
        {
          beneficiaries: [10, 30],
          cost: [2_000, 6_000],
        },
      ),
    ],
  },
  'P3.4.6': {
    label: 'Améliorer la tranquillité publique et le cadre de vie',
    templates: [
      template(
        'Médiation de tranquillité résidentielle (TFPB)',
        'cadre-de-vie',
        ['lot-habitat', 'polygone'],
        [p.locataires],
        { beneficiaries: [100, 300] },
      ),
      template(
        'Chantier d’embellissement des halls d’immeuble',
        'cadre-de-vie',
        ['entreprise-insertion', 'lot-habitat'],
        [p.locataires],
      ),
    ],
  },
  'P4.1.1': {
    label: 'Faciliter la création d’activités sur le quartier de Terre Rouge',
    templates: [
      template('Amorçage de projets de création d’entreprise', 'emploi', ['bge'], [p.createurs], {
        beneficiaries: [10, 30],
      }),
      template(
        'Permanences de la création d’activité au quartier',
        'emploi',
        ['bge', 'grand-cahors'],
        [p.createurs, p.demandeurs],
      ),
    ],
  },
  'P4.1.2': {
    label: 'Soutenir l’activité des structures d’économie solidaire',
    templates: [
      template(
        'Soutien aux structures d’insertion par l’activité économique',
        'emploi',
        ['chantier-insertion'],
        [p.demandeurs],
        { beneficiaries: [10, 30] },
      ),
      template('Ressourcerie solidaire', 'emploi', ['ressourcerie'], [p.demandeurs, p.habitants]),
    ],
  },
  'P4.2.1': {
    label: 'Favoriser l’employabilité des habitants des quartiers prioritaires',
    templates: [
      template(
        'Ateliers de recherche d’emploi au pied des immeubles',
        'emploi',
        ['pole-emploi', 'centre-social'],
        [p.demandeurs],
      ),
      template('Chantier d’insertion espaces verts', 'emploi', ['chantier-insertion'], [p.demandeurs], {
        beneficiaries: [10, 24],
        cost: [25_000, 60_000],
      }),
      template(
        'Clauses sociales d’insertion dans les marchés publics',
        'emploi',
        ['grand-cahors'],
        [p.demandeurs],
        {
          beneficiaries: [10, 40],
        },
      ),
    ],
  },
  'P4.2.2': {
    label: 'Favoriser les connexions entre les quartiers et le reste de l’agglomération',
    templates: [
      template('Plateforme de mobilité solidaire', 'emploi', ['mobilite'], [p.demandeurs, p.jeunes]),
      template('Location solidaire de deux-roues', 'emploi', ['mobilite'], [p.demandeurs], {
        beneficiaries: [10, 30],
      }),
    ],
  },
  'P4.2.3': {
    label: 'Favoriser l’insertion professionnelle des jeunes de 16 à 25 ans',
    templates: [
      template('Parrainage vers l’emploi des jeunes', 'emploi', ['mission-locale'], [p.jeunes], {
        beneficiaries: [10, 30],
      }),
      template(
        'Forum de l’emploi des quartiers',
        'emploi',
        ['mission-locale', 'pole-emploi'],
        [p.jeunes, p.demandeurs],
        {
          beneficiaries: [60, 200],
        },
      ),
    ],
  },
  'P4.2.4': {
    label:
      'Œuvrer pour l’égalité hommes/femmes, en favorisant l’employabilité et en sécurisant le maintien dans l’emploi du public féminin',
    templates: [
      template('Accompagnement vers l’emploi des femmes du quartier', 'emploi', ['cidff'], [p.femmes], {
        beneficiaries: [10, 30],
      }),
      template(
        'Solution de garde pour les parents en parcours d’insertion',
        'emploi',
        ['ccas', 'centre-social'],
        [p.femmes, p.familles],
      ),
    ],
  },
  'P4.2.5': {
    label: 'Engager une dynamique partenariale en matière de formation professionnelle',
    templates: [
      template(
        'Ateliers de remise à niveau et savoirs de base',
        'emploi',
        ['greta'],
        [p.demandeurs, p.allophones],
      ),
      template('Préparation aux métiers qui recrutent', 'emploi', ['greta', 'pole-emploi'], [p.demandeurs]),
    ],
  },
};

/**
 * Titles for an objective the bank does not know (another contract's tree, or a label that changed), by
 * theme, so that the generator still writes something a programmation could hold.
 */
export const fallbackTemplates: Readonly<Record<Theme, readonly ActionTemplate[]>> = {
  jeunesse: [
    template(
      'Accueil et animation jeunesse de proximité',
      'jeunesse',
      ['centre-social', 'francas'],
      [p.adolescents],
    ),
    template('Projets portés par les jeunes du quartier', 'jeunesse', ['fol', 'centre-social'], [p.jeunes]),
    template('Poste FONJEP d’animateur jeunesse', 'jeunesse', ['centre-social'], [p.adolescents], {
      post: 'fonjep',
      cost: [30_000, 38_000],
      beneficiaries: [40, 120],
    }),
  ],
  egalite: [
    template('Sensibilisation à l’égalité entre les femmes et les hommes', 'egalite', ['cidff'], [p.tous]),
    template(
      'Actions de prévention des discriminations',
      'egalite',
      ['crpv', 'centre-social'],
      [p.habitants],
    ),
  ],
  citoyennete: [
    template('Soutien au conseil citoyen', 'citoyennete', ['crpv', 'conseil-citoyen'], [p.conseil], {
      beneficiaries: [10, 25],
    }),
    template(
      'Ateliers d’expression et de participation des habitants',
      'citoyennete',
      ['centre-social'],
      [p.habitants],
    ),
  ],
  education: [
    template(
      'Accompagnement à la scolarité',
      'education',
      ['centre-social', 'fol'],
      [p.enfants, p.collegiens],
    ),
    template('Parcours de réussite éducative', 'education', ['ccas'], [p.enfants, p.familles]),
  ],
  famille: [
    template('Soutien à la parentalité', 'famille', ['centre-social'], [p.parents]),
    template('Sorties et loisirs en famille', 'famille', ['centre-social'], [p.familles]),
  ],
  'lien-social': [
    template('Animations de quartier et vivre ensemble', 'lien-social', ['centre-social'], [p.habitants]),
    template(
      'Accès aux pratiques sportives et culturelles',
      'lien-social',
      ['sport-quartiers', 'fol'],
      [p.enfants, p.adolescents],
    ),
    template('Poste d’adulte-relais médiation sociale', 'lien-social', ['mediation'], [p.habitants], {
      post: 'adulte-relais',
      cost: [27_000, 33_000],
      beneficiaries: [120, 300],
    }),
  ],
  sante: [
    template('Actions de prévention santé de proximité', 'sante', ['mutualite', 'addictions'], [p.tous]),
    template('Accès aux droits et aux soins', 'sante', ['ccas', 'cpam'], [p.precaires]),
  ],
  'cadre-de-vie': [
    template('Gestion urbaine de proximité', 'cadre-de-vie', ['grand-cahors', 'ville'], [p.habitants]),
    template(
      'Amélioration du cadre de vie des résidences (TFPB)',
      'cadre-de-vie',
      ['lot-habitat', 'polygone'],
      [p.locataires],
    ),
  ],
  prevention: [
    template(
      'Prévention de la délinquance des jeunes',
      'prevention',
      ['prevention-specialisee'],
      [p.adolescents],
    ),
    template('Médiation et tranquillité publique', 'prevention', ['mediation', 'ville'], [p.habitants]),
  ],
  emploi: [
    template(
      'Accompagnement renforcé vers l’emploi',
      'emploi',
      ['pole-emploi', 'mission-locale'],
      [p.demandeurs],
    ),
    template(
      'Action d’insertion par l’activité économique',
      'emploi',
      ['chantier-insertion'],
      [p.demandeurs],
    ),
  ],
  general: [
    template('Action de proximité du contrat de ville', 'general', ['centre-social', 'ville'], [p.habitants]),
    template('Appui aux projets des associations du quartier', 'general', ['grand-cahors'], [p.habitants]),
  ],
};

/**
 * Words (accent-free, lower case) that tell an objective's theme from its label or its parents' labels,
 * most telling first: "insertion professionnelle des jeunes" is employment before it is youth.
 */
export const themeKeywords: readonly (readonly [Theme, readonly string[]])[] = [
  ['sante', ['sante', 'soins', 'addict', 'festive']],
  [
    'emploi',
    ['emploi', 'economi', 'professionnel', 'entreprise', 'creation d activite', 'formation professionnelle'],
  ],
  [
    'prevention',
    ['securite', 'delinquance', 'tranquillite', 'clspd', 'incivilite', 'sanction', 'marginalis'],
  ],
  ['education', ['scolar', 'educati', 'ecole', 'decrochage', 'apprendre']],
  ['famille', ['famil', 'parent']],
  ['cadre-de-vie', ['habitat', 'logement', 'cadre de vie', 'urbain', 'espaces', 'equipement', 'peuplement']],
  ['egalite', ['discrimination', 'egalite', 'respect']],
  ['citoyennete', ['participation', 'citoyen', 'dialogue', 'expression']],
  ['jeunesse', ['jeune', 'jeunesse']],
  [
    'lien-social',
    ['lien social', 'vivre ensemble', 'solidarit', 'sport', 'culture', 'loisir', 'cohesion', 'entraide'],
  ],
];

/** Planned beneficiaries by theme, when a template gives none. */
export const themeBeneficiaries: Readonly<Record<Theme, readonly [number, number]>> = {
  jeunesse: [15, 80],
  egalite: [20, 150],
  citoyennete: [15, 80],
  education: [15, 60],
  famille: [15, 80],
  'lien-social': [40, 250],
  sante: [30, 200],
  'cadre-de-vie': [50, 300],
  prevention: [20, 150],
  emploi: [10, 60],
  general: [20, 150],
};
