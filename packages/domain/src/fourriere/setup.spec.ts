import { DEFAULT_FOURRIERE_TARIFFS } from './fees';
import { fourriereSetupItems } from './setup';

describe('what a fresh pound lacks before its first return', () => {
  it('lists a blocking missing price list and an unconfirmed calendar, with the page to set them', () => {
    const items = fourriereSetupItems({ today: '2026-11-28', tariffs: [], calendarSetByDirector: false });
    expect(items.map((i) => [i.key, i.blocking, i.path])).toEqual([
      ['TARIFF', true, '/fourriere/tarifs'],
      ['CALENDAR', false, '/fourriere/calendrier'],
    ]);
    expect(items[0].message).toContain('pour : chien, chat');
  });
  it('names only the species without a tariff in force, and is empty once all is set', () => {
    const dogOnly = DEFAULT_FOURRIERE_TARIFFS.filter((t) => t.species === 'DOG');
    expect(
      fourriereSetupItems({ today: '2024-05-01', tariffs: dogOnly, calendarSetByDirector: true })[0].message,
    ).toContain('pour : chat.');
    // a tariff starting later is not in force yet
    expect(
      fourriereSetupItems({ today: '2021-12-31', tariffs: DEFAULT_FOURRIERE_TARIFFS, calendarSetByDirector: true }),
    ).toHaveLength(1);
    expect(
      fourriereSetupItems({ today: '2024-05-01', tariffs: DEFAULT_FOURRIERE_TARIFFS, calendarSetByDirector: true }),
    ).toEqual([]);
  });
});
