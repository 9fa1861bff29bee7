import { frenchChange, frenchFigure, frenchLongDate, frenchNumber } from './french-format';

/** Written with visible spaces: "_" is the narrow no-break space (U+202F), "~" the no-break space (U+00A0). */
const fr = (text: string) => text.replace(/_/g, '\u202f').replace(/~/g, '\u00a0');

describe('French figures', () => {
  it('groups thousands with a narrow no-break space and uses the decimal comma', () => {
    expect(frenchNumber(2082)).toBe(fr('2_082'));
    expect(frenchNumber(1668)).toBe(fr('1_668'));
    expect(frenchNumber(245000)).toBe(fr('245_000'));
    expect(frenchNumber(1223.44)).toBe(fr('1_223,4'));
    expect(frenchNumber(955.2)).toBe('955,2');
    expect(frenchNumber(12)).toBe('12');
    expect(frenchNumber(2.05, 2)).toBe('2,05');
    expect(frenchNumber(-1500)).toBe(fr('−1_500'));
    expect(frenchNumber(1234567.8)).toBe(fr('1_234_567,8'));
  });

  it('writes each unit the French way', () => {
    expect(frenchFigure(2082, 'count')).toBe(fr('2_082'));
    expect(frenchFigure(22000, 'euros')).toBe(fr('22_000~€'));
    expect(frenchFigure(1234.5, 'euros')).toBe(fr('1_234,50~€'));
    expect(frenchFigure(30.1, 'percent')).toBe(fr('30,1~%'));
    expect(frenchFigure(12.5, 'days')).toBe(fr('12,5~jours'));
    expect(frenchFigure(1, 'days')).toBe(fr('1~jour'));
    expect(frenchFigure(3.5, 'hours')).toBe(fr('3,5~h'));
    expect(frenchFigure(1200, 'm2')).toBe(fr('1_200~m²'));
    expect(frenchFigure(null, 'count')).toBe('—');
    expect(frenchFigure(Number.NaN, 'count')).toBe('—');
  });

  it('compares with the previous year: relative change for amounts, points for rates', () => {
    expect(frenchChange(2082, 1980, 'count')).toBe(fr('+5,2~%'));
    expect(frenchChange(1668, 1800, 'count')).toBe(fr('−7,3~%'));
    expect(frenchChange(30.1, 28.9, 'percent')).toBe(fr('+1,2~pt'));
    expect(frenchChange(30.1, 33.1, 'percent')).toBe(fr('−3~pts'));
    expect(frenchChange(10, 10, 'count')).toBe('stable');
    expect(frenchChange(10, 0, 'count')).toBeNull();
    expect(frenchChange(10, null, 'count')).toBeNull();
  });

  it('writes a day in full, with "1er" for the first of the month', () => {
    expect(frenchLongDate('2023-07-01')).toBe(fr('1er~juillet 2023'));
    expect(frenchLongDate('2024-11-15')).toBe(fr('15~novembre 2024'));
    expect(frenchLongDate('2023-08-31')).toBe(fr('31~août 2023'));
  });
});
