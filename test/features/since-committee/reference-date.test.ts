import { describe, expect, it } from 'vitest';
import { pickableCommittees, referenceDateOf } from '../../../src/features/since-committee/reference-date';

const committees = ['2023-06-26', '2022-11-14', '2023-03-13', '2023-11-30', '2024-01-15'];
const dataDate = '2023-11-30';

describe('referenceDateOf', () => {
  it('is the last committee before the data date when the address gives none', () => {
    expect(referenceDateOf(null, committees, dataDate)).toEqual({
      status: 'ready',
      date: '2023-06-26',
      fromUrl: false,
      ignored: null,
    });
  });

  it('takes a real date before the data date from the address', () => {
    expect(referenceDateOf('2023-01-01', committees, dataDate)).toMatchObject({
      date: '2023-01-01',
      fromUrl: true,
    });
  });

  it.each(['2023-02-30', '2023-13-01', 'hier', '2023-11-30', '2024-02-01'])(
    'falls back to the last committee for "%s", and says so',
    (raw) => {
      expect(referenceDateOf(raw, committees, dataDate)).toEqual({
        status: 'ready',
        date: '2023-06-26',
        fromUrl: false,
        ignored: raw,
      });
    },
  );

  it('has nothing to compare with without a data date, or without an earlier committee', () => {
    expect(referenceDateOf('2023-01-01', committees, null)).toMatchObject({
      status: 'none',
      reason: 'no-data-date',
    });
    expect(referenceDateOf(null, ['2024-01-15'], dataDate)).toMatchObject({
      status: 'none',
      reason: 'no-committee',
    });
  });
});

describe('pickableCommittees', () => {
  it('lists the committees before the data date, latest first, each once', () => {
    expect(pickableCommittees([...committees, '2023-03-13', 'n’importe'], dataDate)).toEqual([
      '2023-06-26',
      '2023-03-13',
      '2022-11-14',
    ]);
  });
});
