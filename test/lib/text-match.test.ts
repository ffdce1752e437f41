import { describe, expect, it } from 'vitest';
import { findMatch } from '../../src/lib/text-match';

/** The part of the original text findMatch points at, or null. */
const highlighted = (text: string, query: string) => {
  const match = findMatch(text, query);
  return match ? text.slice(match[0], match[1]) : null;
};

describe('findMatch', () => {
  it.each<[string, string, [number, number]]>([
    ['LA SANTE', 'santé', [3, 8]],
    ['LA SANTE', 'SANTE', [3, 8]],
    ['La santé', 'SANTE', [3, 8]],
    ['santé', 'santé', [0, 5]],
    ['Renforcer le CLSPD', 'clspd', [13, 18]],
    ['Renforcer le CLSPD', 'Renforcer', [0, 9]],
  ])('findMatch(%j, %j) → %j', (text, query, expected) => {
    expect(findMatch(text, query)).toEqual(expected);
  });

  it.each([
    ['Réduire les inégalités', 'inegalites', 'inégalités'],
    ['Réduire les inégalités', 'INÉGALITÉS', 'inégalités'],
    ['Réduire les inégalités', 'réduire', 'Réduire'],
    ["Améliorer l'accès aux droits", 'acces aux', 'accès aux'],
    ['ÉCOLE ET ÉDUCATION', 'education', 'ÉDUCATION'],
    ['Prévenir le décrochage et accompagner le « raccrochage »', 'raccrochage', 'raccrochage'],
  ])('in %j, %j points at %j in the original text', (text, query, expected) => {
    expect(highlighted(text, query)).toBe(expected);
  });

  it('ignores the spaces around the query', () => {
    expect(findMatch('LA SANTE', '  santé ')).toEqual([3, 8]);
  });

  it('finds the first occurrence', () => {
    expect(findMatch('santé et santé', 'sante')).toEqual([0, 5]);
  });

  it.each([
    ['LA SANTE', 'emploi'],
    ['LA SANTE', 'santés'],
    ['', 'santé'],
    ['Réduire les inégalités', 'inégalités sociales'],
  ])('returns null when %j does not contain %j', (text, query) => {
    expect(findMatch(text, query)).toBeNull();
  });

  it.each(['', ' ', '   ', '\t\n'])('returns null for the blank query %j', (query) => {
    expect(findMatch('LA SANTE', query)).toBeNull();
  });

  it.each([
    ['Placer la jeunesse au cœur de la cohésion sociale', 'cœur', 'cœur'],
    ['Placer la jeunesse au cœur de la cohésion sociale', 'CŒUR', 'cœur'],
    ["Œuvrer pour l'égalité hommes/femmes", 'œuvrer', 'Œuvrer'],
    ['Placer la jeunesse au cœur de la cohésion sociale', 'cohesion', 'cohésion'],
  ])('handles the ligature œ: in %j, %j points at %j', (text, query, expected) => {
    expect(highlighted(text, query)).toBe(expected);
  });

  it('slices correctly after decomposed accents (letter + combining mark) before the match', () => {
    // "Réduire les inégalités" written with combining acute accents: each "é" is two UTF-16 units.
    const text = 'Re\u0301duire les ine\u0301galite\u0301s de sante\u0301';
    expect(highlighted(text, 'santé')).toBe('sante\u0301');
    expect(highlighted(text, 'inegalites')).toBe('ine\u0301galite\u0301s');
    expect(highlighted(text, 'les')).toBe('les');
    const match = findMatch(text, 'les');
    expect(match).toEqual([text.indexOf('les'), text.indexOf('les') + 3]);
  });

  it('matches a decomposed query against composed text and the other way round', () => {
    expect(highlighted('LA SANTÉ', 'sante\u0301')).toBe('SANTÉ');
    expect(highlighted('LA SANTE\u0301 ET VOUS', 'santé')).toBe('SANTE\u0301');
  });

  it.each([
    ['🎉 Fête de quartier', 'fete', 'Fête'],
    ['🎉🎉 LA SANTÉ', 'santé', 'SANTÉ'],
    ['👩‍👩‍👧 Soutenir les liens familiaux', 'liens', 'liens'],
    ['Sport ⚽ et culture 🎭 au centre', 'culture', 'culture'],
  ])('slices correctly after emoji: in %j, %j points at %j', (text, query, expected) => {
    expect(highlighted(text, query)).toBe(expected);
  });

  it('can match an emoji itself', () => {
    expect(highlighted('Sport ⚽ et culture', '⚽')).toBe('⚽');
  });

  it('ends the match at the end of the text when the match is the last word', () => {
    const text = 'Renforcer le CLSPD';
    expect(findMatch(text, 'CLSPD')?.[1]).toBe(text.length);
  });
});

describe('findMatch with ligatures typed without them', () => {
  it('finds "cœur" when the user types "coeur", and highlights the word as written', () => {
    const text = 'Placer la jeunesse au cœur de la cohésion sociale';
    const match = findMatch(text, 'coeur');
    expect(match && text.slice(...match)).toBe('cœur');
  });
});
