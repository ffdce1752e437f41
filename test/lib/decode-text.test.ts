import { describe, expect, it } from 'vitest';
import { decodeText, type TextEncodingName } from '../../src/lib/decode-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeText', () => {
  it.each<[string, Uint8Array, string, TextEncodingName]>([
    ['UTF-8 with a byte order mark, which is removed', withBom(utf8('Été')), 'Été', 'UTF-8 (BOM)'],
    ['UTF-8 without a byte order mark', utf8('Été'), 'Été', 'UTF-8'],
    ['plain ASCII as UTF-8', utf8('Axe;Montant\r\n'), 'Axe;Montant\r\n', 'UTF-8'],
    ['an empty file as UTF-8', new Uint8Array([]), '', 'UTF-8'],
    ['a lone byte order mark as an empty UTF-8 text', withBom(new Uint8Array([])), '', 'UTF-8 (BOM)'],
    ['Windows-1252 "Eté" (é = 0xE9)', new Uint8Array([0x45, 0x74, 0xe9]), 'Eté', 'Windows-1252'],
    [
      'Windows-1252 "12 500,50 €" with a no-break space (0xA0) and the euro sign (0x80)',
      new Uint8Array([0x31, 0x32, 0xa0, 0x35, 0x30, 0x30, 0x2c, 0x35, 0x30, 0x20, 0x80]),
      '12\u00A0500,50 €',
      'Windows-1252',
    ],
    [
      'Windows-1252 "l’œuvre" (’ = 0x92, œ = 0x9C)',
      new Uint8Array([0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65]),
      'l’œuvre',
      'Windows-1252',
    ],
    [
      'Windows-1252 « guillemets » and a dash (0xAB, 0xBB, 0x96)',
      new Uint8Array([0xab, 0x20, 0x51, 0x50, 0x56, 0x20, 0xbb, 0x20, 0x96, 0x20, 0xc0]),
      '« QPV » – À',
      'Windows-1252',
    ],
  ])('decodes %s', (_, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('removes only the first byte order mark', () => {
    expect(decodeText(withBom(utf8('\uFEFFa'))).text).toBe('\uFEFFa');
  });

  it('reads a Windows-1252 CSV line of Excel as Excel wrote it', () => {
    // "Intitulé;Coût\r\nAccès à l’emploi;12 500 €" as French Excel for Windows saves it.
    const bytes = new Uint8Array([
      ...[0x49, 0x6e, 0x74, 0x69, 0x74, 0x75, 0x6c, 0xe9, 0x3b, 0x43, 0x6f, 0xfb, 0x74, 0x0d, 0x0a],
      ...[0x41, 0x63, 0x63, 0xe8, 0x73, 0x20, 0xe0, 0x20, 0x6c, 0x92, 0x65, 0x6d, 0x70, 0x6c, 0x6f, 0x69],
      ...[0x3b, 0x31, 0x32, 0xa0, 0x35, 0x30, 0x30, 0x20, 0x80],
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Intitulé;Coût\r\nAccès à l’emploi;12\u00A0500 €',
      encoding: 'Windows-1252',
    });
  });

  it('keeps every Windows-1252 byte from 0x80 to 0x9F as the WHATWG Encoding Standard maps it', () => {
    const bytes = new Uint8Array(Array.from({ length: 32 }, (_, index) => 0x80 + index));
    expect(decodeText(bytes).text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
});
