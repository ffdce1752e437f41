/**
 * The presentation's own state in the URL, beside the dashboard's filter (which it keeps as it is), so that
 * a link opens the same deck on the same slide of the same view:
 * `/presentation?annee=2023&diapos=vue-ensemble,pilier-P2,quartier-terre-rouge&diapo=3&auto=30&theme=contraste`.
 */
export const presentationParamNames = {
  slide: 'diapo',
  auto: 'auto',
  theme: 'theme',
  deck: 'diapos',
} as const;

/** Where the committee's secretary chooses the slides and their order (routes/prepare-page.tsx). */
export const PREPARE_PATH = '/presentation/preparer';

export const presentationThemes = ['clair', 'contraste'] as const;
export type PresentationTheme = (typeof presentationThemes)[number];

export type PresentationParams = {
  /** 1-based, as the counter shows it. */
  slide: number;
  /** Seconds between slides when advancing on its own; null when the presenter moves on by hand. */
  auto: number | null;
  theme: PresentationTheme;
  /**
   * The slides chosen and their order, by id (Slide['key']), as the address writes them; null for every
   * slide of the view in the default order. Ids the view does not have are dropped, and said, by
   * resolveDeck (deck.ts), which knows the slides.
   */
  deck: string[] | null;
};

/** Shorter than this, nobody can read a slide; longer than an hour is surely a typo. */
export const AUTO_MIN_SECONDS = 5;
export const AUTO_MAX_SECONDS = 3600;

const positiveInteger = (raw: string | null) => {
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
};

/** The ids of a comma-separated list (a repeated param is read too), trimmed, each once, in order. */
const readIds = (params: URLSearchParams, name: string) => {
  const ids = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(ids)];
};

/**
 * Reads the presentation's params; anything malformed falls back to the default (slide 1, by hand, light,
 * every slide).
 */
export const parsePresentationParams = (params: URLSearchParams): PresentationParams => {
  const slide = positiveInteger(params.get(presentationParamNames.slide));
  const auto = positiveInteger(params.get(presentationParamNames.auto));
  const theme = params.get(presentationParamNames.theme);
  const deck = readIds(params, presentationParamNames.deck);
  return {
    slide: slide !== null && slide >= 1 ? slide : 1,
    auto: auto !== null && auto >= AUTO_MIN_SECONDS && auto <= AUTO_MAX_SECONDS ? auto : null,
    theme: theme === 'contraste' ? 'contraste' : 'clair',
    deck: deck.length > 0 ? deck : null,
  };
};

/** Writes the presentation's params into a copy of `params`, leaving the filter's alone; defaults are left out. */
export const writePresentationParams = (
  value: PresentationParams,
  params: URLSearchParams = new URLSearchParams(),
): URLSearchParams => {
  const next = new URLSearchParams(params);
  const set = (name: string, raw: string | null) => (raw === null ? next.delete(name) : next.set(name, raw));
  set(presentationParamNames.slide, value.slide > 1 ? String(value.slide) : null);
  set(presentationParamNames.auto, value.auto === null ? null : String(value.auto));
  set(presentationParamNames.theme, value.theme === 'clair' ? null : value.theme);
  set(
    presentationParamNames.deck,
    value.deck && value.deck.length > 0 ? [...new Set(value.deck)].join(',') : null,
  );
  return next;
};

/** The slide after a move, clamped to the deck, or wrapping round when advancing on its own. */
export const moveSlide = (
  current: number,
  count: number,
  move: 'next' | 'previous' | 'first' | 'last',
  wrap = false,
) => {
  if (count <= 0) return 1;
  switch (move) {
    case 'first':
      return 1;
    case 'last':
      return count;
    case 'previous':
      return Math.max(1, Math.min(count, current - 1));
    case 'next':
      return current >= count ? (wrap ? 1 : count) : current + 1;
  }
};
