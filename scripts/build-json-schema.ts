/**
 * npm run schema [-- --out dir]
 *
 * Writes the JSON Schemas (draft 2020-12) of the data documents the dashboard loads, generated from the
 * same zod schemas the app validates with, so that a publisher can check a file in an editor or in CI before
 * putting it online. Without --out it writes docs/schema/. See docs/data-contract.md.
 *
 * Only the shape is expressible in JSON Schema: the checks zod does in code (sums, ordering, references, no
 * personal data) are listed in each schema's description instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { actionSchema, actionStatuses, funderLabels, funders, porteurTypes } from '../src/domain/action';
import { indicatorSchema, indicatorUnits } from '../src/domain/context-indicators';
import { contractMetaSchema } from '../src/domain/contract-meta';
import { objectiveNodeSchema, objectiveTreeSchema } from '../src/domain/objective-tree';
import { perimeterFeatureSchema, perimetersDocumentSchema } from '../src/domain/perimeters';
import { territoryKinds, territorySchema } from '../src/domain/territory';
import { parseOutArgs, runWhenMain } from './support/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const defaultOutDir = join(root, 'docs/schema');

export const schemaFileNames = [
  'meta.schema.json',
  'objectives.schema.json',
  'territories.schema.json',
  'actions.schema.json',
  'perimeters.schema.json',
  'indicators.schema.json',
] as const;
export type SchemaFileName = (typeof schemaFileNames)[number];

type Json = Record<string, unknown>;

export const serializeSchema = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

// The app's document schemas type records as unknown, because it validates each record on its own and keeps
// the valid ones; a publisher's validator must see the records' shape, so the documents are rebuilt here.
const territoriesDocument = z.object({ territories: z.array(territorySchema) });
const actionsDocument = z.object({ actions: z.array(actionSchema) });
// The `crs` member is checked by the app only (any other system than WGS 84 rejects the file): a publisher
// writes none, as RFC 7946 asks.
const perimetersDocument = perimetersDocumentSchema
  .omit({ crs: true })
  .extend({ features: z.array(perimeterFeatureSchema) });
const indicatorsDocument = z.object({ indicators: z.array(indicatorSchema) });

// A named definition reads better than zod's generated "__schema0" in the recursive tree's $ref.
const metadata = z.registry<{ id?: string }>();
metadata.add(objectiveNodeSchema, { id: 'objectiveNode' });

const toJsonSchema = (schema: z.ZodType) =>
  // The input side: what a publisher writes, where fields with a default may be left out.
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', metadata }) as Json;

const textRule =
  'les espaces en début et en fin sont ignorés, un texte fait seulement d’espaces est donc vide';
const noPersonalData =
  'ne contient ni adresse e-mail ni numéro de téléphone (donnée personnelle interdite ; le fichier ne nomme aucune personne)';
const isoDate = 'date au format AAAA-MM-JJ';

/**
 * Puts a description on a property, addressed from an object schema: "porteur.name" for a nested property,
 * "objectives[]" for the items of an array. A path that no longer exists throws, so that renaming a field in
 * src/domain cannot silently drop its documentation.
 */
const describeAt = (schema: Json, path: string, text: string) => {
  let holder: Json = { schema };
  let key = 'schema';
  for (const segment of path.split('.')) {
    const name = segment.replace(/\[\]$/, '');
    const properties = (holder[key] as Json).properties as Json | undefined;
    if (!properties || !(name in properties)) throw new Error(`champ inconnu dans le schéma : ${path}`);
    holder = properties;
    key = name;
    if (segment.endsWith('[]')) {
      holder = holder[key] as Json;
      key = 'items';
      if (!(key in holder)) throw new Error(`${path} n’est pas une liste`);
    }
  }
  // Description first: it is what a reader of the file looks for.
  holder[key] = { description: text, ...(holder[key] as Json) };
};

const describeAll = (schema: Json, descriptions: Record<string, string>) => {
  for (const [path, text] of Object.entries(descriptions)) describeAt(schema, path, text);
};

/** Every property must say what it means: a field added in src/domain without a description fails here. */
const assertDescribed = (schema: unknown, file: string, where = '') => {
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => {
      assertDescribed(item, file, `${where}[${index}]`);
    });
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Json;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, property] of Object.entries(value as Json)) {
        if (typeof (property as Json).description !== 'string') {
          throw new Error(
            `${file} : le champ ${where}.${name} n’a pas de description (à ajouter dans scripts/build-json-schema.ts)`,
          );
        }
        assertDescribed(property, file, `${where}.${name}`);
      }
    } else {
      assertDescribed(value, file, `${where}.${key}`);
    }
  }
};

