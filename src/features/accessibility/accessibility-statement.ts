/**
 * The content of the accessibility statement (« Déclaration d'accessibilité ») that French public bodies
 * must publish (loi n° 2005-102, article 47; décret n° 2019-768), laid out as the RGAA's model. Kept apart
 * from the page so that the tests read the same facts the page states, and so that the list of pages
 * checked is the one the browser tests walk through.
 *
 * Honesty first: no RGAA audit has been made, and the RGAA says that without a valid audit a site is
 * declared "non conforme", whatever its automated tests say. The state changes here only with an audit.
 */

/** RGAA's three states; the link in every page's footer must name the declared one. */
export type ConformityState = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

export const STATEMENT = {
  state: 'non conforme' as ConformityState,
  rgaaVersion: '4.1',
  /** The day the statement was written (ISO), to be updated with it. */
  date: '2026-11-25',
} as const;

/** The footer's link text: RGAA requires the state in it, on every page. */
export const accessibilityLinkLabel = (state: ConformityState = STATEMENT.state) =>
  `Accessibilité : ${state}`;

export const ACCESSIBILITY_PATH = '/accessibilite';

/**
 * The checks the team runs on every change (automated, in the test suite). They are what the declared
 * state rests on, and they do not replace an audit: axe finds perhaps a third of the RGAA's failures.
 */
export const TEAM_CHECKS: readonly { label: string; detail: string }[] = [
  {
    label: 'Tests automatiques axe-core sur chaque page',
    detail:
      'règles WCAG 2.2 niveaux A et AA et taille des cibles (2.5.8), sans aucune erreur tolérée, sur chacune des pages listées plus bas, à 1280 × 720 pixels, et à 1920 × 1080 pixels pour la vue d’ensemble et la présentation.',
  },
  {
    label: 'Un parcours au clavier seul',
    detail:
      'lien d’évitement, vue d’ensemble, page d’un pilier, changement d’un filtre, lancement et défilement de la présentation puis retour, avec un focus visible (contour d’au moins 2 pixels) à chaque étape.',
  },
  {
    label: 'Contraste des couleurs des graphiques',
    detail:
      'chaque couleur de série à 3:1 au moins contre le fond des pages et des cartes, et contre la couleur de la série voisine, de même dans le thème « contraste élevé » de la présentation ; les textes des graphiques à 4,5:1 au moins.',
  },
  {
    label: 'Une alternative textuelle à chaque graphique',
    detail:
      'un titre, une phrase qui résume le graphique et le tableau de ses données ; chaque valeur est écrite à côté de sa barre ou de son point, et l’information ne repose jamais sur la seule couleur (hachures, formes des marqueurs).',
  },
  {
    label: 'Des textes lisibles en projection',
    detail:
      'textes des graphiques à 18 pixels au moins (vérifié sur la vue d’ensemble, dont les graphiques sont ceux des autres pages), et tout texte d’une diapositive à 24 pixels au moins à 1280 × 720 pixels.',
  },
  {
    label: 'L’arbre des objectifs au clavier',
    detail:
      'déplier, replier et parcourir l’arbre avec les flèches, Début et Fin, selon le modèle « tree » de WAI-ARIA.',
  },
];

/**
 * What is known not to be accessible, or not verified. Without an audit the list cannot be complete:
 * it says what the team knows, each with the accessible alternative when there is one.
 */
