import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
  type PorteurType,
  porteurTypeLabels,
  porteurTypes,
} from '../../domain/action';
import type { NodeKind, ObjectiveNode, ObjectiveTree } from '../../domain/objective-tree';
import { flattenTree } from '../../domain/objective-tree-queries';
import type { Territory } from '../../domain/territory';
import { looseText } from '../../lib/text-match';
import { type Candidate, closestMatch } from './closest-match';
import { placeNameKey } from './place-names';

/**
 * A value of a cell read as a reference: what it stands for, or why not and what was probably meant. A
 * value read other than as written (« Ste Valérie » as Sainte-Valérie) carries a note saying what was
 * matched, for the report: a match that could change the meaning is never made silently.
 */
export type Resolved<T> =
  | { ok: true; value: T; note?: string }
  | { ok: false; message: string; suggestion: string | null };

export type Resolver<T> = (text: string) => Resolved<T>;

/** A resolver of a column that takes several values per cell (objectives, territories): see list-reading.ts. */
export type ListResolver<T> = Resolver<T> & {
  /**
   * The value a text is exactly, with nothing left over and nothing to note (a whole label or name, a code,
   * a code followed by its own label), or null: the test for parts of a cell joined back into one label.
   */
  exact: (text: string) => T | null;
  /** The value as users know it, to name the readings of an ambiguous cell. */
  describe: (value: T) => string;
  /** How to write a cell so that it cannot be read two ways. */
  ambiguityHint: string;
};

const quote = (text: string) => `« ${text} »`;

const kindNames: Record<NodeKind, string> = {
  'transversal-group': 'le groupe des axes transversaux',
  axis: 'un axe transversal',
  pillar: 'un pilier',
  theme: 'une thématique',
  orientation: 'une orientation',
  strategic: 'un objectif stratégique',
  operational: 'un objectif opérationnel',
};

/** A code as staff type it: "p2.3.1", "P 2.3.1", "P2.3.1." → "P2.3.1". */
const normaliseCode = (text: string) => text.replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
const CODE = /^([TP]\s*\d+(?:\s*\.\s*(?:TH|OR)?\d+)*\.?)(?=$|[\s:–—-])\s*(?:[:–—-]\s*)?(.*)$/i;

/** Whether the text after a code is that objective's label, or the start of it (a label cut short by a narrow column). */
const isOwnLabel = (rest: string, node: ObjectiveNode) => {
  const written = looseText(rest);
  const label = looseText(node.label);
  return written === label || (written.length >= 12 && label.startsWith(written));
};

/**
 * Reads an objective given by its code ("P2.3.1"), its code and label ("P2.3.1 – Créer les conditions…"),
 * or its label alone, matched ignoring case, accents, punctuation and spacing. Only operational objectives
 * take actions: a strategic code is refused with the operational ones it holds, so the fix is one step. A
 * code followed by some other text is read by its code, as it always was, with a note naming the objective
 * read, since the text may have meant another one.
 */
