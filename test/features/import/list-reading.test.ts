import { describe, expect, it } from 'vitest';
import type { ObjectiveNode } from '../../../src/domain/objective-tree';
import { readList } from '../../../src/features/import/list-reading';
import { objectiveResolver, territoryResolver } from '../../../src/features/import/reference-match';
import { mockObjectives, mockTerritories } from '../../../src/mocks/handlers';

const objectives = objectiveResolver(mockObjectives);
const territories = territoryResolver(mockTerritories);

/** The annex's label that holds the separator itself (issue 18). */
const WITH_SEMICOLON = 'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaires)';
const WITH_COMMAS =
  'Renforcer la prévention auprès des publics (jeunes, PA, publics précaires, femmes, tout public) des quartiers';

const values = (cell: string, resolver = objectives) => {
  const reading = readList(cell, resolver);
  if (!reading.ok) throw new Error(`refused: ${reading.issues.map((issue) => issue.message).join(' / ')}`);
  return reading.values.map((item) => item.value);
};

describe('readList: a label that holds the separator is one value', () => {
  it.each([
    ['the label alone', WITH_SEMICOLON, ['P2.6.3']],
    ['the label in capitals, without accents', WITH_SEMICOLON.toUpperCase().normalize('NFD'), ['P2.6.3']],
    ['the label, then a code', `${WITH_SEMICOLON} ; P3.4.1`, ['P2.6.3', 'P3.4.1']],
    ['a code, then the label', `P3.4.1 ; ${WITH_SEMICOLON}`, ['P3.4.1', 'P2.6.3']],
    ['the label between two codes', `P3.4.1 ; ${WITH_SEMICOLON} ; P3.2.3`, ['P3.4.1', 'P2.6.3', 'P3.2.3']],
    ['its code followed by the label', `P2.6.3 – ${WITH_SEMICOLON}`, ['P2.6.3']],
    [
      'the label wrapped on two lines of the cell',
      WITH_SEMICOLON.replace(' et aux soins', '\net aux soins'),
      ['P2.6.3'],
    ],
    ['the label and another on the next line', `${WITH_SEMICOLON}\nRenforcer le CLSPD`, ['P2.6.3', 'P3.4.1']],
    ['a label with commas, and another', `${WITH_COMMAS} ; Renforcer le CLSPD`, ['P2.6.2', 'P3.4.1']],
  ])('reads %s', (_, cell, expected) => {
    expect(values(cell)).toEqual(expected);
  });

  it.each([
    ['two codes', 'P3.4.1 ; P3.2.3', ['P3.4.1', 'P3.2.3']],
    ['two codes on two lines', 'P3.4.1\nP3.2.3', ['P3.4.1', 'P3.2.3']],
    ['a trailing separator', 'P3.4.1 ;', ['P3.4.1']],
    ['two territories', 'Terre-Rouge ; Sainte-Valérie', ['terre-rouge', 'sainte-valerie']],
  ])('reads %s as it always did', (_, cell, expected) => {
    expect(values(cell, cell.startsWith('P') ? objectives : territories)).toEqual(expected);
  });
});

describe('readList: commas, only when the cell cannot be read otherwise', () => {
  it.each([
    [
      'territories separated by commas',
      'Terre-Rouge, Croix-de-Fer',
      territories,
      ['terre-rouge', 'croix-de-fer'],
    ],
    ['codes separated by commas', 'P3.4.1, P3.2.3', objectives, ['P3.4.1', 'P3.2.3']],
    ['a label with commas is one value', WITH_COMMAS, objectives, ['P2.6.2']],
    [
      'a label with commas, then a code after a comma',
      `${WITH_COMMAS}, P3.4.1`,
      objectives,
      ['P2.6.2', 'P3.4.1'],
    ],
  ])('reads %s', (_, cell, resolver, expected) => {
    expect(values(cell, resolver)).toEqual(expected);
  });
});

/** A small tree in which one label is also two others joined by « ; »: a cell that reads two ways. */
const node = (kind: ObjectiveNode['kind'], code: string, label: string, children: ObjectiveNode[] = []) => ({
  kind,
  code,
  label,
  transversal: false,
  children,
});
const ambiguousTree = {
  nodes: [
    node('pillar', 'P1', 'Pilier', [
      node('strategic', 'P1.1', 'Accès', [
        node('operational', 'P1.1.1', 'Accès aux droits (jeunes ; publics précaires)'),
        node('operational', 'P1.1.2', 'Accès aux droits (jeunes'),
        node('operational', 'P1.1.3', 'publics précaires)'),
      ]),
    ]),
  ],
};

describe('readList: a cell that reads two ways', () => {
  it('is refused, naming both readings and how to write it', () => {
    const reading = readList(
      'Accès aux droits (jeunes ; publics précaires)',
      objectiveResolver(ambiguousTree),
    );
    expect(reading).toEqual({
      ok: false,
      issues: [
        {
          message:
            '« Accès aux droits (jeunes ; publics précaires) » peut se lire de deux façons : « Accès aux droits (jeunes (P1.1.2) » et « publics précaires) (P1.1.3) », ou « Accès aux droits (jeunes ; publics précaires) (P1.1.1) » ; écrivez plutôt les codes, séparés par « ; » (ex. « P2.6.3 ; P3.4.1 »)',
          value: 'Accès aux droits (jeunes ; publics précaires)',
          suggestion: null,
        },
      ],
    });
  });

  it('is read when codes say it', () => {
    expect(values('P1.1.2 ; P1.1.3', objectiveResolver(ambiguousTree))).toEqual(['P1.1.2', 'P1.1.3']);
  });
});

describe('readList: what cannot be read', () => {
  it.each([
    [
      'each bad part of a list, as written',
      'P3.2.9 ; P3.4.1 ; Xyz',
      [
        { value: 'P3.2.9', suggestion: null },
        { value: 'Xyz', suggestion: null },
      ],
    ],
    [
      'a label with the separator and a typo, once, with the label meant',
      'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaire)',
      [
        {
          value: 'Améliorer l’accès aux droits et aux soins (jeunes ; publics précaire)',
          suggestion: `Améliorer l'accès aux droits et aux soins (jeunes ; publics précaires) (P2.6.3)`,
        },
      ],
    ],
  ])('reports %s', (_, cell, expected) => {
    const reading = readList(cell, objectives);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.issues).toEqual(expected.map((issue) => expect.objectContaining(issue)));
  });
});

describe('readList: notes on what was read other than as written', () => {
  it.each([
    ['a territory abbreviated', 'Ste Valérie', territories, '« Ste Valérie » lu comme « Sainte-Valérie »'],
    [
      'a code followed by another label',
      'P3.4.1 – Favoriser la réussite éducative',
      objectives,
      '« P3.4.1 – Favoriser la réussite éducative » lu comme P3.4.1 (« Renforcer le CLSPD ») : le texte après le code n’est pas l’intitulé de cet objectif',
    ],
  ])('notes %s', (_, cell, resolver, note) => {
    const reading = readList(cell, resolver);
    expect(reading.ok && reading.values.map((item) => item.note)).toEqual([note]);
  });

  it('notes nothing for a code followed by its own label, whole or cut short', () => {
    for (const cell of ['P3.4.1 – Renforcer le CLSPD', `P2.6.3 ${WITH_SEMICOLON.slice(0, 30)}`]) {
      const reading = readList(cell, objectives);
      expect(reading.ok && reading.values.map((item) => item.note)).toEqual([undefined]);
    }
  });
});
