import type { Slide } from './slides';

/**
 * The deck a committee sees: the slides the address chooses (`diapos`), in its order, out of those the view
 * gives. Pure functions, so that the presentation and its picker agree, and so that they are tested alone.
 */

export type ResolvedDeck = {
  /** The slides to show, in order: the chosen ones, or every one when nothing usable is chosen. */
  slides: Slide[];
  /** Ids the address names that the view has no slide for (a typo, a pillar outside the filter), in its order. */
  ignored: string[];
};

/**
 * The slides `deck` names, in its order. Ids the view does not have are left out and listed in `ignored`,
 * so that the page can say so (as the filters do with their params); when none is left, the whole deck.
 */
export const resolveDeck = (all: readonly Slide[], deck: readonly string[] | null): ResolvedDeck => {
  if (deck === null) return { slides: [...all], ignored: [] };
  const byKey = new Map(all.map((slide) => [slide.key, slide]));
  const slides: Slide[] = [];
  const ignored: string[] = [];
  for (const id of deck) {
    const slide = byKey.get(id);
    if (slide) slides.push(slide);
    else ignored.push(id);
  }
  return { slides: slides.length > 0 ? slides : [...all], ignored };
};

/**
 * What the address should say for the chosen ids: null (no param) for every slide in the default order,
 * so that a plain deck keeps a plain link; the ids otherwise.
 */
export const deckParam = (all: readonly Slide[], chosen: readonly string[]): string[] | null =>
  chosen.length === all.length && chosen.every((id, index) => all[index]?.key === id) ? null : [...chosen];

/** The chosen ids with `id` added at the end, or taken out. */
export const toggleInDeck = (chosen: readonly string[], id: string, include: boolean): string[] =>
  include ? [...chosen.filter((key) => key !== id), id] : chosen.filter((key) => key !== id);

/** The chosen ids with `id` one place earlier (-1) or later (+1); unchanged at either end. */
export const moveInDeck = (chosen: readonly string[], id: string, by: -1 | 1): string[] => {
  const from = chosen.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= chosen.length) return [...chosen];
  const next = [...chosen];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
};

/** Says which slide ids of the address the deck left out, as the filter bar does for its params. */
export const ignoredSlidesText = (ignored: readonly string[]) =>
  ignored.length > 1
    ? `Diapositives ignorées (inconnues ou hors du filtre) : ${ignored.join(', ')}.`
    : `Diapositive ignorée (inconnue ou hors du filtre) : ${ignored.join(', ')}.`;