export const KNOWN_GAPS: readonly { label: string; alternative?: string }[] = [
  {
    label:
      'Aucun test n’a encore été fait avec un lecteur d’écran (NVDA, JAWS, VoiceOver, TalkBack) : la restitution vocale des pages, des filtres, de l’arbre des objectifs et de la présentation n’est pas vérifiée.',
  },
  {
    label:
      'Le tableau des actions n’insère dans la page que les lignes proches de l’écran (tableau « virtualisé ») : la recherche dans la page et la lecture continue d’un lecteur d’écran n’atteignent pas les autres lignes.',
    alternative: 'l’export CSV de la page « Actions » contient toutes les actions retenues par les filtres.',
  },
  {
    label:
      'Les images PNG des graphiques exportées ne contiennent aucune alternative textuelle ; l’image SVG ne porte que le titre du graphique.',
    alternative: 'l’export CSV du tableau des données de chaque graphique.',
  },
  {
    label:
      'Le rapport annuel au format Word (.docx) n’a pas été vérifié avec le vérificateur d’accessibilité de Word ni avec un lecteur d’écran ; il est fait de titres, de tableaux à ligne d’en-tête et d’images de graphiques avec un texte de remplacement.',
    alternative: 'la page « Rapport annuel », qui présente les mêmes chiffres et textes.',
  },
  {
    label:
      'Le modèle de tableur de la programmation (.xlsx) n’a pas été vérifié avec le vérificateur d’accessibilité d’Excel ou de LibreOffice ni avec un lecteur d’écran.',
    alternative: 'le même modèle au format CSV, sur la page « Données ».',
  },
  {
    label:
      'L’affichage avec un zoom de 200 % et sur un écran de 320 pixels de large (critères 10.4 et 10.11 du RGAA) n’a pas été vérifié page par page.',
  },
];

export const TECHNOLOGIES: readonly string[] = ['HTML', 'CSS', 'JavaScript (React)', 'SVG'];

export const TEST_ENVIRONMENT: readonly string[] = [
  'Chromium (version de Debian), piloté par Playwright, sous Linux',
  'aucune technologie d’assistance (lecteur d’écran, loupe, commande vocale) pour l’instant',
];

export const EVALUATION_TOOLS: readonly string[] = [
  'axe-core (Deque Systems), par @axe-core/playwright',
  'tests automatiques du projet (Vitest) : parcours au clavier, contrastes, tailles de texte',
];

/**
 * The pages checked: every route of the app, each with an example address. The browser test runs axe on
 * each and fails when the app gains a route missing here, so that a new page cannot go unchecked.
 */
export const CHECKED_PAGES: readonly { route: string; path: string; label: string }[] = [
  { route: '/', path: '/', label: 'Vue d’ensemble' },
  { route: '/piliers/:code', path: '/piliers/P2', label: 'Page d’un pilier (COHESION SOCIALE)' },
  { route: '/axes/:code', path: '/axes/T1', label: 'Page d’un axe transversal (LA JEUNESSE)' },
  { route: '/quartiers/:id', path: '/quartiers/terre-rouge', label: 'Page d’un quartier (Terre-Rouge)' },
  { route: '/actions', path: '/actions', label: 'Actions' },
  {
    route: '/depuis-le-dernier-comite',
    path: '/depuis-le-dernier-comite',
    label: 'Depuis le dernier comité',
  },
  { route: '/rapport-annuel', path: '/rapport-annuel?annee=2023', label: 'Rapport annuel (2023)' },
  { route: '/objectifs', path: '/objectifs', label: 'Objectifs du contrat' },
  { route: '/objectifs/:code', path: '/objectifs/P2.3.1', label: 'Page d’un objectif opérationnel (P2.3.1)' },
  { route: '/donnees', path: '/donnees', label: 'Données du tableau de bord' },
  { route: '/sigles', path: '/sigles', label: 'Lexique des sigles' },
  { route: '/presentation', path: '/presentation', label: 'Présentation pour le comité de pilotage' },
  {
    route: '/presentation/preparer',
    path: '/presentation/preparer?diapos=vue-ensemble,pilier-P2,quartiers',
    label: 'Préparation de la présentation (choix et ordre des diapositives)',
  },
  { route: ACCESSIBILITY_PATH, path: ACCESSIBILITY_PATH, label: 'Déclaration d’accessibilité' },
  { route: '*', path: '/page-inexistante', label: 'Page introuvable (adresse inconnue)' },
];

/** Voies de recours: the Défenseur des droits, as the RGAA's model words them. */
export const DEFENSEUR_DES_DROITS = {
  form: 'https://formulaire.defenseurdesdroits.fr/',
  delegates: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
  phone: '09 69 39 00 00',
  phoneHref: 'tel:+33969390000',
  postal: ['Défenseur des droits', 'Libre réponse 71120', '75342 Paris CEDEX 07'],
} as const;
