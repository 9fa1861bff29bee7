import { formatCell, formatCount, formatDisplayedRows, formatEvolution, formatIndicatorValue } from './format';

const n = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatIndicatorValue', () => {
  it.each([
    [1234, 'count', '1 234'],
    [45.25, 'percent', '45,3 %'],
    [12, 'days', '12 jours'],
    [1, 'days', '1 jour'],
    [1500.5, 'euros', '1 500,50 €'],
    [3.5, 'hours', '3,5 heures'],
    [250, 'm2', '250 m²'],
  ])('should write %p %s as %p', (value, unit, expected) => {
    expect(n(formatIndicatorValue(value, unit))).toBe(expected);
  });

  it('should write a missing value as a dash', () => {
    expect(formatIndicatorValue(null, 'count')).toBe('—');
  });

  it('should sign the evolution', () => {
    expect(n(formatEvolution(-3.25))).toBe('-3,3 %');
    expect(n(formatEvolution(0))).toBe('0 %');
  });

  it('should write ISO dates and booleans in French', () => {
    expect(formatCell('2025-03-07')).toBe('07/03/2025');
    expect(formatCell(true)).toBe('Oui');
  });
});

describe('counts', () => {
  it('should set thousands apart by a narrow no-break space', () => {
    expect(formatCount(2032)).toBe('2\u202f032');
    expect(formatDisplayedRows({ from: 1, to: 50, count: 2032 })).toBe('1–50 sur 2\u202f032');
  });
});