/** $schema, then title and description, then zod's output: the order a reader expects. */
const document = (schema: Json, title: string, description: string): Json => {
  const { $schema, ...rest } = schema;
  return { $schema, title, description, ...rest };
};

const bulleted = (intro: string, rules: readonly string[]) =>
  `${intro}\n${rules.map((rule) => `- ${rule}`).join('\n')}`;

const metaJsonSchema = () => {
  const schema = toJsonSchema(contractMetaSchema);
  describeAll(schema, {
    contractName: `Nom du contrat tel qu’il est affiché, ex. « Contrat de ville du Grand Cahors » ; ${textRule}.`,
    contractCode: 'Code du contrat dans la base de l’ANCT, ex. « CV149 » ; null ou absent s’il n’en a pas.',
    agglomeration:
      'Intercommunalité qui pilote le contrat, ex. « Communauté d’agglomération du Grand Cahors ».',
    period: 'Période du contrat, en années (prolongations comprises).',
    'period.start': 'Première année du contrat, ex. 2015.',
    'period.end': 'Dernière année du contrat, ex. 2023 ; pas avant period.start.',
    dataDate: `« Données au » : ${isoDate} de la dernière mise à jour des chiffres publiés ; null tant qu’aucune donnée d’action n’est publiée.`,
    steeringCommittees: `Dates des comités de pilotage (COPIL), ${isoDate} ; une vue peut montrer ce qui a changé depuis le dernier.`,
    'steeringCommittees[]': `Date d’un comité de pilotage, ${isoDate}.`,
    funderNames: `Les partenaires du contrat sous les noms que lui donnent ses propres tableurs, chacun avec le financeur qu’il est (${funders.join(', ')}), ex. { "Ville de Cahors": "ville", "Grand Cahors": "agglomeration" } : l’import de la programmation lit alors une colonne « Ville de Cahors » comme le financement de la Ville, sans correspondance à choisir. Vide si absent.`,
    fictitious:
      'true pour des données de démonstration générées : chaque page affiche alors « Données fictives de démonstration ». false si absent.',
  });
  return document(
    schema,
    'meta.json — le contrat de ville',
    bulleted(
      'Ce que le tableau de bord dit du contrat lui-même : nom, période, date des données et comités de pilotage. Servi à {base}/meta.json. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      [
        'period.end ne précède pas period.start ;',
        'les noms de partenaires de funderNames ne sont pas vides (ni faits seulement d’espaces) ;',
        `les textes sont comparés sans leurs espaces de début et de fin.`,
      ],
    ),
  );
};

const objectivesJsonSchema = () => {
  const schema = toJsonSchema(objectiveTreeSchema);
  describeAll(schema, {
    version: 'Version du format de ce fichier ; 1 aujourd’hui, augmentée à chaque changement incompatible.',
    source: 'Nom du fichier de l’annexe dont l’arbre a été tiré, ex. « 000_d2f761683cab1619.txt ».',
    title: 'Titre de l’annexe, quand elle en a un.',
    nodes:
      'Les racines de l’arbre : le groupe des axes transversaux et les piliers, dans l’ordre de l’annexe.',
  });
  const defs = schema.$defs as Json | undefined;
  const node = defs?.objectiveNode as Json | undefined;
  if (!defs || !node) throw new Error('définition objectiveNode absente du schéma des objectifs');
  describeAll(node, {
    kind: 'Niveau du nœud : transversal-group, axis, pillar, theme, orientation, strategic ou operational.',
    code: 'Code court et stable donné par la position, ex. « P2.3.1 » ; les actions citent les objectifs opérationnels par ce code.',
    label: `Intitulé tel qu’écrit dans l’annexe ; ${textRule}.`,
    goal: 'Objectif qui suit un titre après les deux-points (« LA SANTE : Réduire… »), quand il y en a un.',
    transversal:
      'true pour le groupe des axes transversaux, ses axes et tout ce qui est sous eux ; false sinon.',
    children:
      'Les nœuds placés directement sous celui-ci, dans l’ordre de l’annexe ; vide pour un objectif opérationnel.',
  });
  defs.objectiveNode = { description: 'Un nœud de l’arbre, avec les nœuds placés sous lui.', ...node };
  return document(
    schema,
    'objectives.json — l’arbre des objectifs',
    bulleted(
      'L’arbre des objectifs stratégiques et opérationnels du contrat, tiré de son annexe par `npm run objectives` (voir docs/objective-tree.md). Servi à {base}/objectives.json. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      [
        'à la racine, seulement transversal-group et pillar ;',
        'sous un transversal-group, des axis ; sous un axis, des orientation ou strategic ; sous un pillar, des theme, orientation ou strategic ; sous un theme, des orientation ou strategic ; sous une orientation, des strategic ; sous un strategic, des operational ; rien sous un operational ;',
        'chaque objectif stratégique a au moins un objectif opérationnel ;',
        'transversal vaut true pour un transversal-group et un axis, false pour un pillar, et chaque nœud a la même valeur que son parent ;',
        'aucun code n’apparaît deux fois dans l’arbre ;',
        'les intitulés sont comparés sans leurs espaces de début et de fin.',
      ],
    ),
  );
};

