import { allInForceOn, inForceOn, inForceStatus } from './in-force';

describe('dated settings in force on a day', () => {
  const tariffs = [
    { species: 'DOG', validFrom: '2023-01-01', cents: 100 },
    { species: 'DOG', validFrom: '2024-01-01', cents: 120 },
    { species: 'CAT', validFrom: '2023-06-01', cents: 80 },
  ];

  it('should pick the latest setting started on or before the day, none before the first', () => {
    expect(
      inForceOn(
        tariffs.filter((t) => t.species === 'DOG'),
        '2023-12-31',
      )?.cents,
    ).toBe(100);
    expect(
      inForceOn(
        tariffs.filter((t) => t.species === 'DOG'),
        '2024-01-01',
      )?.cents,
    ).toBe(120);
    expect(inForceOn(tariffs, '2022-12-31')).toBeNull();
  });

  it('should pick one setting per series', () => {
    const onDay = allInForceOn(tariffs, '2023-07-01', (t) => t.species);
    expect(onDay.map((t) => `${t.species}:${t.cents}`).sort()).toEqual(['CAT:80', 'DOG:100']);
  });

  it('should honour an end date (a membership that stopped)', () => {
    const memberships = [{ validFrom: '2020-01-01', validTo: '2023-06-30' }];
    expect(inForceOn(memberships, '2023-06-30')).not.toBeNull();
    expect(inForceOn(memberships, '2023-07-01')).toBeNull();
    expect(inForceStatus(memberships, memberships[0], '2023-07-01')).toBe('SUPERSEDED');
  });

  it('should say whether a setting is in force, upcoming or replaced', () => {
    const dogs = tariffs.filter((t) => t.species === 'DOG');
    expect(inForceStatus(dogs, dogs[0], '2023-05-01')).toBe('IN_FORCE');
    expect(inForceStatus(dogs, dogs[0], '2024-05-01')).toBe('SUPERSEDED');
    expect(inForceStatus(dogs, dogs[1], '2023-05-01')).toBe('UPCOMING');
  });
});
