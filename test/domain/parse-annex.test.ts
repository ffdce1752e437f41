import { describe, expect, it } from 'vitest';
import { type NodeKind, type ObjectiveNode, objectiveTreeSchema } from '../../src/domain/objective-tree';
import { type AnnexIssue, formatAnnexIssue, parseAnnex } from '../../src/domain/parse-annex';
import { looseText } from '../../src/lib/text-match';
import { readRepoFile, SEED_NAME, seedText } from '../support/seed';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const annexA = readRepoFile('test/support/fixtures/annexes/annex-a-crlf-bom.txt');
const annexB = readRepoFile('test/support/fixtures/annexes/annex-b-lf-nbsp.txt');

const HEADER = 'Objectifs stratégiques\tObjectifs opérationnels';

/** Parses and fails the test with the parser's own messages when the annex is rejected. */
const parseOk = (text: string, source = 'annexe.txt') => {
  const result = parseAnnex(text, source);
  if (!result.ok) {
    throw new Error(
      `annexe rejetée :\n${result.issues.map((issue) => formatAnnexIssue(source, issue)).join('\n')}`,
    );
  }
  return result.tree;
};

/** Parses an annex that must be rejected and returns its issues. */
const parseIssues = (text: string, source = 'annexe.txt'): AnnexIssue[] => {
  const result = parseAnnex(text, source);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('annexe acceptée alors qu’elle devait être rejetée');
  expect(result.issues.length).toBeGreaterThan(0);
  return result.issues;
};

/** Every node of the tree, in document (pre-)order. */
const flatten = (nodes: ObjectiveNode[]): ObjectiveNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children)]);

const ofKind = (nodes: ObjectiveNode[], kind: NodeKind) =>
  flatten(nodes).filter((node) => node.kind === kind);

const countKinds = (nodes: ObjectiveNode[]) => {
  const counts: Record<NodeKind, number> = {
    'transversal-group': 0,
    axis: 0,
    pillar: 0,
    theme: 0,
    orientation: 0,
    strategic: 0,
    operational: 0,
  };
  for (const node of flatten(nodes)) counts[node.kind] += 1;
  return counts;
};

/** The chain of nodes from a root down to the first node matching `match`, or undefined. */
const pathTo = (
  nodes: ObjectiveNode[],
  match: (node: ObjectiveNode) => boolean,
): ObjectiveNode[] | undefined => {
  for (const node of nodes) {
    if (match(node)) return [node];
    const below = pathTo(node.children, match);
    if (below) return [node, ...below];
  }
  return undefined;
};

const pathToLabel = (nodes: ObjectiveNode[], label: string) => {
  const path = pathTo(nodes, (node) => node.label === label);
  if (!path) throw new Error(`« ${label} » introuvable dans l’arbre`);
  return path;
};

const byCode = (nodes: ObjectiveNode[], code: string) => {
  const node = flatten(nodes).find((candidate) => candidate.code === code);
  if (!node) throw new Error(`code ${code} introuvable dans l’arbre`);
  return node;
};

const codeToLabel = (nodes: ObjectiveNode[]) =>
  new Map(flatten(nodes).map((node) => [node.code, node.label]));

/** The nodes under the transversal group (itself included) versus everything else. */
const splitByGroup = (nodes: ObjectiveNode[]) => {
  const groups = nodes.filter((node) => node.kind === 'transversal-group');
  const inGroup = new Set(flatten(groups));
  return { inGroup, outside: flatten(nodes).filter((node) => !inGroup.has(node)) };
};

/** Shared structural checks every successfully parsed tree must pass. */
const expectSoundTree = (nodes: ObjectiveNode[]) => {
  const all = flatten(nodes);
  const codes = all.map((node) => node.code);
  expect(new Set(codes).size).toBe(codes.length);

  const { inGroup, outside } = splitByGroup(nodes);
  for (const node of inGroup) expect(node.transversal, `${node.code} devrait être transversal`).toBe(true);
  for (const node of outside)
    expect(node.transversal, `${node.code} ne devrait pas être transversal`).toBe(false);

  for (const node of all) {
    if (node.kind === 'operational') expect(node.children).toEqual([]);
    if (node.kind === 'strategic') {
      expect(node.children.length).toBeGreaterThan(0);
      expect(node.children.every((child) => child.kind === 'operational')).toBe(true);
    }
    // Labels and goals are trimmed and use ordinary single spaces only.
    expect(node.label).toBe(node.label.trim());
    expect(node.label).not.toMatch(/[\u00a0\u202f\ufeff\t\r\n]| {2}/u);
    expect(node.label).not.toMatch(/:$/);
    if (node.goal !== undefined) {
      expect(node.goal).toBe(node.goal.trim());
      expect(node.goal).not.toMatch(/[\u00a0\u202f\ufeff\t\r\n]| {2}/u);
    }
  }
};

// ---------------------------------------------------------------------------------------------
// The seed: the real Grand Cahors annex
// ---------------------------------------------------------------------------------------------

