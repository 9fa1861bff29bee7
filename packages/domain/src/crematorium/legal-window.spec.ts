import { cremationWindowViolation, latestCremationDay } from './legal-window';

const at = (iso: string) => new Date(iso);

describe('délai légal de crémation (CGCT R2213-35)', () => {
  describe('décès depuis le 12 juillet 2024 (décret 2024-790) : 24 heures à 14 jours calendaires', () => {
    it('ends on the 14th calendar day after the day of death, Sundays and holidays counted', () => {
      expect(latestCremationDay('2024-07-12')).toBe('2024-07-26');
      // 14 July and 15 August are counted
      expect(latestCremationDay('2024-08-05')).toBe('2024-08-19');
    });
    it('refuses before 24 hours and after the 14th day, accepts in between', () => {
      const death = at('2024-09-02T08:00:00Z');
      expect(cremationWindowViolation(death, at('2024-09-03T07:00:00Z'))).toMatch(/24 heures/);
      expect(cremationWindowViolation(death, at('2024-09-03T08:00:00Z'))).toBeNull();
      expect(cremationWindowViolation(death, at('2024-09-16T15:00:00Z'))).toBeNull();
      expect(cremationWindowViolation(death, at('2024-09-17T08:00:00Z'))).toMatch(/au plus tard le 16\/09\/2024/);
    });
  });
  describe('décès avant le 12 juillet 2024 : 6 jours, dimanches et jours fériés exclus', () => {
    it('skips Sundays', () => {
      // Wednesday 8 March 2023: Thu 9, Fri 10, Sat 11, Sun 12 skipped, Mon 13, Tue 14, Wed 15 (6)
      expect(latestCremationDay('2023-03-08')).toBe('2023-03-15');
    });
    it('skips public holidays (Easter Monday, 1 May, 8 May)', () => {
      // Thursday 6 April 2023: Fri 7, Sat 8, Sun 9 skipped, Mon 10 Easter Monday skipped, Tue 11 … Thu 13 (5), Fri 14 (6)
      expect(latestCremationDay('2023-04-06')).toBe('2023-04-14');
      // Friday 28 April 2023: Sat 29, Sun skipped, 1 May skipped, Tue 2 … Fri 5 (5), Sat 6 (6)
      expect(latestCremationDay('2023-04-28')).toBe('2023-05-06');
    });
    it('applies to a death of 11 July 2024, the new rule from 12 July', () => {
      // Thursday 11 July 2024: Fri 12, Sat 13, Sun 14 skipped (Sunday and 14 July), Mon 15 … Thu 18 (6)
      expect(latestCremationDay('2024-07-11')).toBe('2024-07-18');
      expect(latestCremationDay('2024-07-12')).toBe('2024-07-26');
    });
    it('refuses a cremation after the 6th day', () => {
      const death = at('2023-03-08T10:00:00Z');
      expect(cremationWindowViolation(death, at('2023-03-15T14:00:00Z'))).toBeNull();
      expect(cremationWindowViolation(death, at('2023-03-16T08:00:00Z'))).toMatch(/15\/03\/2023/);
    });
  });
});
