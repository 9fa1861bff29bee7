import { DEFAULT_WORKING_CALENDAR } from '../calendar/working-days';
import { cessionAllowedFrom, daysInCustody, holdingPeriodEnd, holdingStatus } from './holding-period';

const end = (d: string) => holdingPeriodEnd(d, 'CAPTURE_MAYOR');

describe('délai franc de garde de huit jours ouvrés (L211-25)', () => {
  it('does not count the day of entry and skips the weekend', () => {
    // Monday 6 March 2023: Tue 7 … Fri 10 (4), Mon 13 … Thu 16 (8)
    expect(end('2023-03-06')).toBe('2023-03-16');
    expect(cessionAllowedFrom('2023-03-16')).toBe('2023-03-17');
  });
  it('starts counting on Monday for an entry on Friday, Saturday or Sunday', () => {
    expect(end('2023-03-10')).toBe('2023-03-22');
    expect(end('2023-03-11')).toBe('2023-03-22');
    expect(end('2023-03-12')).toBe('2023-03-22');
  });
  it('skips Easter Monday', () => {
    // Thursday 6 April 2023: Fri 7 (1), Mon 10 Easter Monday skipped, Tue 11 … Fri 14 (5), Mon 17 … Wed 19 (8)
    expect(end('2023-04-06')).toBe('2023-04-19');
  });
  it('skips 1 May, 8 May, Ascension and Whit Monday in May 2023', () => {
    // Friday 28 April 2023: 1 May (Mon) holiday; Tue 2 … Fri 5 (4); 8 May holiday; Tue 9, Wed 10, Thu 11, Fri 12 (8)
    expect(end('2023-04-28')).toBe('2023-05-12');
    // Monday 15 May 2023: Tue 16, Wed 17, Thu 18 Ascension skipped, Fri 19 (3), Mon 22 … Fri 26 (8)
    expect(end('2023-05-15')).toBe('2023-05-26');
    // Tuesday 23 May 2023: Wed 24 … Fri 26 (3), Mon 29 Whit Monday skipped, Tue 30 … Fri 2 June (7), Mon 5 June (8)
    expect(end('2023-05-23')).toBe('2023-06-05');
  });
  it('counts Whit Monday when the pound works it (journée de solidarité)', () => {
    const cal = { ...DEFAULT_WORKING_CALENDAR, workedHolidays: ['Lundi de Pentecôte'] };
    expect(holdingPeriodEnd('2023-05-23', 'CAPTURE_MAYOR', cal)).toBe('2023-06-02');
  });
  it('crosses the year end, Christmas and New Year’s Day', () => {
    // Thursday 28 December 2023: Fri 29 (1), Mon 1 Jan skipped, Tue 2 … Fri 5 (5), Mon 8 … Wed 10 (8)
    expect(end('2023-12-28')).toBe('2024-01-10');
    // Friday 23 December 2022: Mon 26 … Fri 30 (5), Mon 2 … Wed 4 January 2023 (8)
    expect(end('2022-12-23')).toBe('2023-01-04');
    expect(cessionAllowedFrom('2023-12-31')).toBe('2024-01-01');
  });
  it('brought animals run the same clock; requisitions have none', () => {
    expect(holdingPeriodEnd('2023-03-06', 'BROUGHT')).toBe('2023-03-16');
    expect(holdingPeriodEnd('2023-03-06', 'REQUISITION')).toBeNull();
  });
  it('tells whether the period runs, ends today or is over', () => {
    expect(holdingStatus('2023-03-16', '2023-03-15')).toBe('RUNNING');
    expect(holdingStatus('2023-03-16', '2023-03-16')).toBe('ENDS_TODAY');
    expect(holdingStatus('2023-03-16', '2023-03-17')).toBe('OVER');
    expect(holdingStatus(null, '2023-03-17')).toBe('COURT');
    expect(daysInCustody('2023-12-28', '2024-01-02')).toBe(5);
  });
});
