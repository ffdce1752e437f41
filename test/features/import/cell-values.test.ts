import { describe, expect, it } from 'vitest';
import {
  type CellResult,
  cellToText,
  formatProgressHistory,
  isFractionColumn,
  LIST_SEPARATOR_HELP,
  parseAmount,
  parseDate,
  parseInteger,
  parsePercent,
  parseProgressHistory,
  parseText,
  type SheetCell,
  splitList,
} from '../../../src/features/import/cell-values';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';
const MINUS = '\u2212';

/** A date cell as read-excel-file gives it: UTC midnight. */
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

const value = <T>(result: CellResult<T>) => {
  if (!result.ok) throw new Error(`expected a value, got « ${result.message} »`);
  return result.value;
};

const message = <T>(result: CellResult<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.message;
};

describe('parseText', () => {
  it.each<[string, SheetCell, string | null]>([
    ['a plain text', 'Emploi', 'Emploi'],
    ['surrounding spaces, trimmed', '  Emploi  ', 'Emploi'],
    ['inner runs of spaces, folded', 'Accès   à  l’emploi', 'Accès à l’emploi'],
    ['no-break spaces, folded', `Accès${NBSP}à${NNBSP}${NBSP}l’emploi`, 'Accès à l’emploi'],
    ['tabs and line breaks, folded', 'Accès\tà\r\nl’emploi\n', 'Accès à l’emploi'],
    ['an integer as plain digits', 2024, '2024'],
    ['a decimal as JavaScript writes it', 12.5, '12.5'],
    ['a negative number', -3, '-3'],
    ['a date as dd/mm/yyyy (UTC day)', utc(2024, 3, 5), '05/03/2024'],
    ['true as VRAI', true, 'VRAI'],
    ['false as FAUX', false, 'FAUX'],
    ['an empty cell as null', null, null],
    ['an empty text as null', '', null],
    ['only white space as null', ` ${NBSP}\t\n `, null],
    ['NaN as null', Number.NaN, null],
  ])('reads %s', (_, cell, expected) => {
    expect(parseText(cell)).toBe(expected);
  });
});

describe('cellToText', () => {
  it.each<[string, SheetCell, string]>([
    ['a text as typed, trimmed', '  12 5OO €  ', '12 5OO €'],
    ['a text keeping its inner spaces', 'a  b', 'a  b'],
    ['a number in fr-FR with normal spaces', 12500.5, '12 500,5'],
    ['a large number', 1250000, '1 250 000'],
    ['a small decimal', 0.75, '0,75'],
    ['a float error as Excel shows it', 0.1 + 0.2, '0,3'],
    ['a negative number', -500, '-500'],
    ['a year, grouped as any fr-FR number', 2024, '2 024'],
    ['a date as dd/mm/yyyy', utc(2024, 3, 15), '15/03/2024'],
    ['true as VRAI', true, 'VRAI'],
    ['false as FAUX', false, 'FAUX'],
    ['an empty cell as nothing', null, ''],
  ])('writes %s', (_, cell, expected) => {
    expect(cellToText(cell)).toBe(expected);
  });
});

