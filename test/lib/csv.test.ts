import { describe, expect, it } from 'vitest';
import { type CsvCell, exportFileName, parseCsv, toCsv } from '../../src/lib/csv';

const BOM = '\uFEFF';

/** The CSV of one cell, without the BOM and the line end. */
const cellCsv = (cell: CsvCell) => toCsv([[cell]]).slice(1, -2);

describe('toCsv', () => {
  it('starts with a byte order mark, separates with ";" and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Axe', 'Couverture'],
        ['Emploi', 80],
      ]),
    ).toBe(`${BOM}Axe;Couverture\r\nEmploi;80\r\n`);
  });

  it('writes only the byte order mark for no row', () => {
    expect(toCsv([])).toBe(BOM);
  });

  it.each<[string, CsvCell, string]>([
    ['a decimal with a comma', 12500.5, '12500,5'],
    ['no thousands separator', 1234567, '1234567'],
    ['a negative number as it is', -2.25, '-2,25'],
    ['zero', 0, '0'],
    ['a large number without exponent', 1e21, '1000000000000000000000'],
    ['a small number without exponent', 1.5e-7, '0,00000015'],
    ['a negative small number', -2e-7, '-0,0000002'],
    ['NaN as an empty cell', Number.NaN, ''],
    ['Infinity as an empty cell', Number.POSITIVE_INFINITY, ''],
    ['null as an empty cell', null, ''],
    ['an empty text as an empty cell', '', ''],
  ])('writes %s', (_, cell, expected) => {
    expect(cellCsv(cell)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['a separator', 'Pilier;axe', '"Pilier;axe"'],
    ['a comma (for readers that guess the separator)', 'Pilier, axe', '"Pilier, axe"'],
    ['quotes, doubled', 'Le « quartier » "prioritaire"', '"Le « quartier » ""prioritaire"""'],
    ['a line feed', 'ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['a CRLF', 'ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
    ['a leading space', ' Emploi', '" Emploi"'],
    ['a trailing space', 'Emploi ', '"Emploi "'],
  ])('quotes a text holding %s', (_, cell, expected) => {
    expect(cellCsv(cell)).toBe(expected);
  });

  it('leaves plain text and accents unquoted', () => {
    expect(cellCsv('Égalité hommes-femmes (80 %)')).toBe('Égalité hommes-femmes (80 %)');
  });

  // OWASP, "CSV Injection": a cell that starts like a formula gets a leading quote, so Excel reads text.
  it.each<[string, string, string]>([
    ['=', '=HYPERLINK("http://example.com","clic")', '"\'=HYPERLINK(""http://example.com"",""clic"")"'],
    ['= with a separator', '=1;2', '"\'=1;2"'],
    ['+', '+1', "'+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\tx', "'\tx"],
    ['a carriage return', '\rx', '"\'\rx"'],
    ['a line feed', '\nx', '"\'\nx"'],
    ['= after DDE', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])('neutralises a text starting with %s', (_, cell, expected) => {
    expect(cellCsv(cell)).toBe(expected);
  });

  it('does not touch a text with a formula character further in, nor a negative number', () => {
    expect(cellCsv('Taux = 80 %')).toBe('Taux = 80 %');
    expect(cellCsv('contact@example.fr')).toBe('contact@example.fr');
    expect(cellCsv(-5)).toBe('-5');
  });
});

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    [
      'simple rows',
      'a;b\r\nc;d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends',
      'a;b\nc;d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CR line ends',
      'a;b\rc;d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'no final line end',
      'a;b\r\nc;d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['quoted separators', '"a;b";c', [['a;b', 'c']]],
    ['doubled quotes', '"il dit ""oui""";x', [['il dit "oui"', 'x']]],
    ['an empty quoted field', '"";x', [['', 'x']]],
    [
      'CRLF inside quotes',
      '"l1\r\nl2";x\r\ny;z',
      [
        ['l1\r\nl2', 'x'],
        ['y', 'z'],
      ],
    ],
    ['LF inside quotes', '"l1\nl2";x', [['l1\nl2', 'x']]],
    ['CR inside quotes', '"l1\rl2";x', [['l1\rl2', 'x']]],
    ['empty fields', ';a;;\r\n', [['', 'a', '', '']]],
    ['a blank line between rows', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['trailing empty rows, dropped', 'a;b\r\n;\r\n\r\n', [['a', 'b']]],
    ['a leading BOM, dropped', `${BOM}a;b`, [['a', 'b']]],
    ['rows of different lengths', 'a;b;c\r\nd', [['a', 'b', 'c'], ['d']]],
    ['a quote inside an unquoted field, kept', 'a"b;c', [['a"b', 'c']]],
    ['text after a closing quote, appended', '"ab"c;d', [['abc', 'd']]],
    ['an unclosed quote, to the end', '"ab;c\r\nd', [['ab;c\r\nd']]],
    ['nothing', '', []],
    ['only a BOM', BOM, []],
  ])('reads %s', (_, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it.each<[string, string, string[][]]>([
    [
      '";" when it is the more frequent',
      'a;b,c;d\r\n1,5;2',
      [
        ['a', 'b,c', 'd'],
        ['1,5', '2'],
      ],
    ],
    [
      '"," when it is the more frequent',
      'a,b,c\r\n1;2,3,4',
      [
        ['a', 'b', 'c'],
        ['1;2', '3', '4'],
      ],
    ],
    ['";" on a tie', 'a;b,c\r\nd', [['a', 'b,c'], ['d']]],
    ['";" for a single column', 'Axe\r\n12,5', [['Axe'], ['12,5']]],
    ['the separator outside quotes only', '"a;b;c",d,e', [['a;b;c', 'd', 'e']]],
    ['the separator from the first record only', 'a,b\r\nc;d;e;f', [['a', 'b'], ['c;d;e;f']]],
    ['the first record across a quoted line break', '"x\ny,z,w";a;b\r\nc', [['x\ny,z,w', 'a', 'b'], ['c']]],
  ])('detects %s', (_, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('takes the separator it is given', () => {
    expect(parseCsv('a;b,c', { separator: ',' })).toEqual([['a;b', 'c']]);
    expect(parseCsv('a,b,c;d', { separator: ';' })).toEqual([['a,b,c', 'd']]);
  });
});

describe('toCsv then parseCsv', () => {
  const rows: CsvCell[][] = [
    ['Pilier ou axe', 'Couverture (%)', 'Avancement moyen (%)', 'Commentaire'],
    ['COHESION SOCIALE', 80, 45.5, 'Pilier; axe, "quartiers"'],
    ['Emploi', 0, null, 'ligne 1\r\nligne 2'],
    ['=HYPERLINK("http://example.com")', -12.25, 'non renseigné', '+1'],
    ['-2+3', 1234567.89, '@SUM(A1)', '\tx'],
    ['\rx', 1e-7, '=1;2', ' espacé '],
    ['Égalité hommes-femmes', Number.NaN, '', 'fin'],
  ];

  /** What reading the CSV back gives: text as written (with its neutralising quote), numbers as comma text. */
  const expectedText = (cell: CsvCell) => {
    if (cell === null) return '';
    if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : '';
    return /^[=+\-@\t\r\n]/.test(cell) ? `'${cell}` : cell;
  };

  it('gives back the same cells', () => {
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toEqual(
      rows.map((row) =>
        row.map((cell) =>
          // 1e-7 is written out in full: String() would write an exponent.
          cell === 1e-7 ? '0,0000001' : expectedText(cell),
        ),
      ),
    );
  });

  it('gives back the same cells with the separator given', () => {
    expect(parseCsv(toCsv(rows), { separator: ';' })).toEqual(parseCsv(toCsv(rows)));
  });
});

describe('exportFileName', () => {
  it.each<[string, string, string | undefined, string]>([
    [
      'Couverture et avancement par pilier et axe',
      'png',
      undefined,
      'couverture-et-avancement-par-pilier-et-axe.png',
    ],
    ['Coût des actions par année', 'csv', undefined, 'cout-des-actions-par-annee.csv'],
    ['Financements de l’objectif', 'svg', undefined, 'financements-de-l-objectif.svg'],
    ['Cœur de ville : Œuvres', 'csv', undefined, 'coeur-de-ville-oeuvres.csv'],
    [
      "P2.3 Renforcer le lien social et l'égalité",
      'png',
      undefined,
      'p2-3-renforcer-le-lien-social-et-l-egalite.png',
    ],
    ['  «  Terre-Rouge  »  ', '.csv', '2024-06-30', 'terre-rouge-2024-06-30.csv'],
    ['!!!', 'png', undefined, 'graphique.png'],
  ])('%s (%s, %s) → %s', (title, extension, date, expected) => {
    expect(exportFileName(title, extension, date)).toBe(expected);
  });

  it('keeps a long title under 80 characters, cut between words', () => {
    const name = exportFileName(
      'Pour chacun des quartiers retenus, la part des objectifs opérationnels qui y ont une action et l’avancement moyen',
      'csv',
    );
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^pour-chacun-des-quartiers-[a-z0-9-]*[a-z0-9]\.csv$/);
  });

  it('has a CSV shorthand', () => {
    expect(exportFileName('Actions par statut', 'csv', '2024-06-30')).toBe(
      'actions-par-statut-2024-06-30.csv',
    );
    expect(exportFileName('Actions par statut', 'csv')).toBe('actions-par-statut.csv');
  });
});
