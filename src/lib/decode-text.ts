/**
 * A text file's bytes → text, for files written by spreadsheets: Excel for Windows saves "CSV (séparateur:
 * point-virgule)" in Windows-1252, "CSV UTF-8" with a byte order mark, LibreOffice and scripts in UTF-8
 * without one. Assuming UTF-8 would turn every "é" of a Windows-1252 file into "�".
 */

export type TextEncodingName = 'UTF-8' | 'UTF-8 (BOM)' | 'Windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Windows-1252's bytes 0x80–0x9F, which differ from Latin-1 (e.g. 0x80 "€", 0x92 "’", 0x9C "œ"), as the
 * WHATWG Encoding Standard maps them; the five bytes Windows-1252 leaves undefined stay C1 controls.
 */
const WINDOWS_1252_HIGH: Readonly<Record<number, string>> = {
  128: '\u20AC',
  130: '\u201A',
  131: '\u0192',
  132: '\u201E',
  133: '\u2026',
  134: '\u2020',
  135: '\u2021',
  136: '\u02C6',
  137: '\u2030',
  138: '\u0160',
  139: '\u2039',
  140: '\u0152',
  142: '\u017D',
  145: '\u2018',
  146: '\u2019',
  147: '\u201C',
  148: '\u201D',
  149: '\u2022',
  150: '\u2013',
  151: '\u2014',
  152: '\u02DC',
  153: '\u2122',
  154: '\u0161',
  155: '\u203A',
  156: '\u0153',
  158: '\u017E',
  159: '\u0178',
};

/**
 * Some Node.js versions (20.18.3+, 22.13+: nodejs/node#60888) decode "windows-1252" as Latin-1, giving
 * U+0080 for "€". Browsers never produce those C1 controls for the defined bytes, so mapping them back is
 * a no-op there and a fix under Node (where the tests and scripts run).
 */
const repairWindows1252 = (text: string) =>
  text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0)] ?? char);

const hasUtf8Bom = (bytes: Uint8Array) => UTF8_BOM.every((byte, index) => bytes[index] === byte);

/** Decodes a text file's bytes, detecting the encoding rather than assuming it. */
export const decodeText = (bytes: Uint8Array): { text: string; encoding: TextEncodingName } => {
  if (hasUtf8Bom(bytes)) {
    // The mark declares the encoding: a stray invalid byte after it becomes "�" rather than another guess.
    // ignoreBOM keeps the decoder from removing a second mark: only the one we sliced off is metadata.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(UTF8_BOM.length));
    return { text, encoding: 'UTF-8 (BOM)' };
  }
  try {
    // Windows-1252 text with any accent is almost never valid UTF-8 (é = 0xE9 must be followed by two
    // continuation bytes), so a strict decode that succeeds means the file really is UTF-8 (or plain ASCII).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: repairWindows1252(new TextDecoder('windows-1252').decode(bytes)),
      encoding: 'Windows-1252',
    };
  }
};