export const objectiveResolver = (tree: Pick<ObjectiveTree, 'nodes'>): ListResolver<string> => {
  const nodes = flattenTree(tree.nodes);
  const byCode = new Map(nodes.map((node) => [node.code.toUpperCase(), node]));
  const byLabel = new Map<string, ObjectiveNode[]>();
  for (const node of nodes) {
    const key = looseText(node.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), node]);
  }
  const operational: Candidate<string>[] = nodes
    .filter((node) => node.kind === 'operational')
    .map((node) => ({ display: node.label, value: node.code }));

  const notOperational = (written: string, node: ObjectiveNode): Resolved<string> => {
    const children = flattenTree(node.children).filter((child) => child.kind === 'operational');
    const first = children[0];
    const last = children.at(-1);
    const hint =
      first && last
        ? ` : indiquez l’un de ses objectifs opérationnels (${first.code === last.code ? first.code : `${first.code} à ${last.code}`})`
        : '';
    return {
      ok: false,
      message: `${quote(written)} est ${kindNames[node.kind]} (${node.code}), pas un objectif opérationnel${hint}`,
      suggestion: null,
    };
  };

  const resolve: Resolver<string> = (text) => {
    const written = text.trim();
    const coded = CODE.exec(written);
    if (coded) {
      const code = normaliseCode(coded[1] as string);
      const node = byCode.get(code);
      if (node?.kind === 'operational') {
        const rest = coded[2] ?? '';
        return looseText(rest) === '' || isOwnLabel(rest, node)
          ? { ok: true, value: node.code }
          : {
              ok: true,
              value: node.code,
              note: `${quote(written)} lu comme ${node.code} (${quote(node.label)}) : le texte après le code n’est pas l’intitulé de cet objectif`,
            };
      }
      if (node) return notOperational(written, node);
      // "P2.3.9": no such code. Unless the whole cell is a label that happens to start like a code.
      if (!byLabel.has(looseText(written))) {
        return {
          ok: false,
          message: `${quote(code)} n’est pas un code d’objectif de l’annexe du contrat`,
          suggestion: null,
        };
      }
    }
    const matches = byLabel.get(looseText(written)) ?? [];
    const operationalMatches = matches.filter((node) => node.kind === 'operational');
    if (operationalMatches.length === 1)
      return { ok: true, value: (operationalMatches[0] as ObjectiveNode).code };
    if (operationalMatches.length > 1) {
      return {
        ok: false,
        message: `${quote(written)} est l’intitulé de plusieurs objectifs (${operationalMatches.map((node) => node.code).join(', ')}) : indiquez le code`,
        suggestion: null,
      };
    }
    if (matches[0]) return notOperational(written, matches[0]);
    const close = closestMatch(written, operational);
    return {
      ok: false,
      message: `${quote(written)} ne correspond à aucun objectif`,
      suggestion: close ? `${close.display} (${close.value})` : null,
    };
  };

  const exact = (text: string): string | null => {
    const written = text.trim();
    const labelled = (byLabel.get(looseText(written)) ?? []).filter((node) => node.kind === 'operational');
    if (labelled.length === 1) return (labelled[0] as ObjectiveNode).code;
    const coded = CODE.exec(written);
    const node = coded ? byCode.get(normaliseCode(coded[1] as string)) : undefined;
    if (!coded || node?.kind !== 'operational') return null;
    const rest = looseText(coded[2] ?? '');
    return rest === '' || rest === looseText(node.label) ? node.code : null;
  };

  return Object.assign(resolve, {
    exact,
    describe: (code: string) => {
      const node = byCode.get(code.toUpperCase());
      return node ? `${node.label} (${node.code})` : code;
    },
    ambiguityHint: 'écrivez plutôt les codes, séparés par « ; » (ex. « P2.6.3 ; P3.4.1 »)',
  });
};

/** The list of allowed values, when it is short enough to read in a message. */
const allowed = (values: readonly string[]) =>
  values.length <= 12 ? ` (attendu : ${values.join(', ')})` : '';

type ChoiceEntry<T> = { value: T; display: string; names: readonly string[] };

/**
 * Reads a value among a few known ones (a territory, a status, a holder's type) from any of its names,
 * matched loosely; a miss names the close one if there is one, and otherwise the list to choose from. With
 * `looserKey`, a text that matches no name loosely but matches one on that looser key (a place name written
 * « Ste Valerie ») is read, with a note saying what it was read as.
 */