describe('parseAmount', () => {
  it.each<[SheetCell, number]>([
    [12500.5, 12500.5],
    [0, 0],
    [-500, -500],
    ['12 500,50 €', 12500.5],
    ['12500.5', 12500.5],
    ['12 500 €', 12500],
    ['12 500', 12500],
    ['12500', 12500],
    ['12 500,5', 12500.5],
    ['1 250 000', 1250000],
    ['12 500,50 EUR', 12500.5],
    ['12 500,50 eur', 12500.5],
    ['12 500 euros', 12500],
    ['€ 12 500', 12500],
    ['€12500', 12500],
    ['12500€', 12500],
    ['12.500,50', 12500.5],
    ['12.500,50 €', 12500.5],
    ['1.250.000,00', 1250000],
    ['12,500.50', 12500.5],
    ['1,250,000.50', 1250000.5],
    ['1,250,000', 1250000],
    ['1.250.000', 1250000],
    ['1.250', 1250],
    ['12.500', 12500],
    ['125.000 €', 125000],
    ['0.750', 0.75],
    ['1.25', 1.25],
    ['1.2500', 1.25],
    ['1250.000', 1250],
    ['0.75', 0.75],
    ['12,5', 12.5],
    ['12,500', 12.5],
    [',5', 0.5],
    [`12${NBSP}500,50${NBSP}€`, 12500.5],
    [`12${NNBSP}500,50${NNBSP}€`, 12500.5],
    [`12${THIN}500,50 €`, 12500.5],
    [`1${NBSP}250${NBSP}000`, 1250000],
    [`  12 500,50 €${NBSP} `, 12500.5],
    ['1 250.000', 1250],
    ['-500', -500],
    [`${MINUS}500`, -500],
    ['- 500 €', -500],
    ['-12 500,50 €', -12500.5],
    ['-€500', -500],
    ['€ -500', -500],
    ['+500', 500],
    ['-0', 0],
    ['0', 0],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(parseAmount(cell))).toBe(expected);
  });

  it.each<[string, SheetCell]>([
    ['an empty cell', null],
    ['an empty text', ''],
    ['white space', `  ${NBSP}\t`],
  ])('reads %s as empty', (_, cell) => {
    expect(value(parseAmount(cell))).toBeNull();
  });

  it.each<[SheetCell, string]>([
    ['abc', '« abc » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12 5OO €', '« 12 5OO € » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12 5OO', '« 12 5OO » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12,50,3', '« 12,50,3 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['1 2 3,4,5', '« 1 2 3,4,5 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12 50', '« 12 50 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['1.250,000.5', '« 1.250,000.5 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12,', '« 12, » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12 500 ,50', '« 12 500 ,50 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['€', '« € » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['€ 500 €', '« € 500 € » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['12 500 $', '« 12 500 $ » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['1e5', '« 1e5 » n’est pas un montant (ex. « 12 500,50 € »)'],
    ['--500', '« --500 » n’est pas un montant (ex. « 12 500,50 € »)'],
    [true, '« VRAI » n’est pas un montant (ex. « 12 500,50 € »)'],
    [false, '« FAUX » n’est pas un montant (ex. « 12 500,50 € »)'],
    [utc(2024, 3, 15), '« 15/03/2024 » n’est pas un montant (ex. « 12 500,50 € »)'],
    [Number.NaN, '« NaN » n’est pas un montant (ex. « 12 500,50 € »)'],
  ])('rejects %j', (cell, expected) => {
    expect(message(parseAmount(cell))).toBe(expected);
  });
});

describe('parseInteger', () => {
  it.each<[SheetCell, number]>([
    [2024, 2024],
    [0, 0],
    ['2024', 2024],
    [' 2024 ', 2024],
    ['1 200', 1200],
    [`1${NBSP}200`, 1200],
    [`1${NNBSP}200`, 1200],
    [`1${THIN}200`, 1200],
    ['1.200', 1200],
    ['1200,0', 1200],
    ['1 200,00', 1200],
    ['-3', -3],
    [`${MINUS}3`, -3],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(parseInteger(cell))).toBe(expected);
  });

  it.each<[string, SheetCell]>([
    ['an empty cell', null],
    ['an empty text', ''],
    ['white space', ` ${NNBSP} `],
  ])('reads %s as empty', (_, cell) => {
    expect(value(parseInteger(cell))).toBeNull();
  });

  it.each<[SheetCell, string]>([
    ['12,5', '« 12,5 » n’est pas un nombre entier'],
    ['12.5', '« 12.5 » n’est pas un nombre entier'],
    [12.5, '« 12,5 » n’est pas un nombre entier'],
    [1200.25, '« 1 200,25 » n’est pas un nombre entier'],
    ['douze', '« douze » n’est pas un nombre entier'],
    ['12 personnes', '« 12 personnes » n’est pas un nombre entier'],
    ['1 2', '« 1 2 » n’est pas un nombre entier'],
    [true, '« VRAI » n’est pas un nombre entier'],
    [utc(2024, 3, 15), '« 15/03/2024 » n’est pas un nombre entier'],
  ])('rejects %j', (cell, expected) => {
    expect(message(parseInteger(cell))).toBe(expected);
  });
});

describe('parsePercent', () => {
  it.each<[SheetCell, number]>([
    ['75 %', 75],
    ['75%', 75],
    [`75${NBSP}%`, 75],
    [`75${NNBSP}%`, 75],
    ['75', 75],
    ['75,5', 75.5],
    ['75,5 %', 75.5],
    ['0,75', 75],
    ['0.75', 75],
    [0.75, 75],
    [75, 75],
    ['100 %', 100],
    ['100', 100],
    [1, 1],
    ['0', 0],
    ['0 %', 0],
    [0, 0],
    ['0,5 %', 0.5],
    [0.57, 57],
    ['0,57', 57],
    [0.123456, 12.35],
    [0.005, 0.5],
    [150, 150],
    ['150 %', 150],
    ['-5', -5],
    ['-5 %', -5],
    [`${MINUS}5 %`, -5],
  ])('reads %j as %d', (cell, expected) => {
    expect(value(parsePercent(cell))).toBe(expected);
  });

  it.each<[SheetCell, number]>([
    [0.75, 75],
    [1, 100],
    [0, 0],
    ['1', 100],
    ['0,57', 57],
    [0.333333, 33.33],
    ['80 %', 80],
    [1.5, 150],
  ])('reads %j as %d in a column of fractions', (cell, expected) => {
    expect(value(parsePercent(cell, { fractions: true }))).toBe(expected);
  });

  it('reads 1 as 1 % without the fractions option', () => {
    expect(value(parsePercent(1, { fractions: false }))).toBe(1);
  });

  it.each<[string, SheetCell]>([
    ['an empty cell', null],
    ['an empty text', ''],
    ['white space', '   '],
  ])('reads %s as empty', (_, cell) => {
    expect(value(parsePercent(cell))).toBeNull();
  });

  it.each<[SheetCell, string]>([
    ['beaucoup', '« beaucoup » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    ['%', '« % » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    ['75 % %', '« 75 % % » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    ['% 75', '« % 75 » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    ['7 5', '« 7 5 » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    [true, '« VRAI » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
    [utc(2024, 3, 15), '« 15/03/2024 » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)'],
  ])('rejects %j', (cell, expected) => {
    expect(message(parsePercent(cell))).toBe(expected);
  });
});

describe('isFractionColumn', () => {
  it.each<[string, SheetCell[], boolean]>([
    ['an .xlsx percentage column', [0.75, 1, 0, 0.5], true],
    ['fractions written as text', ['0,75', '1', '0,2'], true],
    ['fractions with empty cells', [null, 0.75, '', 1], true],
    ['fractions with cells written with "%", which do not count', [0.75, '80 %', 1], true],
    ['fractions with unreadable cells, which are ignored', [0.75, 'n.c.', true, 1], true],
    ['points of 0 to 100', [75, 100, 0, 50], false],
    ['points with one value below 1', [75, 0.5, 100], false],
    ['only 0 and 1, ambiguous, read as points', [0, 1, 1, 0], false],
    ['only cells written with "%"', ['75 %', '0,5 %'], false],
    ['a negative value', [0.5, -0.2], false],
    ['no cell', [], false],
    ['only empty cells', [null, '', ' '], false],
  ])('%s → %s', (_, cells, expected) => {
    expect(isFractionColumn(cells)).toBe(expected);
  });
});

describe('parseDate', () => {
  it.each<[SheetCell, string]>([
    [utc(2024, 3, 15), '2024-03-15'],
    [utc(2024, 12, 31), '2024-12-31'],
    [utc(2024, 1, 1), '2024-01-01'],
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['05/3/2024', '2024-03-05'],
    ['15-03-2024', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['15/03/24', '2024-03-15'],
    ['1/1/99', '2099-01-01'],
    [' 15/03/2024 ', '2024-03-15'],
    ['15/03/2024 00:00', '2024-03-15'],
    ['15/03/2024 14:30:00', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/15', '2024-03-15'],
    ['2024-03-15T00:00:00', '2024-03-15'],
    ['2024-03-15T00:00:00.000Z', '2024-03-15'],
    ['2024-03-15T23:00:00+01:00', '2024-03-15'],
    ['2024-03-15 10:00', '2024-03-15'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2024', '2024-12-31'],
    [45366, '2024-03-15'],
    [45366.75, '2024-03-15'],
    [45292, '2024-01-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
  ])('reads %j as %s', (cell, expected) => {
    expect(value(parseDate(cell))).toBe(expected);
  });

  it.each<[string, SheetCell]>([
    ['an empty cell', null],
    ['an empty text', ''],
    ['white space', `${NBSP} `],
  ])('reads %s as empty', (_, cell) => {
    expect(value(parseDate(cell))).toBeNull();
  });

  it.each<[SheetCell, string]>([
    ['31/02/2024', '« 31/02/2024 » n’est pas une date valide'],
    ['29/02/2023', '« 29/02/2023 » n’est pas une date valide'],
    ['29/02/1900', '« 29/02/1900 » n’est pas une date valide'],
    ['31/04/2024', '« 31/04/2024 » n’est pas une date valide'],
    ['30/13/2023', '« 30/13/2023 » n’est pas une date valide'],
    ['00/03/2024', '« 00/03/2024 » n’est pas une date valide'],
    ['2024-02-30', '« 2024-02-30 » n’est pas une date valide'],
    [60, '« 60 » n’est pas une date valide'],
  ])('rejects the impossible date %j', (cell, expected) => {
    expect(message(parseDate(cell))).toBe(expected);
  });

  it.each<[SheetCell, string]>([
    ['mars 2024', '« mars 2024 »'],
    ['45366', '« 45366 »'],
    ['15032024', '« 15032024 »'],
    ['15/03', '« 15/03 »'],
    ['03/2024', '« 03/2024 »'],
    ['15/03-2024', '« 15/03-2024 »'],
    ['15/03/2024 ou après', '« 15/03/2024 ou après »'],
    ['15 mars 2024', '« 15 mars 2024 »'],
    [0, '« 0 »'],
    [-1, '« -1 »'],
    [2958466, '« 2 958 466 »'],
    [true, '« VRAI »'],
  ])('rejects %j, which is not a date', (cell, quoted) => {
    expect(message(parseDate(cell))).toBe(
      `${quoted} n’est pas une date (attendu JJ/MM/AAAA, ex. « 15/03/2024 »)`,
    );
  });
});

describe('splitList', () => {
  it.each<[string, SheetCell, string[]]>([
    ['one value', 'Emploi', ['Emploi']],
    ['values separated by ";"', 'Emploi;Santé ; Éducation', ['Emploi', 'Santé', 'Éducation']],
    ['values on lines (LF)', 'Emploi\nSanté', ['Emploi', 'Santé']],
    ['values on lines (CRLF)', 'Emploi\r\nSanté\r\n', ['Emploi', 'Santé']],
    ['values on lines (CR)', 'Emploi\rSanté', ['Emploi', 'Santé']],
    ['both separators', 'Emploi ;\nSanté;\r\nÉducation', ['Emploi', 'Santé', 'Éducation']],
    ['empty parts, dropped', ';Emploi;;  ; \n\nSanté;', ['Emploi', 'Santé']],
    [
      'a comma, which does not split',
      'Lever les freins à l’emploi, notamment la mobilité',
      ['Lever les freins à l’emploi, notamment la mobilité'],
    ],
    ['inner spaces, folded', `Accès${NBSP}${NBSP}à  l’emploi ; QPV`, ['Accès à l’emploi', 'QPV']],
    ['a number', 12, ['12']],
    ['an empty cell', null, []],
    ['an empty text', '', []],
    ['only separators', ' ; \n ; ', []],
  ])('splits %s', (_, cell, expected) => {
    expect(splitList(cell)).toEqual(expected);
  });

  it('names the separators in the help', () => {
    expect(LIST_SEPARATOR_HELP).toContain('(;)');
    expect(LIST_SEPARATOR_HELP).toContain('retour à la ligne');
  });
});

describe('parseProgressHistory', () => {
  it.each<[string, SheetCell, { date: string; progress: number }[]]>([
    [
      'the export format',
      '15/03/2023 : 20 % ; 30/06/2023 : 45 %',
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
      ],
    ],
    ['one report', '15/03/2023 : 20 %', [{ date: '2023-03-15', progress: 20 }]],
    [
      'no spaces',
      '15/03/2023:20%;30/06/2023:45%',
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
      ],
    ],
    [
      'no-break spaces',
      `15/03/2023${NBSP}:${NNBSP}20${NNBSP}%${NBSP};${NBSP}30/06/2023${NNBSP}:${NBSP}45${NBSP}%`,
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
      ],
    ],
    [
      'reports on lines',
      '15/03/2023 : 20 %\n30/06/2023 : 45 %\r\n',
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
      ],
    ],
    [
      'other date and percentage formats',
      '2023-03-15 : 0,2 ; 30/06/23 : 45 ; 2023-09-30T00:00:00 : 12,5 %',
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
        { date: '2023-09-30', progress: 12.5 },
      ],
    ],
    [
      'reports out of order, kept as written',
      '30/06/2023 : 45 % ; 15/03/2023 : 20 %',
      [
        { date: '2023-06-30', progress: 45 },
        { date: '2023-03-15', progress: 20 },
      ],
    ],
  ])('reads %s', (_, cell, expected) => {
    expect(value(parseProgressHistory(cell))).toEqual(expected);
  });

  it.each<[string, SheetCell]>([
    ['an empty cell', null],
    ['an empty text', ''],
    ['only separators', ' ; '],
  ])('reads %s as empty', (_, cell) => {
    expect(value(parseProgressHistory(cell))).toBeNull();
  });

  it.each<[SheetCell, string]>([
    [
      '15/03/2023 : 20 % ; 30/13/2023 : 45 %',
      '« 30/13/2023 : 45 % » : « 30/13/2023 » n’est pas une date valide',
    ],
    [
      'mars 2023 : 20 %',
      '« mars 2023 : 20 % » : « mars 2023 » n’est pas une date (attendu JJ/MM/AAAA, ex. « 15/03/2024 »)',
    ],
    [
      '15/03/2023 : beaucoup',
      '« 15/03/2023 : beaucoup » : « beaucoup » n’est pas un pourcentage (ex. « 75 % » ou « 0,75 »)',
    ],
    ['15/03/2023 20 %', '« 15/03/2023 20 % » : attendu « date : pourcentage » (ex. « 15/03/2023 : 20 % »)'],
    [
      '15/03/2023 : 20 %, 30/06/2023 : 45 %',
      '« 15/03/2023 : 20 %, 30/06/2023 : 45 % » : « 15/03/2023 : 20 %, 30/06/2023 » n’est pas une date (attendu JJ/MM/AAAA, ex. « 15/03/2024 »)',
    ],
    [': 20 %', '« : 20 % » : date manquante'],
    ['15/03/2023 :', '« 15/03/2023 : » : pourcentage manquant'],
    [45366, '« 45366 » : attendu « date : pourcentage » (ex. « 15/03/2023 : 20 % »)'],
  ])('rejects %j', (cell, expected) => {
    expect(message(parseProgressHistory(cell))).toBe(expected);
  });
});

describe('formatProgressHistory', () => {
  it.each<[string, { date: string; progress: number }[], string]>([
    ['no report', [], ''],
    ['one report', [{ date: '2023-03-15', progress: 20 }], '15/03/2023 : 20 %'],
    [
      'reports separated by " ; "',
      [
        { date: '2023-03-15', progress: 20 },
        { date: '2023-06-30', progress: 45 },
      ],
      '15/03/2023 : 20 % ; 30/06/2023 : 45 %',
    ],
    ['a decimal with a comma', [{ date: '2023-03-15', progress: 12.5 }], '15/03/2023 : 12,5 %'],
    [
      'zero and a hundred',
      [
        { date: '2023-03-15', progress: 0 },
        { date: '2023-12-31', progress: 100 },
      ],
      '15/03/2023 : 0 % ; 31/12/2023 : 100 %',
    ],
  ])('writes %s', (_, reports, expected) => {
    expect(formatProgressHistory(reports)).toBe(expected);
  });

  it('writes normal spaces, not no-break spaces', () => {
    expect(formatProgressHistory([{ date: '2023-03-15', progress: 20 }])).not.toMatch(/[\u00A0\u202F]/);
  });

  it.each<[string, { date: string; progress: number }[]]>([
    ['one report', [{ date: '2023-03-15', progress: 20 }]],
    [
      'a year of reports',
      [
        { date: '2023-01-31', progress: 0 },
        { date: '2023-03-15', progress: 12.5 },
        { date: '2023-06-30', progress: 45 },
        { date: '2023-12-31', progress: 100 },
      ],
    ],
    [
      'small and fractional values, which must not be read as fractions',
      [
        { date: '2024-02-29', progress: 0.5 },
        { date: '2024-03-01', progress: 1 },
        { date: '2024-04-01', progress: 33.33 },
      ],
    ],
    [
      'out-of-order and out-of-range values, kept for the schema',
      [
        { date: '2024-06-30', progress: 150 },
        { date: '2024-01-15', progress: -5 },
      ],
    ],
  ])('reads back what it writes: %s', (_, reports) => {
    expect(value(parseProgressHistory(formatProgressHistory(reports)))).toEqual(reports);
  });
});
