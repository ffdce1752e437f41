import { looseText } from '../../lib/text-match';

/** The abbreviations of French place names: « Ste Valérie » is Sainte-Valérie, « St Georges » Saint-Georges. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

/**
 * A place name as a comparison key, for the ways people write one name: case, accents and punctuation
 * ignored (as looseText does), « St » and « Ste » spelt out, and no spaces at all, so that « Ste Valérie »,
 * « SAINTE VALERIE », « Sainte-Valérie » and « Saintevalérie » are one key. A match on this key and not on
 * looseText is reported to the user (« lu comme »), never made silently.
 */
export const placeNameKey = (text: string) =>
  looseText(text)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join('');
