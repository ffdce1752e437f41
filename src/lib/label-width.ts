/**
 * How wide a line of text will be, estimated without a DOM: the map places its labels before anything is
 * drawn (and in tests), and a chart's exported file wraps its title and legend with no layout engine. A
 * module of its own, with no d3 import, so that the chart export (on the first screen) does not pull in
 * the map's d3-geo to share it.
 */

/** Advance widths in em of a wide sans-serif, rounded up: text is never wider than planned. */
const charWidth = (char: string) => {
  if (/[\s.,:;'’|!]/.test(char)) return 0.32;
  if (/[Iijlt()/[\]-]/.test(char)) return 0.42;
  if (/[MWmw…%@]/.test(char)) return 1;
  if (/[A-ZÀ-ÖØ-Þ0-9€]/.test(char)) return 0.76;
  return 0.64;
};

/** The width in pixels of `text` written at `fontSize` pixels, regular weight. */
export const estimateLabelWidth = (text: string, fontSize: number) => {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
};