const choiceResolver = <T>(
  what: string,
  entries: readonly ChoiceEntry<T>[],
  { looserKey }: { looserKey?: (text: string) => string } = {},
): ListResolver<T> => {
  const byName = new Map<string, T>();
  for (const entry of entries) {
    for (const name of [entry.display, ...entry.names]) byName.set(looseText(name), entry.value);
  }
  // A looser key shared by two entries reads as neither: a suggestion at most.
  const byLooserKey = new Map<string, ChoiceEntry<T> | null>();
  if (looserKey) {
    for (const entry of entries) {
      for (const name of [entry.display, ...entry.names]) {
        const key = looserKey(name);
        const known = byLooserKey.get(key);
        byLooserKey.set(key, known === undefined || known === entry ? entry : null);
      }
    }
  }
  const displays = new Map(entries.map((entry) => [entry.value, entry.display]));
  const candidates = entries.flatMap((entry) =>
    [entry.display, ...entry.names].map((name) => ({ display: name, value: entry.display })),
  );
  const resolve: Resolver<T> = (text) => {
    const written = text.trim();
    const found = byName.get(looseText(written));
    if (found !== undefined) return { ok: true, value: found };
    const looser = looserKey ? byLooserKey.get(looserKey(written)) : undefined;
    if (looser) {
      return { ok: true, value: looser.value, note: `${quote(written)} lu comme ${quote(looser.display)}` };
    }
    const close = closestMatch(written, candidates, looserKey);
    return {
      ok: false,
      message: `${quote(written)} ne correspond à aucun${what}${close ? '' : allowed(entries.map((entry) => entry.display))}`,
      suggestion: close?.value ?? null,
    };
  };
  return Object.assign(resolve, {
    exact: (text: string) => byName.get(looseText(text)) ?? null,
    describe: (value: T) => displays.get(value) ?? String(value),
    ambiguityHint: 'écrivez une valeur par ligne de la cellule',
  });
};

/**
 * A territory by its name, its name with its commune, its identifier or its official code (QP046001), and
 * by its name as people write it: « Ste Valérie », « terre rouge », « Croix de fer », « TerreRouge ».
 */
export const territoryResolver = (territories: readonly Territory[]): ListResolver<string> =>
  choiceResolver(
    ' quartier du contrat',
    territories.map((territory) => ({
      value: territory.id,
      display: territory.name,
      names: [
        territory.id,
        `${territory.name} (${territory.commune})`,
        `${territory.name} ${territory.commune}`,
        `${territory.commune} ${territory.name}`,
        ...(territory.code ? [territory.code] : []),
      ],
    })),
    { looserKey: placeNameKey },
  );

/** Other words offices use for the same status: the masculine, the stage's usual name. */
const statusNames: Record<ActionStatus, readonly string[]> = {
  deposee: ['deposee', 'Déposé', 'Dépôt', 'Déposée (en instruction)', 'En instruction', 'Demande'],
  programmee: ['programmee', 'Programmé', 'Validée', 'Validé', 'Financée', 'Financé', 'Votée', 'Voté'],
  'en-cours': ['en-cours', 'Démarrée', 'Démarré', 'Commencée', 'Commencé', 'En réalisation'],
  realisee: ['realisee', 'Réalisé', 'Terminée', 'Terminé', 'Achevée', 'Achevé', 'Soldée', 'Soldé'],
  abandonnee: ['abandonnee', 'Abandonné', 'Annulée', 'Annulé', 'Non réalisée', 'Non réalisé'],
};

export const statusResolver = (): Resolver<ActionStatus> =>
  choiceResolver(
    ' statut',
    actionStatuses.map((status) => ({
      value: status,
      display: actionStatusLabels[status],
      names: statusNames[status],
    })),
  );

const porteurTypeNames: Record<PorteurType, readonly string[]> = {
  association: ['Asso', 'Associatif', 'Associations'],
  commune: ['Ville', 'Mairie', 'Collectivité', 'CCAS'],
  intercommunalite: ['intercommunalite', 'EPCI', 'Agglomération', 'Communauté d’agglomération'],
  'bailleur-social': ['bailleur-social', 'Bailleur', 'Organisme HLM', 'Office HLM'],
  'etablissement-public': ['etablissement-public', 'Établissement scolaire', 'EPLE', 'Collège', 'Lycée'],
  entreprise: ['Société', 'SCIC', 'SCOP', 'Entreprise d’insertion'],
  etat: ['État', 'Service de l’État', 'Services de l’État', 'Préfecture'],
  autre: ['Autres'],
};

export const porteurTypeResolver = (): Resolver<PorteurType> =>
  choiceResolver(
    ' type de porteur',
    porteurTypes.map((type) => ({
      value: type,
      display: porteurTypeLabels[type],
      names: porteurTypeNames[type],
    })),
  );
