import { formatEurosShort, formatInteger } from '../lib/format';

/**
 * The classes of a choropleth map: each territory's value falls in one class, and the class gives its
 * colour. Few classes (four), with round bounds a reader can say aloud, so that "Terre-Rouge is in the
 * 50 – 75 % class" means the same to everyone in the room:
 * - a percentage (coverage, progress) is cut into fixed quarters, whatever the data: a colour means the
 *   same from one filter to the next;
 * - an amount or a count is cut from 0 to a round maximum at or above the largest value, in four equal
 *   steps (1, 2, 2.5 or 5 times a power of ten).
 * A value nobody reported (a progress "non renseigné") has no class: it is drawn hatched, never as a 0.
 */

export type ClassKind = 'percent' | 'euros' | 'count';

export type MapClass = { index: number; lower: number; upper: number; label: string };

export type Classification = {
  kind: ClassKind;
  classes: MapClass[];
  /** The rule in words, written under the legend. */
  rule: string;
};

export const CLASS_COUNT = 4;

/**
 * The classes' colours, from the lowest to the highest: viridis (perceptually even, and read the same by
 * the common colour-vision deficiencies), from light yellow to dark violet, so that they also read in
 * greyscale from light to dark. The shapes carry a dark outline and their value is written beside them:
 * colour is never the only cue.
 */
export const MAP_CLASS_COLORS = ['#FDE725', '#35B779', '#31688E', '#440154'] as const;

/**
 * Each class as a texture as well as a colour, where colours alone may not be told apart: on a washed-out
 * projector, and on the slides' dark high-contrast theme, where no four colours can each stand 3:1 against
 * black and 3:1 from their neighbours (lightness runs out after two steps). From the lowest class to the
 * highest, more and more ink: none, dots, lines, a grid; a value nobody reported keeps its diagonal hatch.
 */
export const MAP_CLASS_TEXTURES = ['plain', 'dots', 'lines', 'grid'] as const;
export type MapTextureKind = (typeof MAP_CLASS_TEXTURES)[number];

/** A class as the slides draw it: its colour, its texture, and the ink of the texture (3:1 or more on the colour). */
export type MapClassStyle = { color: string; texture: MapTextureKind; ink: string };

export type MapScheme = 'light' | 'dark';

/**
 * The classes' colours on a dark background: viridis's hues, the last two lightened so that every colour
 * stands at least 3:1 against black (the light scheme's dark blue and violet would vanish there).
 */
export const MAP_CLASS_COLORS_DARK = ['#FDE725', '#35B779', '#4C9BE8', '#B48CE0'] as const;

/** Dark ink on the light colours, white ink on the dark ones (checked 3:1 or more by the tests). */
const LIGHT_INKS = ['#14181F', '#14181F', '#FFFFFF', '#FFFFFF'] as const;

/** The classes' colours, textures and inks, from the lowest to the highest, on a light or a dark background. */
export const mapClassStyles = (scheme: MapScheme): MapClassStyle[] =>
  MAP_CLASS_TEXTURES.map((texture, index) => ({
    color: (scheme === 'light' ? MAP_CLASS_COLORS : MAP_CLASS_COLORS_DARK)[index] as string,
    texture,
    ink: scheme === 'light' ? (LIGHT_INKS[index] as string) : '#000000',
  }));

/** The fill of a territory without a value: drawn with a hatch (see the map's pattern). */
export const NO_VALUE_COLOR = '#FFFFFF';

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step (1, 2, 2.5, 5 × 10^n) such that `count` steps reach `max`. */
export const niceStep = (max: number, count = CLASS_COUNT, integer = false) => {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((candidate) => candidate * magnitude >= raw) ?? 10) * magnitude;
  // A count cannot be cut finer than one.
  return integer ? Math.max(1, Math.ceil(step)) : step;
};

const percentLabel = (lower: number, upper: number) => `${formatInteger(lower)} – ${formatInteger(upper)} %`;
const euroLabel = (lower: number, upper: number) => `${formatEurosShort(lower)} – ${formatEurosShort(upper)}`;
const countLabel = (lower: number, upper: number) => `${formatInteger(lower)} – ${formatInteger(upper)}`;

/** CLASS_COUNT classes of equal width from 0, each labelled with its bounds. */
const classesOf = (step: number, label: (lower: number, upper: number) => string): MapClass[] =>
  Array.from({ length: CLASS_COUNT }, (_, index) => ({
    index,
    lower: index * step,
    upper: (index + 1) * step,
    label: label(index * step, (index + 1) * step),
  }));

const BOUNDS_RULE = 'borne basse comprise, borne haute exclue, sauf dans la dernière classe';

/** The classes for a kind of value, over the values shown (nulls, not reported, are left out). */
export const classify = (kind: ClassKind, values: readonly (number | null)[]): Classification => {
  if (kind === 'percent') {
    const step = 100 / CLASS_COUNT;
    return {
      kind,
      classes: classesOf(step, percentLabel),
      rule: `Classes : quatre quarts fixes (${BOUNDS_RULE}), une couleur dit la même chose d’un filtre à l’autre.`,
    };
  }
  const max = Math.max(0, ...values.filter((value): value is number => value !== null));
  const step = niceStep(max, CLASS_COUNT, kind === 'count');
  return {
    kind,
    classes: classesOf(step, kind === 'euros' ? euroLabel : countLabel),
    rule: `Classes : quatre tranches égales de 0 à un maximum rond au-dessus de la plus grande valeur (${BOUNDS_RULE}).`,
  };
};

/** The class a value falls in, or null for a value not given. A value past the last bound joins the last. */
export const classOf = (classification: Classification, value: number | null): MapClass | null => {
  if (value === null || Number.isNaN(value)) return null;
  const { classes } = classification;
  const found = classes.find((candidate) => value >= candidate.lower && value < candidate.upper);
  if (found) return found;
  return value < (classes[0]?.lower ?? 0) ? (classes[0] ?? null) : (classes.at(-1) ?? null);
};

export const classColor = (mapClass: MapClass | null) =>
  mapClass === null ? NO_VALUE_COLOR : (MAP_CLASS_COLORS[mapClass.index] ?? NO_VALUE_COLOR);