const territoriesJsonSchema = () => {
  const schema = toJsonSchema(territoriesDocument);
  describeAll(schema, {
    territories: 'Chaque territoire suivi par le contrat.',
    'territories[]':
      'Un territoire : quartier prioritaire, quartier de veille active ou territoire d’observation.',
    'territories[].id':
      'Identifiant court et stable, utilisable dans une adresse : minuscules, chiffres et tirets, ex. « terre-rouge ». Les actions citent les territoires par cet identifiant.',
    'territories[].name': `Nom affiché, ex. « Terre-Rouge » ; ${textRule}.`,
    'territories[].commune': `Commune du territoire, ex. « Cahors » ; ${textRule}.`,
    'territories[].kind': `Type : ${territoryKinds.join(', ')}. Seul le QPV (quartier prioritaire) est éligible aux crédits de l’État (BOP 147).`,
    'territories[].code':
      'Code officiel d’un QPV, ex. « QP046001 » ; null ou absent pour un territoire qui n’en a pas.',
    'territories[].population':
      'Nombre d’habitants, quand un chiffre de recensement est connu ; null ou absent sinon (jamais estimé).',
  });
  return document(
    schema,
    'territories.json — les territoires du contrat',
    bulleted(
      'Les territoires que le contrat suit. Servi à {base}/territories.json. Chaque territoire est validé à part : un territoire invalide est écarté et signalé, les autres sont gardés. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      ['les textes sont comparés sans leurs espaces de début et de fin.'],
    ),
  );
};

const actionsJsonSchema = () => {
  const schema = toJsonSchema(actionsDocument);
  describeAll(schema, {
    actions: 'Les actions de la programmation, toutes années confondues.',
    'actions[]':
      'Une action : un projet financé une année au titre d’un ou plusieurs objectifs opérationnels.',
    'actions[].id':
      'Identifiant de l’action, stable d’une publication à l’autre (64 caractères au plus), ex. « 2024-017 ».',
    'actions[].year': 'Année de la programmation qui a financé l’action, ex. 2024.',
    'actions[].title': `Intitulé de l’action ; ${textRule} ; ${noPersonalData}.`,
    'actions[].porteur': 'Le porteur de l’action (une structure, jamais une personne).',
    'actions[].porteur.name': `Nom de la structure porteuse, ex. « Association Trait d’union » ; ${noPersonalData}.`,
    'actions[].porteur.type': `Type de porteur : ${porteurTypes.join(', ')}.`,
    'actions[].objectives': 'Codes des objectifs opérationnels servis par l’action (au moins un).',
    'actions[].objectives[]':
      'Code d’un objectif opérationnel de objectives.json, ex. « P2.3.1 » ou « T1.2.1 ».',
    'actions[].territories': 'Territoires où l’action a lieu (au moins un).',
    'actions[].territories[]': 'Identifiant d’un territoire de territories.json, ex. « terre-rouge ».',
    'actions[].targetPublic': `Public cible en quelques mots, ex. « jeunes de 16 à 25 ans » ; null ou absent s’il n’est pas renseigné ; ${noPersonalData}.`,
    'actions[].status': `Statut : ${actionStatuses.join(' → ')} ; abandonnee peut intervenir à tout moment.`,
    'actions[].progress':
      'Avancement tel que déclaré en dernier, de 0 à 100 (%) ; null ou absent quand il n’a jamais été renseigné, ce qui n’est pas 0 %.',
    'actions[].progressHistory':
      'Chaque point d’avancement déclaré, du plus ancien au plus récent ; vide ou absent si aucun.',
    'actions[].progressHistory[]': 'Un point d’avancement.',
    'actions[].progressHistory[].date': `Date de la déclaration, ${isoDate}.`,
    'actions[].progressHistory[].progress': 'Avancement déclaré à cette date, de 0 à 100 (%).',
    'actions[].budget': 'Coût et financements de l’action, en euros.',
    'actions[].budget.totalCost': 'Coût total de l’action, en euros.',
    'actions[].budget.funding': `Montants par financeur, en euros (${funders.join(', ')}) ; un financeur qui ne donne rien est omis ou vaut 0. etat = crédits politique de la ville de l’État (BOP 147), bailleurs = abattement de TFPB, porteur = fonds propres du porteur.`,
    ...Object.fromEntries(
      funders.map((funder) => [
        `actions[].budget.funding.${funder}`,
        `Montant apporté par : ${funderLabels[funder]}, en euros.`,
      ]),
    ),
    'actions[].beneficiaries': 'Nombre de bénéficiaires ; absent si aucun n’est connu.',
    'actions[].beneficiaries.planned': 'Bénéficiaires prévus ; null ou absent s’il n’est pas connu.',
    'actions[].beneficiaries.actual':
      'Bénéficiaires effectivement touchés ; null ou absent s’il n’est pas connu.',
    'actions[].startDate': `Date de début, ${isoDate} ; null ou absente si elle n’est pas connue.`,
    'actions[].endDate': `Date de fin, ${isoDate}, pas avant startDate ; null ou absente si elle n’est pas connue.`,
  });
  return document(
    schema,
    'actions.json — la programmation',
    bulleted(
      'Les actions financées par le contrat, toutes années confondues. Servi à {base}/actions.json. Chaque action est validée à part : une action invalide est écartée et signalée, les autres sont gardées. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      [
        'la somme des financements (budget.funding) ne dépasse pas le coût total (budget.totalCost), à un demi-centime près ;',
        'progress est égal au dernier point de progressHistory, et n’est pas null quand l’historique n’est pas vide ;',
        'progressHistory est classé du plus ancien au plus récent ;',
        'endDate ne précède pas startDate ;',
        'title, porteur.name et targetPublic ne contiennent ni adresse e-mail ni numéro de téléphone ;',
        'chaque code de objectives est un objectif opérationnel de objectives.json, chaque identifiant de territories un territoire de territories.json ;',
        'les textes sont comparés sans leurs espaces de début et de fin.',
      ],
    ),
  );
};

