import { holdingPeriodEnd } from './holding-period';
import {
  DEFAULT_FOURRIERE_CALENDAR_SETTING,
  fourriereCalendarIssues,
  fourriereCalendarOn,
  fourriereCalendarStatus,
  PUBLIC_HOLIDAY_NAMES,
  workingCalendarOf,
} from './working-calendar';

const DEFAULT = DEFAULT_FOURRIERE_CALENDAR_SETTING;
const WHIT_2024 = { validFrom: '2024-01-01', workedHolidays: ['Lundi de Pentecôte'], extraClosedDays: [] };
const CLOSED_2025 = { validFrom: '2025-01-01', workedHolidays: [], extraClosedDays: ['2025-03-14'] };
const all = [CLOSED_2025, DEFAULT, WHIT_2024];

describe('calendrier des jours ouvrés de la fourrière, daté', () => {
  it('picks the setting in force on a day: the latest dated on or before it', () => {
    expect(fourriereCalendarOn(all, '2014-12-31')).toBeNull();
    expect(fourriereCalendarOn(all, '2015-01-01')).toBe(DEFAULT);
    expect(fourriereCalendarOn(all, '2023-12-31')).toBe(DEFAULT);
    expect(fourriereCalendarOn(all, '2024-01-01')).toBe(WHIT_2024);
    expect(fourriereCalendarOn(all, '2024-12-31')).toBe(WHIT_2024);
    expect(fourriereCalendarOn(all, '2026-06-01')).toBe(CLOSED_2025);
  });
  it('tells the setting in force from the upcoming and the replaced ones', () => {
    expect(all.map((s) => fourriereCalendarStatus(all, s, '2024-06-01'))).toEqual([
      'UPCOMING',
      'SUPERSEDED',
      'IN_FORCE',
    ]);
  });
  it('turns a setting into the working calendar of the holding period', () => {
    // Friday 17 May 2024, Whit Monday the 20th: by default Tue 21 … Fri 24 (4), Mon 27 … Thu 30 (8)
    expect(holdingPeriodEnd('2024-05-17', 'CAPTURE_MAYOR', workingCalendarOf(DEFAULT))).toBe('2024-05-30');
    expect(holdingPeriodEnd('2024-05-17', 'CAPTURE_MAYOR', workingCalendarOf(WHIT_2024))).toBe('2024-05-29');
    // Monday 10 March 2025, closed on Friday 14: Tue 11 … Thu 13 (3), Mon 17 … Fri 21 (8), one day later than the default
    expect(holdingPeriodEnd('2025-03-10', 'CAPTURE_MAYOR', workingCalendarOf(DEFAULT))).toBe('2025-03-20');
    expect(holdingPeriodEnd('2025-03-10', 'CAPTURE_MAYOR', workingCalendarOf(CLOSED_2025))).toBe('2025-03-21');
    expect(workingCalendarOf(null)).toEqual(workingCalendarOf(DEFAULT));
  });
  it('names the eleven public holidays the director may choose from', () => {
    expect(PUBLIC_HOLIDAY_NAMES).toEqual([
      "Jour de l'an",
      'Lundi de Pâques',
      'Fête du travail',
      'Victoire des alliés',
      'Ascension',
      'Lundi de Pentecôte',
      'Fête Nationale',
      'Assomption',
      'Toussaint',
      'Armistice',
      'Noël',
    ]);
  });
  it('refuses an unknown holiday, an invalid, repeated or too early closed day, naming the field in French', () => {
    expect(fourriereCalendarIssues(WHIT_2024)).toEqual([]);
    expect(
      fourriereCalendarIssues({
        validFrom: '2024-01-01',
        workedHolidays: ['Lundi de Pentecôte', 'Saint-Éloi'],
        extraClosedDays: ['2024-02-30', '2024-03-15', '2024-03-15', '2023-12-29'],
      }),
    ).toEqual([
      {
        field: 'workedHolidays.1',
        message: `Jours fériés travaillés : « Saint-Éloi » n’est pas un jour férié (choix possibles : ${PUBLIC_HOLIDAY_NAMES.join(', ')}).`,
      },
      {
        field: 'extraClosedDays.0',
        message:
          'Jours de fermeture supplémentaires : « 2024-02-30 » n’est pas une date valide (format attendu AAAA-MM-JJ).',
      },
      { field: 'extraClosedDays.2', message: 'Jours de fermeture supplémentaires : le 15/03/2024 figure deux fois.' },
      {
        field: 'extraClosedDays.3',
        message: 'Jours de fermeture supplémentaires : le 29/12/2023 précède l’entrée en vigueur (01/01/2024).',
      },
    ]);
    expect(
      fourriereCalendarIssues({
        validFrom: '2024-01-01',
        workedHolidays: ['Ascension', 'Ascension'],
        extraClosedDays: [],
      }),
    ).toEqual([{ field: 'workedHolidays.1', message: 'Jours fériés travaillés : « Ascension » figure deux fois.' }]);
  });
});
