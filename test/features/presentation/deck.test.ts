import { describe, expect, it } from 'vitest';
import {
  deckParam,
  ignoredSlidesText,
  moveInDeck,
  resolveDeck,
  toggleInDeck,
} from '../../../src/features/presentation/deck';
import type { Slide } from '../../../src/features/presentation/slides';

const slide = (key: string): Slide => ({ kind: 'gaps', key, title: key.toUpperCase() });
const all = ['vue-ensemble', 'piliers', 'pilier-P2', 'quartiers', 'depuis-le-dernier-comite'].map(slide);
const keys = (slides: readonly Slide[]) => slides.map((item) => item.key);

describe('resolveDeck', () => {
  it('shows every slide in the default order when the address chooses none', () => {
    expect(resolveDeck(all, null)).toEqual({ slides: all, ignored: [] });
  });

  it('shows the chosen slides in the address’s order', () => {
    const { slides, ignored } = resolveDeck(all, ['depuis-le-dernier-comite', 'vue-ensemble', 'pilier-P2']);
    expect(keys(slides)).toEqual(['depuis-le-dernier-comite', 'vue-ensemble', 'pilier-P2']);
    expect(ignored).toEqual([]);
  });

  it('leaves out and lists the ids the view has no slide for, and keeps the others', () => {
    const { slides, ignored } = resolveDeck(all, ['pilier-P9', 'quartiers', '<script>', 'pilier-P2']);
    expect(keys(slides)).toEqual(['quartiers', 'pilier-P2']);
    expect(ignored).toEqual(['pilier-P9', '<script>']);
  });

  it('falls back to the whole deck when no chosen id is known, and still says which were ignored', () => {
    const { slides, ignored } = resolveDeck(all, ['pilier-P9']);
    expect(slides).toEqual(all);
    expect(ignored).toEqual(['pilier-P9']);
  });
});

describe('deckParam', () => {
  it('writes nothing for every slide in the default order, the ids otherwise', () => {
    expect(deckParam(all, keys(all))).toBeNull();
    expect(deckParam(all, keys(all).reverse())).toEqual(keys(all).reverse());
    expect(deckParam(all, ['vue-ensemble', 'quartiers'])).toEqual(['vue-ensemble', 'quartiers']);
  });

  it('round-trips with resolveDeck: the written deck opens the same slides in the same order', () => {
    for (const chosen of [keys(all), ['quartiers', 'vue-ensemble'], ['depuis-le-dernier-comite']]) {
      expect(keys(resolveDeck(all, deckParam(all, chosen)).slides)).toEqual(chosen);
    }
  });
});

describe('toggleInDeck and moveInDeck', () => {
  const chosen = ['vue-ensemble', 'pilier-P2', 'quartiers'];

  it('adds a slide at the end, and takes one out', () => {
    expect(toggleInDeck(chosen, 'piliers', true)).toEqual([...chosen, 'piliers']);
    expect(toggleInDeck(chosen, 'pilier-P2', false)).toEqual(['vue-ensemble', 'quartiers']);
    // Adding one already there moves it to the end rather than writing it twice.
    expect(toggleInDeck(chosen, 'vue-ensemble', true)).toEqual(['pilier-P2', 'quartiers', 'vue-ensemble']);
  });

  it('moves a slide one place up or down, and leaves the deck as it is at either end', () => {
    expect(moveInDeck(chosen, 'pilier-P2', -1)).toEqual(['pilier-P2', 'vue-ensemble', 'quartiers']);
    expect(moveInDeck(chosen, 'pilier-P2', 1)).toEqual(['vue-ensemble', 'quartiers', 'pilier-P2']);
    expect(moveInDeck(chosen, 'vue-ensemble', -1)).toEqual(chosen);
    expect(moveInDeck(chosen, 'quartiers', 1)).toEqual(chosen);
    expect(moveInDeck(chosen, 'inconnue', 1)).toEqual(chosen);
  });
});

describe('ignoredSlidesText', () => {
  it('names the ignored ids, in the singular or the plural', () => {
    expect(ignoredSlidesText(['pilier-P9'])).toBe(
      'Diapositive ignorée (inconnue ou hors du filtre) : pilier-P9.',
    );
    expect(ignoredSlidesText(['a', 'b'])).toBe('Diapositives ignorées (inconnues ou hors du filtre) : a, b.');
  });
});
