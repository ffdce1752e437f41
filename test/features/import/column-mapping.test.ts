import { describe, expect, it } from 'vitest';
import {
  chosenEntries,
  headerSignature,
  mappingOf,
  parseMappingEntry,
  parseMappingFile,
  parseTarget,
} from '../../../src/features/import/column-mapping';
import {
  countKnownHeaders,
  type ImportField,
  matchHeaders,
  suggestColumn,
} from '../../../src/features/import/import-columns';

const funderNames = { 'Ville de Cahors': 'ville', 'Grand Cahors': 'agglomeration' } as const;

describe('parseMappingEntry: one --colonne', () => {
  it.each<[string, string, ImportField | 'ignore']>([
    ['QPV / Territoire=Quartier(s)', 'QPV / Territoire', 'territories'],
    ['N° dossier=Identifiant', 'N° dossier', 'id'],
    ['  N°   dossier = identifiant ', 'N° dossier', 'id'],
    ['QPV=quartiers', 'QPV', 'territories'],
    ['Montant demandé=Coût total', 'Montant demandé', 'totalCost'],
    ['Financeur 1=BOP 147', 'Financeur 1', 'funding.etat'],
    ['Observations=ignorer', 'Observations', 'ignore'],
    ['Observations=', 'Observations', 'ignore'],
    ['Ratio a=b=Avancement', 'Ratio a=b', 'progress'],
  ])('reads « %s »', (text, source, target) => {
    expect(parseMappingEntry(text)).toEqual({ ok: true, value: { source, target } });
  });

  it.each([
    ['QPV / Territoire', /attendu « titre dans le fichier=colonne du modèle »/],
    ['=Quartier(s)', /le titre de la colonne du fichier manque/],
    ['QPV=Quartie', /« Quartie » n’est pas une colonne du modèle\. Vouliez-vous dire « Quartier\(s\) » \?/],
    [
      'QPV=Truc',
      /« Truc » n’est pas une colonne du modèle\. Colonnes du modèle : Année, .*Historique d’avancement ; ou « ignorer »\./,
    ],
  ])('refuses « %s », saying why', (text, message) => {
    const parsed = parseMappingEntry(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseMappingFile', () => {
  it('reads a JSON object, null or « ignorer » for a column left out', () => {
    expect(
      parseMappingFile('{ "QPV / Territoire": "Quartier(s)", "Observations": null, "Note": "ignorer" }'),
    ).toEqual({
      entries: [
        { source: 'QPV / Territoire', target: 'territories' },
        { source: 'Observations', target: 'ignore' },
        { source: 'Note', target: 'ignore' },
      ],
      errors: [],
    });
  });

  it('reads lines of titre=colonne, skipping comments and empty lines, and reports each bad one', () => {
    expect(
      parseMappingFile(
        '\uFEFF# Programmation de la ville\nQPV / Territoire=Quartier(s)\n\nN° dossier=Identifiant\nX=Y\n',
      ),
    ).toEqual({
      entries: [
        { source: 'QPV / Territoire', target: 'territories' },
        { source: 'N° dossier', target: 'id' },
      ],
      errors: [expect.stringMatching(/^ligne 5 : « X=Y » : « Y » n’est pas une colonne du modèle/)],
    });
  });

  it('says when a JSON file cannot be read', () => {
    expect(parseMappingFile('{ "a": ').errors).toEqual([expect.stringMatching(/^JSON illisible/)]);
    expect(parseMappingFile('{ "a": 3 }').errors).toEqual([
      '« a » : attendu le nom d’une colonne du modèle (texte) ou null pour l’ignorer',
    ]);
  });
});

describe('suggestColumn: the template column an unknown title most likely is', () => {
  it.each<[string, string | null]>([
    ['QPV / Territoire', 'Quartier(s)'],
    ['N° dossier', 'Identifiant'],
    ['Quartie', 'Quartier(s)'],
    ['Financement État', 'État (BOP 147)'],
    ['Subvention Ville de Cahors', 'Ville'],
    ['Date', null],
    ['Observations', null],
  ])('« %s » → %s', (header, expected) => {
    expect(suggestColumn(header, new Set(), funderNames)?.header ?? null).toBe(expected);
  });

  it('does not suggest a column the file already has', () => {
    expect(suggestColumn('QPV / Territoire', new Set(['territories']))).toBeNull();
  });
});

describe('matchHeaders: partners and the user’s mapping', () => {
  const header = [
    'N° dossier',
    'Année',
    'QPV / Territoire',
    'Ville de Cahors',
    'GRAND CAHORS',
    'Observations',
  ];
  const row = ['2024-001', 2024, 'Terre-Rouge', 1000, 500, 'à revoir'];

  it('reads partner-named columns as their funder, saying so, and suggests the others', () => {
    const match = matchHeaders(header, [row], { funderNames });
    expect(match.byField.get('funding.ville')).toMatchObject({ index: 3, source: 'partner' });
    expect(match.byField.get('funding.agglomeration')).toMatchObject({ index: 4, source: 'partner' });
    expect(match.readings.map((reading) => [reading.skipped, reading.suggestion?.header ?? null])).toEqual([
      ['unknown', 'Identifiant'],
      [null, null],
      ['unknown', 'Quartier(s)'],
      [null, null],
      [null, null],
      ['unknown', null],
    ]);
    expect(match.notices).toEqual([
      'Colonne A « N° dossier » ignorée : ce n’est pas une colonne du modèle. Vouliez-vous dire « Identifiant » ?',
      'Colonne C « QPV / Territoire » ignorée : ce n’est pas une colonne du modèle. Vouliez-vous dire « Quartier(s) » ?',
      'Colonne D « Ville de Cahors » lue comme « Ville » (partenaire du contrat).',
      'Colonne E « GRAND CAHORS » lue comme « Agglomération » (partenaire du contrat).',
      'Colonne F « Observations » ignorée : ce n’est pas une colonne du modèle.',
    ]);
  });

  it('does not read partner names without meta.json’s funderNames', () => {
    const match = matchHeaders(header, [row]);
    expect(match.byField.has('funding.ville')).toBe(false);
  });

  it('reads the columns the mapping names, ignores those it leaves out, and names an unused entry', () => {
    const mapping = mappingOf([
      { source: 'qpv/territoire', target: 'territories' },
      { source: 'N° dossier', target: 'id' },
      { source: 'Observations', target: 'ignore' },
      { source: 'Commentaire', target: 'ignore' },
    ]);
    const match = matchHeaders(header, [row], { funderNames, mapping });
    expect(match.byField.get('territories')).toMatchObject({ index: 2, source: 'mapping' });
    expect(match.byField.get('id')).toMatchObject({ index: 0, source: 'mapping' });
    expect(match.readings[5]).toMatchObject({ skipped: 'ignored', column: null });
    expect(match.notices).toEqual([
      'Colonne A « N° dossier » lue comme « Identifiant », comme choisi dans la correspondance des colonnes.',
      'Colonne C « QPV / Territoire » lue comme « Quartier(s) », comme choisi dans la correspondance des colonnes.',
      'Colonne D « Ville de Cahors » lue comme « Ville » (partenaire du contrat).',
      'Colonne E « GRAND CAHORS » lue comme « Agglomération » (partenaire du contrat).',
      'Colonne F « Observations » ignorée, comme choisi dans la correspondance des colonnes.',
      'Correspondance pour « Commentaire » non utilisée : ce fichier n’a pas de colonne de ce titre.',
    ]);
  });

  it('lets the mapping change what a template title is read as', () => {
    const match = matchHeaders(['Année', 'Budget'], [[2024, 100]], {
      mapping: mappingOf([{ source: 'Budget', target: 'funding.autres' }]),
    });
    expect(match.byField.get('funding.autres')?.index).toBe(1);
    expect(match.byField.has('totalCost')).toBe(false);
  });

  it('keeps a template title’s meaning when a partner has that name', () => {
    const match = matchHeaders(['Ville'], [[100]], { funderNames: { Ville: 'agglomeration' } });
    expect(match.byField.get('funding.ville')?.index).toBe(0);
    expect(match.byField.has('funding.agglomeration')).toBe(false);
  });

  it('counts partner names and mapped titles as known titles, to find the header row', () => {
    expect(countKnownHeaders(header)).toBe(1);
    expect(countKnownHeaders(header, { funderNames })).toBe(3);
    expect(
      countKnownHeaders(header, {
        funderNames,
        mapping: mappingOf([{ source: 'QPV / Territoire', target: 'territories' }]),
      }),
    ).toBe(4);
  });
});

describe('headerSignature', () => {
  it('is the same for the same titles written loosely, whatever the empty columns at the right', () => {
    expect(headerSignature(['N° dossier', 'QPV / Territoire', null, ''])).toBe(
      headerSignature(['n° DOSSIER', 'QPV/Territoire']),
    );
  });

  it('differs when a title or the order differs', () => {
    const signature = headerSignature(['N° dossier', 'QPV / Territoire']);
    expect(headerSignature(['QPV / Territoire', 'N° dossier'])).not.toBe(signature);
    expect(headerSignature(['N° dossier', 'Territoire'])).not.toBe(signature);
  });
});

describe('parseTarget', () => {
  it('reads a template column by its header or an alias, loosely', () => {
    expect(parseTarget('objectifs operationnels')).toEqual({ ok: true, value: 'objectives' });
    expect(parseTarget('Fonds propres')).toEqual({ ok: true, value: 'funding.porteur' });
  });
});

describe('chosenEntries: the choices of the mapping step worth keeping', () => {
  const { readings } = matchHeaders(
    ['Année', 'QPV / Territoire', 'Observations', 'Statut', 'Statut de l’action', 'Note', 'NOTE'],
    [[]],
  );

  it.each<[string, [number, ImportField | 'ignore'][], { source: string; target: string }[]]>([
    [
      'nothing for columns left as their titles read them',
      [
        [0, 'year'],
        [3, 'status'],
      ],
      [],
    ],
    [
      'an unknown title, whatever its target',
      [
        [1, 'territories'],
        [2, 'ignore'],
      ],
      [
        { source: 'QPV / Territoire', target: 'territories' },
        { source: 'Observations', target: 'ignore' },
      ],
    ],
    ['a template title set to something else', [[0, 'ignore']], [{ source: 'Année', target: 'ignore' }]],
    ['a second column for a field', [[4, 'ignore']], [{ source: 'Statut de l’action', target: 'ignore' }]],
    [
      'nothing for two columns of one title, which a title cannot tell apart',
      [
        [5, 'targetPublic'],
        [6, 'ignore'],
      ],
      [],
    ],
  ])('keeps %s', (_, targets, expected) => {
    expect(chosenEntries(readings, new Map(targets))).toEqual(expected);
  });
});