describe('parseAnnex — annexe réelle du Grand Cahors (seed)', () => {
  const tree = parseOk(seedText, SEED_NAME);
  const { nodes } = tree;

  /** The seed's table read independently of the parser: split lines on tabs, after the header row. */
  const seedBody = (() => {
    const lines = seedText.split(/\r\n|\r|\n/).map((line) => line.split('\t').map((cell) => cell.trim()));
    const headerAt = lines.findIndex((cells) => cells[0] === 'Objectifs stratégiques');
    expect(headerAt).toBeGreaterThan(0);
    return lines.slice(headerAt + 1);
  })();

  it('keeps the source name and the title line', () => {
    expect(tree.version).toBe(1);
    expect(tree.source).toBe(SEED_NAME);
    expect(tree.title).toBe(
      'Annexe – Tableau des objectifs stratégiques et opérationnels du contrat de ville',
    );
  });

  it('finds the expected number of nodes of each kind', () => {
    expect(countKinds(nodes)).toEqual({
      'transversal-group': 1,
      axis: 2,
      pillar: 4,
      theme: 5,
      orientation: 2,
      strategic: 16,
      operational: 50,
    });
  });

  it('puts the transversal group first, with its two axes and their goals', () => {
    const [group] = nodes;
    expect(group?.kind).toBe('transversal-group');
    expect(group?.code).toBe('T');
    expect(group?.label).toBe('AXES TRANSVERSAUX');
    expect(group?.children.map((axis) => [axis.kind, axis.code, axis.label, axis.goal])).toEqual([
      ['axis', 'T1', 'LA JEUNESSE', "Renforcer l'engagement des jeunes et favoriser leur insertion"],
      ['axis', 'T2', "LA LUTTE CONTRE LES DISCRIMINATIONS ET L'EGALITE HOMMES-FEMMES", undefined],
    ]);
    expect(group?.children[1]).not.toHaveProperty('goal');
  });

  it('reads the four pillars with their exact labels, trailing colon removed', () => {
    const pillars = nodes.filter((node) => node.kind === 'pillar');
    expect(pillars.map((pillar) => [pillar.code, pillar.label])).toEqual([
      ['P1', 'PILIER PARTICIPATION DES HABITANTS, ET EXERCICE DE LA CITOYENNETE'],
      ['P2', 'PILIER COHESION SOCIALE'],
      ['P3', 'PILIER CADRE DE VIE ET RENOUVELLEMENT URBAIN'],
      ['P4', 'PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE'],
    ]);
    // "PILIER EMPLOI ET DEVELOPPEMENT ECONOMIQUE :" has nothing after its colon: no goal.
    for (const pillar of pillars) expect(pillar).not.toHaveProperty('goal');
    expect(ofKind(nodes, 'axis').every((axis) => nodes[0]?.children.includes(axis))).toBe(true);
  });

  it('places the five themes under their pillars, with their goals when the annex gives one', () => {
    const themes = ofKind(nodes, 'theme').map((theme) => {
      const path = pathToLabel(nodes, theme.label);
      return {
        pillar: path[0]?.code,
        parentKind: path[path.length - 2]?.kind,
        code: theme.code,
        label: theme.label,
        goal: theme.goal,
      };
    });
    expect(themes).toEqual([
      {
        pillar: 'P2',
        parentKind: 'pillar',
        code: 'P2.th1',
        label: 'LA REUSSITE EDUCATIVE',
        goal: 'créer les conditions de la réussite éducative',
      },
      {
        pillar: 'P2',
        parentKind: 'pillar',
        code: 'P2.th2',
        label: "L'ACCOMPAGNEMENT SOCIAL ET L'ACCES AUX LOISIRS",
        goal: 'Lutter contre le repli sur soi et favoriser le vivre ensemble',
      },
      {
        pillar: 'P2',
        parentKind: 'pillar',
        code: 'P2.th3',
        label: 'LA SANTE',
        goal: 'Réduire les inégalités sociales et territoriales de santé',
      },
      {
        pillar: 'P3',
        parentKind: 'pillar',
        code: 'P3.th1',
        label: "L'HABITAT ET LE CADRE DE VIE",
        goal: undefined,
      },
      {
        pillar: 'P3',
        parentKind: 'pillar',
        code: 'P3.th2',
        label: 'LA SECURITE ET LA PREVENTION DE LA DELINQUANCE',
        goal: undefined,
      },
    ]);
  });

  it('reads the two orientations: one inside a theme, one directly under a pillar', () => {
    const orientations = ofKind(nodes, 'orientation');
    expect(orientations.map((node) => [node.code, node.label])).toEqual([
      ['P3.or1', "Renforcer l'attractivité des quartiers d'habitat social anciens"],
      ['P4.or1', "Impulser une dynamique économique et de l'emploi"],
    ]);
    expect(pathToLabel(nodes, orientations[0]?.label ?? '').map((node) => node.code)).toEqual([
      'P3',
      'P3.th1',
      'P3.or1',
    ]);
    expect(pathToLabel(nodes, orientations[1]?.label ?? '').map((node) => node.code)).toEqual([
      'P4',
      'P4.or1',
    ]);
    expect(orientations[0]?.children.map((node) => node.label)).toEqual([
      "Requalifier les cités anciennes d'habitat social",
      'Améliorer les conditions de vie quotidienne des habitants',
      'Favoriser la mixité sociale et la mobilité résidentielle',
    ]);
    expect(orientations[1]?.children.map((node) => node.code)).toEqual(['P4.1', 'P4.2']);
  });

  it('gives every strategic objective the label of its cell in the annex, in order', () => {
    const expected = seedBody.filter((cells) => cells[0] && cells[1]).map((cells) => cells[0]);
    expect(expected).toHaveLength(16);
    expect(ofKind(nodes, 'strategic').map((node) => node.label)).toEqual(expected);
  });

  it('gives every operational objective the label of its cell in the annex, in order', () => {
    const expected = seedBody.filter((cells) => cells[1]).map((cells) => cells[1]);
    expect(expected).toHaveLength(50);
    expect(ofKind(nodes, 'operational').map((node) => node.label)).toEqual(expected);
  });

  it('hangs each operational objective under the strategic objective whose row it continues', () => {
    // Independent reading: group second cells under the last non-empty first cell that had a second cell.
    const expected: [string, string[]][] = [];
    for (const cells of seedBody) {
      if (!cells[1]) continue;
      if (cells[0]) expected.push([cells[0], [cells[1]]]);
      else expected[expected.length - 1]?.[1].push(cells[1]);
    }
    expect(
      ofKind(nodes, 'strategic').map((node): [string, string[]] => [
        node.label,
        node.children.map((child) => child.label),
      ]),
    ).toEqual(expected);
  });

  it('places hand-picked objectives where a reader of the annex expects them', () => {
    const clspd = pathToLabel(nodes, 'Renforcer le CLSPD');
    expect(clspd.map((node) => [node.kind, node.code, node.label])).toEqual([
      ['pillar', 'P3', 'PILIER CADRE DE VIE ET RENOUVELLEMENT URBAIN'],
      ['theme', 'P3.th2', 'LA SECURITE ET LA PREVENTION DE LA DELINQUANCE'],
      ['strategic', 'P3.4', 'Favoriser la tranquillité publique et la sécurité'],
      ['operational', 'P3.4.1', 'Renforcer le CLSPD'],
    ]);

    // Strategic numbering runs through the themes of a pillar: the third one of P2 sits in its second theme.
    expect(
      pathToLabel(nodes, "Renforcer le lien social et l'égalité d'accès aux loisirs").map((n) => n.code),
    ).toEqual(['P2', 'P2.th2', 'P2.3']);
    expect(byCode(nodes, 'P2.3.1').label).toBe('Créer les conditions collectives du vivre ensemble');
    expect(byCode(nodes, 'P2.3').children).toHaveLength(5);

    expect(pathToLabel(nodes, "Soutenir l'implication des jeunes").map((n) => n.code)).toEqual([
      'T',
      'T1',
      'T1.1',
    ]);
    expect(byCode(nodes, 'T1.2.1').label).toBe(
      "Renforcer les dispositifs d'accompagnement ou de retour à la scolarité en direction des jeunes les plus en difficulté",
    );
    expect(byCode(nodes, 'T2.1.3').label).toBe("Eduquer au respect dans les relations à l'autre");
    expect(byCode(nodes, 'P1.1').children).toHaveLength(4);
    expect(byCode(nodes, 'P2.2.3').label).toBe('Prévenir le décrochage et accompagner le « raccrochage »');
    expect(byCode(nodes, 'P3.1.1').label).toBe(
      "Promouvoir la requalification des logements sociaux en intégrant l'objectif de performance énergétique et de bas niveau de quittance.",
    );
    expect(byCode(nodes, 'P4.2.4').label).toMatch(/^Œuvrer pour l'égalité hommes\/femmes/);
    // The last row of the file has no line break after it and is still read.
    expect(byCode(nodes, 'P4.2.5').label).toBe(
      'Engager une dynamique partenariale en matière de formation professionnelle',
    );
  });

  it('numbers operational objectives 1..n within each strategic objective', () => {
    for (const strategic of ofKind(nodes, 'strategic')) {
      expect(strategic.children.map((child) => child.code)).toEqual(
        strategic.children.map((_, index) => `${strategic.code}.${index + 1}`),
      );
    }
  });

  it('gives unique codes, marks exactly the transversal branch, keeps operational objectives as leaves', () => {
    expectSoundTree(nodes);
    expect(flatten(nodes).filter((node) => node.transversal)).toHaveLength(1 + 2 + 3 + 7);
  });

  it('produces a tree that objectiveTreeSchema accepts', () => {
    const checked = objectiveTreeSchema.safeParse(tree);
    expect(checked.success, checked.error?.message).toBe(true);
  });

  it('is deterministic: parsing twice gives the same tree and the same codes', () => {
    const again = parseOk(seedText, SEED_NAME);
    expect(again).toEqual(tree);
    expect(JSON.stringify(again)).toBe(JSON.stringify(tree));
  });

  it('keeps every existing code when an objective is added at the end of a list', () => {
    const lines = seedText.split('\n');
    const at = lines.findIndex((line) =>
      line.startsWith('\tDéfinir une stratégie territoriale en matière de santé'),
    );
    expect(at).toBeGreaterThan(0);
    const edited = [...lines.slice(0, at + 1), '\tNouvel objectif ajouté', ...lines.slice(at + 1)].join('\n');
    const before = codeToLabel(nodes);
    const after = codeToLabel(parseOk(edited, SEED_NAME).nodes);
    for (const [code, label] of before) expect(after.get(code), code).toBe(label);
    expect(after.get('P2.5.3')).toBe('Nouvel objectif ajouté');
    expect(after.size).toBe(before.size + 1);
  });

  it('keeps the codes of the other pillars and axes when a strategic objective is added to one pillar', () => {
    const lines = seedText.split('\n');
    const at = lines.findIndex((line) => line.startsWith('PILIER COHESION SOCIALE'));
    const edited = [
      ...lines.slice(0, at),
      'Un nouvel objectif\tUne nouvelle action',
      ...lines.slice(at),
    ].join('\n');
    const before = codeToLabel(nodes);
    const after = codeToLabel(parseOk(edited, SEED_NAME).nodes);
    for (const [code, label] of before) expect(after.get(code), code).toBe(label);
    expect(after.get('P1.2')).toBe('Un nouvel objectif');
    expect(after.get('P1.2.1')).toBe('Une nouvelle action');
  });

  it('reads the same tree whatever the line endings', () => {
    const lf = seedText.replace(/\r\n|\r/g, '\n');
    expect(parseOk(lf.replace(/\n/g, '\r\n'), SEED_NAME)).toEqual(tree);
    expect(parseOk(lf.replace(/\n/g, '\r'), SEED_NAME)).toEqual(tree);
    expect(parseOk(`\ufeff${lf}`, SEED_NAME)).toEqual(tree);
  });
});

// ---------------------------------------------------------------------------------------------
// Annex A: "PRIORITES TRANSVERSALES", no themes, CRLF + BOM, blank lines, trailing tabs/spaces
// ---------------------------------------------------------------------------------------------

describe('parseAnnex — annexe A (CRLF, BOM, lignes vides, sans thématiques)', () => {
  it('is really written with a BOM, CRLF line endings, blank lines and trailing tabs', () => {
    expect(annexA.startsWith('\ufeff')).toBe(true);
    expect(annexA).toContain('\r\n');
    expect(annexA.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(annexA).toMatch(/\r\n\r\n\r\n\tAccompagner/);
    expect(annexA.endsWith('\r\n\r\n')).toBe(true);
    expect(annexA).toMatch(/ \t\r\n/);
  });

  const tree = parseOk(annexA, 'annex-a-crlf-bom.txt');
  const { nodes } = tree;

  it('joins the title lines and drops the BOM', () => {
    expect(tree.title).toBe(
      "Contrat de ville 2024-2030 – Agglomération du Val d'Ambre Annexe 2 : tableau des objectifs",
    );
  });

  it('counts each kind exactly, with no theme at all', () => {
    expect(countKinds(nodes)).toEqual({
      'transversal-group': 1,
      axis: 3,
      pillar: 4,
      theme: 0,
      orientation: 0,
      strategic: 9,
      operational: 15,
    });
  });

  it('recognises "PRIORITES TRANSVERSALES" as the transversal group and reads its axes', () => {
    const [group] = nodes;
    expect(group?.kind).toBe('transversal-group');
    expect(group?.code).toBe('T');
    expect(group?.label).toBe('PRIORITES TRANSVERSALES');
    expect(group?.children.map((axis) => [axis.code, axis.label, axis.goal])).toEqual([
      ['T1', 'LA JEUNESSE', 'Permettre à chaque jeune de trouver sa place'],
      ['T2', "L'EGALITE FEMMES-HOMMES", undefined],
      ['T3', 'LE NUMERIQUE', 'Réduire la fracture numérique'],
    ]);
  });

  it('numbers the pillars in the order of the annex, whatever their names', () => {
    expect(
      nodes.filter((node) => node.kind === 'pillar').map((node) => [node.code, node.label, node.goal]),
    ).toEqual([
      ['P1', 'PILIER EMPLOI', undefined],
      ['P2', 'PILIER CADRE DE VIE', 'Améliorer le quotidien des habitants'],
      ['P3', 'PILIER COHESION SOCIALE', undefined],
      ['P4', 'PILIER MOBILITE ET TRANSPORTS', undefined],
    ]);
    // Without themes, strategic objectives hang directly from their pillar.
    for (const pillar of nodes.filter((node) => node.kind === 'pillar')) {
      expect(pillar.children.every((child) => child.kind === 'strategic')).toBe(true);
    }
  });

  it('keeps continuation rows with their strategic objective across blank lines', () => {
    expect(byCode(nodes, 'T1.1').children.map((node) => [node.code, node.label])).toEqual([
      ['T1.1.1', "Développer l'accès au permis de conduire"],
      ['T1.1.2', 'Soutenir les initiatives des jeunes'],
    ]);
    expect(byCode(nodes, 'P1.1').children.map((node) => [node.code, node.label])).toEqual([
      ['P1.1.1', "Renforcer la présence du service public de l'emploi"],
      ['P1.1.2', "Développer les clauses d'insertion"],
      ['P1.1.3', "Accompagner la création d'entreprise"],
    ]);
    expect(byCode(nodes, 'P1.2').label).toBe("Lever les freins à l'emploi");
  });

  it('trims trailing spaces and ignores trailing tabs', () => {
    expect(byCode(nodes, 'T2.1').label).toBe('Lutter contre les stéréotypes');
    expect(byCode(nodes, 'T2.1.1').label).toBe("Sensibiliser les élèves dès l'école primaire");
    expect(byCode(nodes, 'P2.1.2').label).toBe('Améliorer la gestion urbaine de proximité');
    expect(byCode(nodes, 'P4.1.1').label).toBe('Créer une ligne de bus directe vers le centre-ville');
  });

  it('marks only the transversal branch as transversal and passes the schema', () => {
    expectSoundTree(nodes);
    expect(
      ofKind(nodes, 'operational')
        .filter((node) => node.transversal)
        .map((node) => node.code),
    ).toEqual(['T1.1.1', 'T1.1.2', 'T2.1.1', 'T2.1.2', 'T3.1.1']);
    const checked = objectiveTreeSchema.safeParse(tree);
    expect(checked.success, checked.error?.message).toBe(true);
  });

  it('reads the same tree once the BOM is removed and the line endings are LF', () => {
    const plain = annexA.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
    expect(parseOk(plain, 'annex-a-crlf-bom.txt')).toEqual(tree);
  });

  it('is deterministic', () => {
    expect(parseOk(annexA, 'annex-a-crlf-bom.txt')).toEqual(tree);
  });
});

// ---------------------------------------------------------------------------------------------
// Annex B: LF, no-break spaces, transversal group after the pillars, orientation under a pillar
// ---------------------------------------------------------------------------------------------

describe('parseAnnex — annexe B (LF, espaces insécables, axes transversaux en fin de tableau)', () => {
  it('is really written with LF endings and no-break spaces', () => {
    expect(annexB).not.toContain('\r');
    expect(annexB).toContain('LA SANTE\u00a0: ');
    expect(annexB).toContain('\u202f');
    expect(annexB.startsWith('\ufeff')).toBe(false);
  });

  const tree = parseOk(annexB, 'annex-b-lf-nbsp.txt');
  const { nodes } = tree;

  it('counts each kind exactly', () => {
    expect(countKinds(nodes)).toEqual({
      'transversal-group': 1,
      axis: 2,
      pillar: 3,
      theme: 3,
      orientation: 1,
      strategic: 8,
      operational: 12,
    });
  });

  it('keeps the order of the annex: pillars first, then the transversal group', () => {
    expect(nodes.map((node) => [node.kind, node.code])).toEqual([
      ['pillar', 'P1'],
      ['pillar', 'P2'],
      ['pillar', 'P3'],
      ['transversal-group', 'T'],
    ]);
    expect(nodes[3]?.label).toBe('AXES TRANSVERSAUX');
    expect(nodes[3]?.children.map((axis) => [axis.code, axis.label, axis.goal])).toEqual([
      ['T1', 'LA JEUNESSE', "Favoriser l'autonomie des jeunes"],
      ['T2', "L'EGALITE ENTRE LES FEMMES ET LES HOMMES", undefined],
    ]);
    expect(byCode(nodes, 'T1.1').label).toBe("Accompagner l'insertion des jeunes");
    expect(byCode(nodes, 'T2.1.1').label).toBe('Sensibiliser les acteurs locaux');
  });

  it('splits a pillar heading from its goal, even with a no-break space before the colon', () => {
    expect(nodes.slice(0, 3).map((node) => [node.label, node.goal])).toEqual([
      ['PILIER COHESION SOCIALE', 'Renforcer les solidarités'],
      ['PILIER EMPLOI', "Favoriser l'accès à l'emploi des habitants"],
      ['PILIER CADRE DE VIE ET RENOUVELLEMENT URBAIN', undefined],
    ]);
  });

  it('reads themes with and without a goal', () => {
    expect(ofKind(nodes, 'theme').map((node) => [node.code, node.label, node.goal])).toEqual([
      ['P1.th1', 'LA SANTE', 'Réduire les inégalités de santé'],
      ['P1.th2', "L'EDUCATION", undefined],
      ['P1.th3', 'LA CULTURE', undefined],
    ]);
    expect(byCode(nodes, 'P1.th2')).not.toHaveProperty('goal');
    expect(byCode(nodes, 'P1.th3')).not.toHaveProperty('goal');
    expect(byCode(nodes, 'P1.th3').children.map((node) => node.code)).toEqual(['P1.3']);
  });

  it('reads an orientation placed directly under a pillar', () => {
    const [orientation] = ofKind(nodes, 'orientation');
    expect(orientation?.code).toBe('P2.or1');
    expect(orientation?.label).toBe("Développer l'économie locale");
    expect(byCode(nodes, 'P2').children).toEqual([orientation]);
    expect(orientation?.children.map((node) => [node.code, node.label])).toEqual([
      ['P2.1', 'Soutenir le commerce de proximité'],
      ['P2.2', "Accompagner les demandeurs d'emploi"],
    ]);
  });

  it('folds no-break spaces to ordinary spaces and trims them at the end of a cell', () => {
    expect(byCode(nodes, 'P2.1.1').label).toBe('Réhabiliter le centre commercial des Mouettes');
    expect(byCode(nodes, 'P2.1.2').label).toBe('Accompagner les commerçants');
    expect(byCode(nodes, 'P2.2.1').label).toBe("Organiser un forum de l'emploi annuel");
    expect(byCode(nodes, 'T1.1.2').label).toBe('Renforcer le repérage des jeunes « invisibles »');
  });

  it('lists every operational objective in order with its code', () => {
    expect(ofKind(nodes, 'operational').map((node) => node.code)).toEqual([
      'P1.1.1',
      'P1.1.2',
      'P1.2.1',
      'P1.3.1',
      'P2.1.1',
      'P2.1.2',
      'P2.2.1',
      'P3.1.1',
      'P3.1.2',
      'T1.1.1',
      'T1.1.2',
      'T2.1.1',
    ]);
  });

  it('marks only the transversal branch as transversal and passes the schema', () => {
    expectSoundTree(nodes);
    const checked = objectiveTreeSchema.safeParse(tree);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(tree.title).toBe('Contrat de ville de Port-Lévrier — annexe des objectifs');
  });

  it('is deterministic', () => {
    expect(parseOk(annexB, 'annex-b-lf-nbsp.txt')).toEqual(tree);
  });
});

// ---------------------------------------------------------------------------------------------
// Small inline annexes: line endings
// ---------------------------------------------------------------------------------------------

describe('parseAnnex — fins de ligne', () => {
  const rows = [
    'Annexe du contrat',
    HEADER,
    'PILIER EMPLOI\t',
    'Agir pour l’emploi\tOuvrir un point emploi',
    '\tAccompagner les jeunes',
    'AXES TRANSVERSAUX\t',
    'LA JEUNESSE : Soutenir les jeunes\t',
    'Former\tFormer les animateurs',
  ];

  it('reads an annex with CR-only line endings (old Mac exports)', () => {
    const tree = parseOk(rows.join('\r'));
    expect(tree.title).toBe('Annexe du contrat');
    expect(countKinds(tree.nodes)).toMatchObject({ pillar: 1, axis: 1, strategic: 2, operational: 3 });
    expect(byCode(tree.nodes, 'P1.1.2').label).toBe('Accompagner les jeunes');
    expect(byCode(tree.nodes, 'T1').goal).toBe('Soutenir les jeunes');
    expect(byCode(tree.nodes, 'T1.1.1').label).toBe('Former les animateurs');
  });

  it('gives the same tree for CR, LF and CRLF endings, with or without a final line break', () => {
    const reference = parseOk(rows.join('\n'));
    expect(parseOk(rows.join('\r'))).toEqual(reference);
    expect(parseOk(`${rows.join('\r')}\r`)).toEqual(reference);
    expect(parseOk(rows.join('\r\n'))).toEqual(reference);
    expect(parseOk(`\ufeff${rows.join('\r\n')}\r\n\r\n`)).toEqual(reference);
  });

  it('counts lines correctly with CR-only endings when reporting a problem', () => {
    const text = ['Titre', HEADER, 'PILIER EMPLOI\t', 'Agir\tFaire', '', 'Agir\tFaire\tEncore'].join('\r');
    const issues = parseIssues(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 6, text: 'Agir → Faire → Encore' });
  });

  it('counts lines correctly with CRLF endings, a BOM and blank lines when reporting a problem', () => {
    const text = `\ufeff${['', 'Titre', '', HEADER, '', 'PILIER EMPLOI\t', '\tOrphelin', 'Agir\tFaire'].join('\r\n')}\r\n`;
    const issues = parseIssues(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 7, text: '→ Orphelin' });
  });

  it('recognises the header row whatever its case and accents', () => {
    const tree = parseOk(
      ['OBJECTIFS STRATEGIQUES\tOBJECTIFS OPERATIONNELS', 'PILIER EMPLOI', 'Agir\tFaire'].join('\n'),
    );
    expect(tree).not.toHaveProperty('title');
    expect(byCode(tree.nodes, 'P1.1.1').label).toBe('Faire');
    const singular = parseOk(
      ['Objectif stratégique\tObjectif opérationnel', 'PILIER EMPLOI', 'Agir\tFaire'].join('\n'),
    );
    expect(singular.nodes).toEqual(tree.nodes);
  });
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Builds an annex: a title, the header row, then the given rows (line numbers start at 3). */
const annex = (...body: string[]) => ['Annexe de test', HEADER, ...body].join('\n');

describe('parseAnnex — erreurs', () => {
  it('rejects an operational objective (continuation row) before any strategic objective', () => {
    const issues = parseIssues(annex('PILIER EMPLOI\t', '\tOuvrir un point emploi', 'Agir\tFaire'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(4);
    expect(issues[0]?.text).toContain('Ouvrir un point emploi');
    expect(issues[0]?.message).toMatch(/objectif opérationnel avant tout objectif stratégique/);
  });

  it('rejects a continuation row right after a new pillar, even when an earlier pillar had objectives', () => {
    const issues = parseIssues(
      annex('PILIER EMPLOI\t', 'Agir\tFaire', 'PILIER SANTE\t', '\tOrphelin', 'Soigner\tSoin'),
    );
    expect(issues.map((issue) => [issue.line, issue.text])).toEqual([[6, '→ Orphelin']]);
  });

  it('rejects a row with more than two columns', () => {
    const issues = parseIssues(annex('PILIER EMPLOI\t', 'Agir\tFaire', 'a\tb\tc'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 5, text: 'a → b → c' });
    expect(issues[0]?.message).toMatch(/3 colonnes/);
    expect(issues[0]?.message).toMatch(/2/);
  });

  it('does not count trailing empty cells as a third column', () => {
    const tree = parseOk(annex('PILIER EMPLOI\t\t\t', 'Agir\tFaire\t \t', '\tEncore\t'));
    expect(byCode(tree.nodes, 'P1.1').children.map((node) => node.label)).toEqual(['Faire', 'Encore']);
  });

  it('rejects an empty file', () => {
    const issues = parseIssues('', 'vide.txt');
    expect(issues).toEqual([{ line: 0, text: '', message: expect.stringMatching(/vide/) }]);
    expect(issues[0]?.message).toContain('vide.txt');
  });

  it('rejects a file made only of blank lines and white space', () => {
    for (const text of ['\n\n\n', '  \r\n\t\r\n \u00a0 \r\n', '\ufeff', '\t\t\n   ']) {
      const issues = parseIssues(text, 'blanc.txt');
      expect(issues).toEqual([{ line: 0, text: '', message: expect.stringMatching(/vide/) }]);
    }
  });

  it('rejects a file with a title and a header but no objectives', () => {
    const issues = parseIssues(annex(), 'sans-objectif.txt');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(0);
    expect(issues[0]?.message).toMatch(/aucun objectif/);
    expect(issues[0]?.message).toContain('sans-objectif.txt');
  });

  it('rejects a pillar heading with nothing under it, naming its line', () => {
    const issues = parseIssues(annex('PILIER EMPLOI\t', ''), 'pilier-vide.txt');
    const pillarIssue = issues.find((issue) => issue.line === 3);
    expect(pillarIssue?.text).toContain('PILIER EMPLOI');
    expect(pillarIssue?.message).toMatch(/« PILIER EMPLOI » ne contient aucun objectif/);
    // And the file as a whole has no objective.
    expect(issues.some((issue) => issue.line === 0 && /aucun objectif/.test(issue.message))).toBe(true);
  });

  it('rejects an empty pillar, theme or orientation among full ones', () => {
    const issues = parseIssues(
      annex(
        'PILIER EMPLOI\t',
        'Agir\tFaire',
        'PILIER VIDE\t',
        'PILIER SANTE\t',
        'LA PREVENTION\t',
        'LES SOINS\t',
        'Soigner\tSoin',
        'Une orientation sans objectif\t',
      ),
    );
    expect(issues.map((issue) => [issue.line, issue.text])).toEqual([
      [5, 'PILIER VIDE →'],
      [7, 'LA PREVENTION →'],
      [10, 'Une orientation sans objectif →'],
    ]);
    for (const issue of issues) expect(issue.message).toMatch(/ne contient aucun objectif stratégique/);
  });

  it('rejects a file without the header row', () => {
    const issues = parseIssues(['Annexe', 'PILIER EMPLOI\t', 'Agir\tFaire'].join('\n'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(0);
    expect(issues[0]?.message).toMatch(/en-tête/);
    expect(issues[0]?.message).toContain('Objectifs stratégiques');
  });

  it('rejects a strategic objective before any pillar', () => {
    const issues = parseIssues(annex('Agir tôt\tFaire vite', 'PILIER EMPLOI\t', 'Agir\tFaire'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, text: 'Agir tôt → Faire vite' });
    expect(issues[0]?.message).toMatch(/objectif stratégique avant tout pilier/);
  });

  it('rejects a capitals heading that is neither a pillar nor transversal before any pillar or group', () => {
    const issues = parseIssues(
      annex('LA SANTE : Réduire les inégalités\t', 'PILIER EMPLOI\t', 'Agir\tFaire'),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(3);
    expect(issues[0]?.text).toContain('LA SANTE : Réduire les inégalités');
    expect(issues[0]?.message).toMatch(/capitales avant tout pilier/);
  });

  it('rejects a strategic objective directly under the transversal group, with no axis', () => {
    const issues = parseIssues(
      annex('AXES TRANSVERSAUX\t', 'Agir\tFaire', 'LA JEUNESSE\t', 'Former\tFormer'),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 4, text: 'Agir → Faire' });
    expect(issues[0]?.message).toMatch(/sans axe/);
  });

  it('rejects a capitals heading with a value in the second column', () => {
    const issues = parseIssues(annex('PILIER EMPLOI\t', 'Agir\tFaire', 'LA SANTE\tSoigner'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 5, text: 'LA SANTE → Soigner' });
    expect(issues[0]?.message).toMatch(/capitales.*ne peut pas porter d’objectif opérationnel/);
  });

  it('rejects a second transversal group right after the first one', () => {
    const issues = parseIssues(
      annex(
        'AXES TRANSVERSAUX\t',
        'PRIORITES TRANSVERSALES\t',
        'LA JEUNESSE\t',
        'Agir\tFaire',
        'PILIER EMPLOI\t',
        'Agir\tFaire',
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 4, text: 'PRIORITES TRANSVERSALES →' });
    expect(issues[0]?.message).toMatch(/second groupe d’axes transversaux/);
  });

  it('rejects a second transversal group placed after a pillar (it would repeat the code T)', () => {
    const issues = parseIssues(
      annex(
        'AXES TRANSVERSAUX\t',
        'LA JEUNESSE\t',
        'Agir\tFaire',
        'PILIER EMPLOI\t',
        'Agir\tFaire',
        'AXES TRANSVERSAUX\t',
        "L'EGALITE\t",
        'Promouvoir\tSensibiliser',
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 8, text: 'AXES TRANSVERSAUX →' });
    expect(issues[0]?.message).toMatch(/second groupe d’axes transversaux/);
  });

  it('rejects several columns on a line before the header, and a header with three columns', () => {
    const issues = parseIssues(
      ['Titre\tSous-titre', `${HEADER}\tCommentaires`, 'PILIER EMPLOI\t', 'Agir\tFaire'].join('\n'),
    );
    expect(issues.map((issue) => [issue.line, issue.text])).toEqual([
      [1, 'Titre → Sous-titre'],
      [2, 'Objectifs stratégiques → Objectifs opérationnels → Commentaires'],
    ]);
    expect(issues[1]?.message).toMatch(/3 colonnes/);
  });

  it('reports every problem of a file, not only the first, sorted by line', () => {
    const issues = parseIssues(
      annex(
        'Agir trop tôt\tFaire', // 3: strategic before any pillar
        'PILIER EMPLOI\t', // 4
        'Agir\tFaire', // 5
        'x\ty\tz', // 6: three columns
        'LA SANTE\tSoigner', // 7: capitals heading with a second column
        'PILIER VIDE\t', // 8: empty pillar
        'AXES TRANSVERSAUX\t', // 9
        'Sans axe\tFaire', // 10: no axis
        'LA JEUNESSE\t', // 11
        'Former\tFormer', // 12
      ),
    );
    expect(issues.map((issue) => issue.line)).toEqual([3, 6, 7, 8, 10]);
    expect(issues.map((issue) => issue.text)).toEqual([
      'Agir trop tôt → Faire',
      'x → y → z',
      'LA SANTE → Soigner',
      'PILIER VIDE →',
      'Sans axe → Faire',
    ]);
    const lines = issues.map((issue) => issue.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('sorts issues by line even when found in a different order', () => {
    // The empty pillar (line 3) is only noticed at the end, after the three-column row of line 6.
    const issues = parseIssues(annex('PILIER VIDE\t', 'PILIER EMPLOI\t', 'Agir\tFaire', 'a\tb\tc'));
    expect(issues.map((issue) => issue.line)).toEqual([3, 6]);
  });
});

// ---------------------------------------------------------------------------------------------
// formatAnnexIssue and looseText
// ---------------------------------------------------------------------------------------------

describe('formatAnnexIssue', () => {
  it('names the file, the line and quotes the text of a line problem', () => {
    const source = 'annexe-cahors.txt';
    const [issue] = parseIssues(annex('PILIER EMPLOI\t', '\tOrphelin', 'Agir\tFaire'), source);
    if (!issue) throw new Error('aucune erreur');
    const message = formatAnnexIssue(source, issue);
    expect(message).toContain(source);
    expect(message).toContain('ligne 4');
    expect(message).toContain('Orphelin');
    expect(message).toContain('objectif opérationnel avant tout objectif stratégique');
  });

  it('names the file and the problem, without a line number, for a whole-file problem', () => {
    const [issue] = parseIssues('', 'vide.txt');
    if (!issue) throw new Error('aucune erreur');
    const message = formatAnnexIssue('vide.txt', issue);
    expect(message).toContain('vide.txt');
    expect(message).toMatch(/vide/);
    expect(message).not.toMatch(/ligne/);
  });
});

describe('looseText', () => {
  it('ignores case, accents and punctuation', () => {
    expect(looseText('  Objectifs  Stratégiques : ')).toBe('objectifs strategiques');
    expect(looseText('COHÉSION SOCIALE')).toBe(looseText('cohesion sociale'));
    expect(looseText("L'ÉGALITÉ\u00a0femmes–hommes")).toBe('l egalite femmes hommes');
  });
});