/**
 * Puts a description on every property of that name, wherever it stands: the GeoJSON's and the
 * indicators' unions (oneOf, anyOf) have no single path to each field. A property left without one still
 * fails assertDescribed.
 */
const describeByName = (schema: unknown, descriptions: Record<string, string>) => {
  if (Array.isArray(schema)) {
    for (const item of schema) describeByName(item, descriptions);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      const properties = value as Json;
      for (const [name, property] of Object.entries(properties)) {
        const text = descriptions[name];
        if (text && typeof (property as Json).description !== 'string')
          properties[name] = { description: text, ...(property as Json) };
        describeByName(properties[name], descriptions);
      }
    } else describeByName(value, descriptions);
  }
};

const sourceDescriptions = {
  source: 'Qui a publié la donnée, et dans quel jeu de données.',
  publisher: 'Producteur, ex. « INSEE », « CGET (aujourd’hui ANCT) », « IGN ».',
  dataset: 'Jeu de données, ex. « Données des quartiers prioritaires de la politique de la ville ».',
  licence: 'Licence, ex. « Licence Ouverte » ; null ou absente si elle n’est pas connue.',
  url: 'Adresse http(s) de la source ; null ou absente.',
  vintage: 'Millésime : l’année que décrit la donnée (ex. 2015 pour la géographie des QPV de 2015).',
};

const perimetersJsonSchema = () => {
  const schema = toJsonSchema(perimetersDocument);
  describeByName(schema, {
    type: 'Type GeoJSON : « FeatureCollection » pour le fichier, « Feature » pour une entité, « Polygon » ou « MultiPolygon » pour une géométrie.',
    properties:
      'Propriétés de l’entité : ce qu’elle est, à quel territoire ou commune elle se rapporte, sa source.',
    name: 'Nom du quartier dans la source (facultatif), ou de la commune.',
    features:
      'Une entité par territoire dont le périmètre officiel est publié (un QPV), et une par commune pour le fond de carte.',
    kind: 'territoire (le périmètre d’un territoire du contrat) ou commune (le contour d’une commune, fond de carte).',
    territory:
      'Identifiant du territoire dans territories.json, ex. « terre-rouge » ; ou null si le code QPV suffit.',
    code: 'Territoire : code QPV (ex. « QP046001 »), ou null si territory suffit. Commune : code INSEE (ex. « 46042 »).',
    geometry: 'Le périmètre : un Polygon ou un MultiPolygon en longitude, latitude (degrés WGS 84).',
    coordinates:
      'Anneaux fermés d’au moins 4 positions [longitude, latitude], la dernière répétant la première ; le sens des anneaux est libre (l’application le remet dans l’ordre de d3-geo).',
    ...sourceDescriptions,
  });
  return document(
    schema,
    'perimeters.json — les périmètres des territoires',
    bulleted(
      'Collection GeoJSON (RFC 7946, WGS 84) des périmètres des territoires qui en ont un, et des contours de leurs communes. Servi à {base}/perimeters.json, facultatif. Chaque entité est validée à part : une entité invalide est écartée et signalée, les autres sont dessinées. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      [
        'les coordonnées sont des longitudes (−180 à 180) et des latitudes (−90 à 90) : des mètres (Lambert-93) sont refusés, une latitude écrite avant la longitude aussi ;',
        'chaque anneau est fermé (sa dernière position répète la première) ;',
        'un territoire est désigné par territory ou code (au moins l’un des deux) et existe dans territories.json ; s’ils sont donnés tous deux, ils désignent le même territoire ;',
        'un territoire n’a qu’un périmètre, une commune qu’un contour (le premier est gardé) ;',
        'un membre crs qui désigne un autre système que WGS 84 fait refuser tout le fichier.',
      ],
    ),
  );
};

