/** "cœur" is typed "coeur" on most keyboards: ligatures are spelt out before comparing. */
export const foldLigatures = (text: string) =>
  text.replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');

/** Lower-case, accent-free copy, so "é" finds "E" and "e". */
const fold = (text: string) =>
  foldLigatures(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Folded, with punctuation as spaces: for comparing words such as the header whatever their spelling. */
export const looseText = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Where the query stands in the text, ignoring case and accents: [start, end) in the original text, or
 * null. Used to highlight a search hit without changing the label as written.
 */
export const findMatch = (text: string, query: string): [number, number] | null => {
  const needle = [...query.trim()].map(fold).join('');
  if (needle === '') return null;
  const chars = [...text];
  const folded = chars.map(fold);
  // Map each folded character back to the index of the original one it came from.
  const origin: number[] = [];
  let offset = 0;
  folded.forEach((piece, index) => {
    for (let i = 0; i < piece.length; i += 1) origin.push(offset);
    offset += (chars[index] as string).length;
  });
  const haystack = folded.join('');
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  const endIndex = at + needle.length;
  return [origin[at] as number, endIndex < origin.length ? (origin[endIndex] as number) : text.length];
};
