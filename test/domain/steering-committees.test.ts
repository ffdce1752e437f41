import { describe, expect, it } from 'vitest';
import { addSteeringCommittee, removeSteeringCommittee } from '../../src/domain/steering-committees';

const meta = { period: { start: 2015, end: 2023 }, steeringCommittees: ['2022-10-04', '2023-11-20'] };

describe('addSteeringCommittee', () => {
  it('adds a day within the contract’s period and keeps the list in order', () => {
    expect(addSteeringCommittee(meta, '2023-06-26')).toEqual({
      ok: true,
      date: '2023-06-26',
      committees: ['2022-10-04', '2023-06-26', '2023-11-20'],
    });
    expect(addSteeringCommittee(meta, '01/01/2015')).toMatchObject({ ok: true, date: '2015-01-01' });
    expect(addSteeringCommittee(meta, '2023-12-31')).toMatchObject({ ok: true });
  });

  it('refuses what is not a day, a day outside the period, and a committee already recorded, saying why', () => {
    expect(addSteeringCommittee(meta, '2023-06-31')).toEqual({
      ok: false,
      message:
        '« 2023-06-31 » n’est pas une date : AAAA-MM-JJ (2023-06-26) ou JJ/MM/AAAA (26/06/2023), un jour qui existe.',
    });
    expect(addSteeringCommittee(meta, 'lundi')).toMatchObject({ ok: false });
    expect(addSteeringCommittee(meta, '2014-12-31')).toEqual({
      ok: false,
      message:
        'le 31 décembre 2014 est hors de la période du contrat (2015–2023) : pas de comité de pilotage à cette date.',
    });
    expect(addSteeringCommittee(meta, '2024-01-01')).toMatchObject({ ok: false });
    expect(addSteeringCommittee(meta, '20/11/2023')).toEqual({
      ok: false,
      message: 'le comité de pilotage du 20 novembre 2023 est déjà enregistré.',
    });
  });
});

describe('removeSteeringCommittee', () => {
  it('removes a recorded committee, and says so when there is none that day', () => {
    expect(removeSteeringCommittee(meta, '2022-10-04')).toEqual({
      ok: true,
      date: '2022-10-04',
      committees: ['2023-11-20'],
    });
    expect(removeSteeringCommittee(meta, '2022-10-05')).toEqual({
      ok: false,
      message: 'aucun comité de pilotage n’est enregistré le 5 octobre 2022.',
    });
  });
});
