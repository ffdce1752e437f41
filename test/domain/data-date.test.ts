import { describe, expect, it } from 'vitest';
import {
  chooseDataDate,
  isRealIsoDate,
  latestReportDate,
  localIsoDay,
  parseDayInput,
} from '../../src/domain/data-date';

const withReports = (...dates: string[]) => ({
  progressHistory: dates.map((date) => ({ date, progress: 10 })),
});
const actions = [withReports('2023-03-14', '2023-11-30'), withReports(), withReports('2023-06-26')];
const TODAY = '2026-12-06';

describe('isRealIsoDate and parseDayInput', () => {
  it('accepts days that exist, written AAAA-MM-JJ, or JJ/MM/AAAA for what staff type', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2023-02-29')).toBe(false);
    expect(isRealIsoDate('26/06/2023')).toBe(false);
    expect(parseDayInput(' 2023-06-26 ')).toBe('2023-06-26');
    expect(parseDayInput('26/06/2023')).toBe('2023-06-26');
    expect(parseDayInput('1/7/2023')).toBe('2023-07-01');
    expect(parseDayInput('31/06/2023')).toBeNull();
    expect(parseDayInput('2023-6-26')).toBeNull();
    expect(parseDayInput('juin 2023')).toBeNull();
  });

  it('localIsoDay is the local calendar day, not the UTC one', () => {
    expect(localIsoDay(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
    expect(localIsoDay(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
  });
});

describe('latestReportDate', () => {
  it('is the latest progress report of any action, whatever their order', () => {
    expect(latestReportDate(actions)).toBe('2023-11-30');
    expect(latestReportDate([withReports(), withReports()])).toBeNull();
    expect(latestReportDate([])).toBeNull();
  });
});

describe('chooseDataDate', () => {
  it('takes the latest progress report of the data when no date is given', () => {
    expect(chooseDataDate({ given: null, actions, today: TODAY })).toEqual({
      ok: true,
      date: '2023-11-30',
      source: 'reports',
      latestReport: '2023-11-30',
    });
  });

  it('takes the date given, on or after the last report, in either spelling', () => {
    expect(chooseDataDate({ given: '2023-12-31', actions, today: TODAY })).toMatchObject({
      ok: true,
      date: '2023-12-31',
      source: 'given',
    });
    expect(chooseDataDate({ given: '30/11/2023', actions, today: TODAY })).toMatchObject({
      ok: true,
      date: '2023-11-30',
    });
    expect(chooseDataDate({ given: '2024-01-15', actions: [], today: TODAY })).toMatchObject({
      ok: true,
      date: '2024-01-15',
      latestReport: null,
    });
  });

  it('never falls back on today: without reports nor date given, it is refused with how to give one', () => {
    const choice = chooseDataDate({ given: null, actions: [withReports()], today: TODAY });
    expect(choice).toMatchObject({ ok: false, reason: 'no-reports' });
    expect(!choice.ok && choice.message).toMatch(/aucun point d’avancement daté.*Historique d’avancement/);
  });

  it('refuses a date that does not exist, one after today, and one before a report of the data', () => {
    expect(chooseDataDate({ given: '2023-02-30', actions, today: TODAY })).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('« 2023-02-30 » n’est pas une date'),
    });
    expect(chooseDataDate({ given: '2027-01-01', actions, today: TODAY })).toMatchObject({
      ok: false,
      reason: 'future',
      message: 'la date des données (1 janvier 2027) est après aujourd’hui (6 décembre 2026).',
    });
    expect(chooseDataDate({ given: '2023-06-30', actions, today: TODAY })).toMatchObject({
      ok: false,
      reason: 'before-reports',
      message: expect.stringContaining('précède le dernier point d’avancement du fichier (30 novembre 2023)'),
    });
  });

  it('refuses a report dated after today rather than dating the data in the future', () => {
    expect(chooseDataDate({ given: null, actions: [withReports('2027-03-01')], today: TODAY })).toMatchObject(
      { ok: false, reason: 'future-reports' },
    );
  });
});
