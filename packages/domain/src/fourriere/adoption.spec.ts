import { managerSettingOn, poundMayRecordAdoption } from './adoption';

describe('adoption reserved to associations with a refuge (L211-25 II)', () => {
  it('refuses adoption by the pound by default', () => {
    expect(poundMayRecordAdoption([], '2023-06-01')).toBe(false);
  });
  it('follows the declaration in force on the day, never a later one', () => {
    const settings = [
      { validFrom: '2023-01-01', refugeAssociation: true },
      { validFrom: '2024-07-01', refugeAssociation: false },
    ];
    expect(poundMayRecordAdoption(settings, '2022-12-31')).toBe(false);
    expect(poundMayRecordAdoption(settings, '2023-01-01')).toBe(true);
    expect(poundMayRecordAdoption(settings, '2024-06-30')).toBe(true);
    expect(poundMayRecordAdoption(settings, '2024-07-01')).toBe(false);
    expect(managerSettingOn(settings, '2025-01-01')?.validFrom).toBe('2024-07-01');
  });
});