const indicatorsJsonSchema = () => {
  const schema = toJsonSchema(indicatorsDocument);
  describeByName(schema, {
    indicators: 'Une valeur par indicateur et par zone.',
    id: 'Identifiant de l’indicateur, le même pour chaque zone, ex. « taux-pauvrete ».',
    label: 'Libellé affiché, ex. « Taux de pauvreté ».',
    unit: `Unité, qui dit comment écrire la valeur : ${indicatorUnits.join(', ')}.`,
    definition: 'Ce que compte l’indicateur, en une phrase.',
    area: 'Où la valeur est mesurée : un territoire du contrat, sa commune ou l’agglomération.',
    kind: 'territoire, commune ou agglomeration.',
    territory:
      'Territoire : identifiant dans territories.json, ex. « terre-rouge » ; ou null si le code suffit.',
    code: 'Territoire : code QPV (ex. « QP046001 ») ; commune : code INSEE (ex. « 46042 ») ; null ou absent.',
    name: 'Commune ou agglomération : son nom, ex. « Cahors ».',
    value:
      'La valeur ; null quand la source ne la donne pas (« non disponible », jamais 0). Un nombre de personnes est entier, un pourcentage va de 0 à 100.',
    ...sourceDescriptions,
  });
  return document(
    schema,
    'indicators.json — les statistiques publiques des territoires',
    bulleted(
      'Statistiques publiques des territoires et de leurs zones de référence (commune, agglomération), chacune avec son millésime et sa source. Servi à {base}/indicators.json, facultatif. Chaque valeur est validée à part : une valeur invalide est écartée et signalée, les autres sont gardées. Vérifié seulement par l’application (inexprimable en JSON Schema) :',
      [
        'un territoire est désigné par territory ou code (au moins l’un des deux) et existe dans territories.json ;',
        'une commune est celle d’un territoire du contrat ;',
        'une valeur n’est donnée qu’une fois par indicateur et par zone (la première est gardée) ;',
        'value est positive ou nulle, entière pour habitants, personnes et ménages, au plus 100 pour % ;',
        'les textes sont comparés sans leurs espaces de début et de fin.',
      ],
    ),
  );
};

const builders: Record<SchemaFileName, () => Json> = {
  'meta.schema.json': metaJsonSchema,
  'objectives.schema.json': objectivesJsonSchema,
  'territories.schema.json': territoriesJsonSchema,
  'actions.schema.json': actionsJsonSchema,
  'perimeters.schema.json': perimetersJsonSchema,
  'indicators.schema.json': indicatorsJsonSchema,
};

/** Every schema file as the text to write, keyed by file name. Pure: the same input gives the same bytes. */
export const buildJsonSchemas = (): Record<SchemaFileName, string> =>
  Object.fromEntries(
    schemaFileNames.map((file) => {
      const schema = builders[file]();
      assertDescribed(schema, file);
      return [file, serializeSchema(schema)];
    }),
  ) as Record<SchemaFileName, string>;

const usage = 'usage : npm run schema -- [--out dossier]';

export const parseArgs = (argv: readonly string[]) =>
  parseOutArgs(argv, { defaultOut: defaultOutDir, usage });

const main = () => {
  const { out } = parseArgs(process.argv.slice(2));
  const files = buildJsonSchemas();
  mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const path = join(out, file);
    writeFileSync(path, text);
    console.log(`→ ${relative(process.cwd(), path)}`);
  }
};

runWhenMain(import.meta.url, main);
