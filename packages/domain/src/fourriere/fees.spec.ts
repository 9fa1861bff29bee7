import {
  computeFourriereFees,
  DEFAULT_FOURRIERE_TARIFFS,
  fourriereBoardingDays,
  fourriereEuros,
  fourriereTariffOn,
  fourriereTariffStatus,
} from './fees';

const base = {
  tariffs: DEFAULT_FOURRIERE_TARIFFS,
  species: 'DOG' as const,
  origin: 'CAPTURE_MAYOR' as const,
  identifyAtOwnerCost: false,
  vetActs: [],
};

describe('frais de fourrière', () => {
  it('picks the tariff in force on the day of entry', () => {
    expect(fourriereTariffOn(DEFAULT_FOURRIERE_TARIFFS, 'DOG', '2023-12-31')?.validFrom).toBe('2022-01-01');
    expect(fourriereTariffOn(DEFAULT_FOURRIERE_TARIFFS, 'DOG', '2024-01-01')?.validFrom).toBe('2024-01-01');
    expect(fourriereTariffOn(DEFAULT_FOURRIERE_TARIFFS, 'CAT', '2021-12-31')).toBeNull();
  });
  it('tells which row is in force, upcoming or replaced', () => {
    const [dog2022, cat2022, dog2024] = DEFAULT_FOURRIERE_TARIFFS;
    expect(fourriereTariffStatus(DEFAULT_FOURRIERE_TARIFFS, dog2022, '2023-12-31')).toBe('IN_FORCE');
    expect(fourriereTariffStatus(DEFAULT_FOURRIERE_TARIFFS, dog2024, '2023-12-31')).toBe('UPCOMING');
    expect(fourriereTariffStatus(DEFAULT_FOURRIERE_TARIFFS, dog2024, '2024-01-01')).toBe('IN_FORCE');
    expect(fourriereTariffStatus(DEFAULT_FOURRIERE_TARIFFS, dog2022, '2024-01-01')).toBe('SUPERSEDED');
    expect(fourriereTariffStatus(DEFAULT_FOURRIERE_TARIFFS.slice(0, 3), cat2022, '2024-06-01')).toBe('IN_FORCE');
  });
  it('charges each night, at least one day', () => {
    expect(fourriereBoardingDays('2023-03-06', '2023-03-06')).toBe(1);
    expect(fourriereBoardingDays('2023-03-06', '2023-03-09')).toBe(3);
    expect(() => fourriereBoardingDays('2023-03-06', '2023-03-05')).toThrow(RangeError);
  });
  it('adds capture, custody and the veterinary visit for a dog captured on Monday and returned on Thursday', () => {
    const f = computeFourriereFees({ ...base, intakeOn: '2023-03-06', releaseOn: '2023-03-09' });
    // 70 + 3 × 15 + 35
    expect(f.totalCents).toBe(15000);
    expect(f.lines.map((l) => l.code)).toEqual(['CAPTURE', 'BOARDING', 'VET_VISIT']);
  });
  it('adds identification at the owner’s cost and recorded veterinary acts', () => {
    const f = computeFourriereFees({
      ...base,
      intakeOn: '2023-03-06',
      releaseOn: '2023-03-07',
      identifyAtOwnerCost: true,
      vetActs: [{ label: 'Vaccin', amountCents: 4200 }],
    });
    // 70 + 15 + 65 + 35 + 42
    expect(f.totalCents).toBe(22700);
  });
  it('charges no capture for an animal brought by a person, and prices cats apart', () => {
    const f = computeFourriereFees({
      ...base,
      species: 'CAT',
      origin: 'BROUGHT',
      intakeOn: '2023-06-01',
      releaseOn: '2023-06-03',
    });
    // 2 × 10 + 35
    expect(f.totalCents).toBe(5500);
  });
  it('keeps a stay begun in 2023 at the 2023 price when the tariff changes in 2024', () => {
    const f = computeFourriereFees({ ...base, intakeOn: '2023-12-28', releaseOn: '2024-01-03' });
    expect(f.tariff.validFrom).toBe('2022-01-01');
    expect(f.totalCents).toBe(7000 + 6 * 1500 + 3500);
    expect(computeFourriereFees({ ...base, intakeOn: '2024-01-02', releaseOn: '2024-01-03' }).totalCents).toBe(
      7500 + 1600 + 3800,
    );
  });
  it('refuses a stay with no tariff', () => {
    expect(() => computeFourriereFees({ ...base, intakeOn: '2020-01-02', releaseOn: '2020-01-03' })).toThrow(
      'Aucun tarif de fourrière en vigueur le 2020-01-02.',
    );
  });
  it('formats euros the French way', () => {
    expect(fourriereEuros(15050)).toBe('150,50 €');
  });
});
