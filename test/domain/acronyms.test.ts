import { describe, expect, it } from 'vitest';
import { acronyms, expandAcronyms, splitAcronyms } from '../../src/domain/acronyms';

/** The acronyms found in a text, in order. */
const found = (text: string) =>
  splitAcronyms(text)
    .filter((segment) => segment.acronym)
    .map((segment) => segment.text);

const expansionOf = (abbr: string) => acronyms.find((acronym) => acronym.abbr === abbr)?.expansion;

describe('splitAcronyms', () => {
  it.each([
    ['Renforcer le CLSPD', ['CLSPD']],
    ['Mettre en place une démarche de gestion urbaine de proximité (GUP)', ['GUP']],
    ["Poursuivre et renforcer la démarche d'Atelier Santé Ville (ASV)", ['ASV']],
    ['Renforcer la prévention auprès des publics (jeunes, PA, publics précaires, femmes)', ['PA']],
    ['PA', ['PA']],
    ["l'ASV et la GUP", ['ASV', 'GUP']],
    ['CLSPD/GUP', ['CLSPD', 'GUP']],
    ['Le CLSPD réunit le CLSPD restreint', ['CLSPD', 'CLSPD']],
  ])('finds the acronyms in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Favoriser la PARTICIPATION des habitants',
    'PILIER PARTICIPATION DES HABITANTS',
    'NE PAS TOLERER',
    'pa',
    'Pa',
    'les GUPS du quartier',
    'ASVP',
    'CLSPD2',
    '2PA',
    'gup et clspd en minuscules',
    'Aucun sigle ici',
  ])('finds no acronym inside another word or in lower case: %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    'Renforcer le CLSPD',
    'Mettre en place une démarche de gestion urbaine de proximité (GUP)',
    '(jeunes, PA, publics précaires) et ASV',
    'CLSPD',
    'Aucun sigle ici',
    '  espaces  et\ttabulations ',
    '',
  ])('gives back exactly the original text when its segments are joined: %j', (text) => {
    expect(
      splitAcronyms(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('splits around the acronym, keeping the text before and after', () => {
    expect(splitAcronyms('Renforcer le CLSPD local').map((segment) => segment.text)).toEqual([
      'Renforcer le ',
      'CLSPD',
      ' local',
    ]);
  });

  it('attaches the glossary entry to each acronym', () => {
    const [, clspd] = splitAcronyms('Renforcer le CLSPD');
    expect(clspd?.acronym?.abbr).toBe('CLSPD');
    expect(clspd?.acronym?.expansion).toBe('Conseil local de sécurité et de prévention de la délinquance');
  });

  it.each([
    ['Mettre en place une démarche de gestion urbaine de proximité (GUP)', 'GUP', true],
    ['GESTION URBAINE DE PROXIMITE (GUP)', 'GUP', true],
    ["Poursuivre et renforcer la démarche d'Atelier Santé Ville (ASV)", 'ASV', true],
    ['Les personnes âgées (PA)', 'PA', true],
    ['Renforcer le CLSPD', 'CLSPD', false],
    ['Renforcer la GUP', 'GUP', false],
    ['publics (jeunes, PA, publics précaires)', 'PA', false],
  ])('in %j, marks %s as explained: %s', (text, abbr, explained) => {
    const segment = splitAcronyms(text).find((candidate) => candidate.acronym?.abbr === abbr);
    expect(segment?.explained).toBe(explained);
  });

  it('returns no segment for an empty text', () => {
    expect(splitAcronyms('')).toEqual([]);
  });
});

describe('expandAcronyms', () => {
  it.each([
    [
      'Renforcer le CLSPD',
      'Renforcer le CLSPD (Conseil local de sécurité et de prévention de la délinquance)',
    ],
    ['Renforcer la GUP', 'Renforcer la GUP (gestion urbaine de proximité)'],
    [
      'Renforcer la prévention auprès des publics (jeunes, PA, publics précaires)',
      'Renforcer la prévention auprès des publics (jeunes, PA (personnes âgées), publics précaires)',
    ],
    [
      'Le CLSPD et l’ASV',
      'Le CLSPD (Conseil local de sécurité et de prévention de la délinquance) et l’ASV (Atelier Santé Ville)',
    ],
  ])('spells out the acronym in %j', (text, expected) => {
    expect(expandAcronyms(text)).toBe(expected);
  });

  it.each([
    'Mettre en place une démarche de gestion urbaine de proximité (GUP)',
    "Poursuivre et renforcer la démarche d'Atelier Santé Ville (ASV)",
  ])('does not spell out again an acronym the text already explains: %j', (text) => {
    expect(expandAcronyms(text)).toBe(text);
  });

  it.each([
    'Favoriser la participation et l’expression de tous',
    'PILIER PARTICIPATION DES HABITANTS, ET EXERCICE DE LA CITOYENNETE',
    'NE PAS TOLERER',
    '',
  ])('gives back a text with no acronym unchanged: %j', (text) => {
    expect(expandAcronyms(text)).toBe(text);
  });
});

describe('acronyms glossary', () => {
  it('has each abbreviation once', () => {
    const abbrs = acronyms.map((acronym) => acronym.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it.each([
    ['CLSPD', 'Conseil local de sécurité et de prévention de la délinquance'],
    ['GUP', 'gestion urbaine de proximité'],
    ['ASV', 'Atelier Santé Ville'],
    ['PA', 'personnes âgées'],
  ])('explains %s as %j, as the contract requires', (abbr, expansion) => {
    expect(expansionOf(abbr)).toBe(expansion);
  });

  it('gives every entry a capitalised abbreviation and a non-empty expansion', () => {
    for (const acronym of acronyms) {
      expect(acronym.abbr).toMatch(/^[A-Z]{2,}$/);
      expect(acronym.expansion.trim()).not.toBe('');
    }
  });
});
