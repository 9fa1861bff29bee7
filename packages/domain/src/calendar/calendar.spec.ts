import { addDays, addMonths, frenchDay, isLocalDate, isoWeekday, toParisLocalDate, daysBetween } from './local-date';
import { publicHolidays, publicHolidayName } from './holidays';
import {
  isWorkingDay,
  lastDayOfFrancWorkingDelay,
  countWorkingDaysBetween,
  DEFAULT_WORKING_CALENDAR,
} from './working-days';

describe('local dates', () => {
  it('validates real calendar days only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('23-01-01')).toBe(false);
  });
  it('adds days across months, years and the daylight-saving change', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });
  it('knows the weekday', () => {
    expect(isoWeekday('2023-05-01')).toBe(1);
    expect(isoWeekday('2023-05-07')).toBe(7);
  });
  it('writes a day the French way', () => {
    expect(frenchDay('2023-07-01')).toBe('01/07/2023');
    expect(frenchDay(null)).toBe('—');
  });
  it('reads an instant as a day in Paris', () => {
    expect(toParisLocalDate(new Date('2023-06-30T22:30:00Z'))).toBe('2023-07-01');
  });
});

describe('addMonths, as administrative law counts months', () => {
  it('lands on the same day number', () => {
    expect(addMonths('2023-03-15', 1)).toBe('2023-04-15');
    expect(addMonths('2023-03-15', 3)).toBe('2023-06-15');
    expect(addMonths('2023-11-20', 2)).toBe('2024-01-20');
  });
  it('falls back to the last day of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', 1)).toBe('2023-04-30');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
  it('counts backwards too', () => {
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2023-01-15', -2)).toBe('2022-11-15');
  });
});

describe('public holidays', () => {
  it('lists the eleven holidays of 2024 with Easter-based ones', () => {
    const h = publicHolidays(2024);
    expect(h).toHaveLength(11);
    expect(h.map((x) => x.date)).toEqual(
      expect.arrayContaining([
        '2024-01-01',
        '2024-04-01',
        '2024-05-01',
        '2024-05-08',
        '2024-05-09',
        '2024-05-20',
        '2024-07-14',
        '2024-08-15',
        '2024-11-01',
        '2024-11-11',
        '2024-12-25',
      ]),
    );
  });
  it('names Easter Monday, Ascension and Whit Monday of 2023', () => {
    expect(publicHolidayName('2023-04-10')).toBe('Lundi de Pâques');
    expect(publicHolidayName('2023-05-18')).toBe('Ascension');
    expect(publicHolidayName('2023-05-29')).toBe('Lundi de Pentecôte');
    expect(publicHolidayName('2023-05-30')).toBeUndefined();
  });
});

describe('working days', () => {
  it('excludes weekends and public holidays', () => {
    expect(isWorkingDay('2023-05-02')).toBe(true);
    expect(isWorkingDay('2023-05-06')).toBe(false);
    expect(isWorkingDay('2023-05-08')).toBe(false);
  });
  it('lets a service work on Whit Monday when configured', () => {
    expect(isWorkingDay('2023-05-29', { ...DEFAULT_WORKING_CALENDAR, workedHolidays: ['Lundi de Pentecôte'] })).toBe(
      true,
    );
  });
  it('counts a délai franc without the starting day', () => {
    // Monday 2023-03-06: Tue..Fri = 4, Mon..Thu = 8 → Thursday 2023-03-16
    expect(lastDayOfFrancWorkingDelay('2023-03-06', 8)).toBe('2023-03-16');
    // Friday 2023-12-22: Christmas and New Year's Day are skipped → 26,27,28,29, 2,3,4,5 January
    expect(lastDayOfFrancWorkingDelay('2023-12-22', 8)).toBe('2024-01-05');
    expect(countWorkingDaysBetween('2023-03-06', '2023-03-16')).toBe(8);
  });
});
