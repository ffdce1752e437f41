import { describe, expect, it } from 'vitest';
import { checkDataDateInput, proposedDataDate } from '../../../src/features/import/import-data-date';

const withReports = (...dates: string[]) => ({
  progressHistory: dates.map((date) => ({ date, progress: 10 })),
});
const TODAY = '2026-11-25';

describe('proposedDataDate (browser import)', () => {
  it('proposes the latest progress report of the file, and says so', () => {
    expect(proposedDataDate([withReports('2023-03-14', '2023-11-30'), withReports()], TODAY)).toEqual({
      date: '2023-11-30',
      note: 'Proposée : le dernier point d’avancement daté du fichier.',
    });
  });

  it('proposes today only when the file dates nothing, saying so and asking for the real day', () => {
    const proposal = proposedDataDate([withReports()], TODAY);
    expect(proposal.date).toBe(TODAY);
    expect(proposal.note).toMatch(/aucun point d’avancement daté.*la date du jour est proposée/);
    expect(proposedDataDate([withReports('2027-01-01')], TODAY)).toMatchObject({
      date: TODAY,
      note: expect.stringContaining('après aujourd’hui'),
    });
  });
});

describe('checkDataDateInput', () => {
  const actions = [withReports('2023-11-30')];
  it('accepts a day on or after the last report and not after today', () => {
    expect(checkDataDateInput('2023-11-30', actions, TODAY)).toEqual({ ok: true, date: '2023-11-30' });
    expect(checkDataDateInput(TODAY, actions, TODAY)).toEqual({ ok: true, date: TODAY });
  });

  it('refuses an empty field, a day after today and one before the last report, in a sentence', () => {
    expect(checkDataDateInput('', actions, TODAY)).toEqual({
      ok: false,
      message: 'Indiquez la date des données.',
    });
    expect(checkDataDateInput('2026-11-26', actions, TODAY)).toEqual({
      ok: false,
      message: 'La date des données (26 novembre 2026) est après aujourd’hui (25 novembre 2026).',
    });
    expect(checkDataDateInput('2023-06-30', actions, TODAY)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^La date des données \(30 juin 2023\) précède le dernier point/),
    });
  });
});
