import {
  availabilityByDay,
  availableOver,
  checkApprovedQuantities,
  checkNotice,
  checkPretTransition,
  checkReturnLine,
  isPartialApproval,
  stockOn,
  type Booking,
  type StockMovement,
} from '.';

// 100 tables bought in 2020, 20 more on 10 June 2023, 5 out of service on 12 June, back on 20 June
const tables: StockMovement[] = [
  { on: '2020-01-01', kind: 'ACQUISITION', quantity: 100 },
  { on: '2023-06-10', kind: 'ACQUISITION', quantity: 20 },
  { on: '2023-06-12', kind: 'OUT_OF_SERVICE', quantity: 5 },
  { on: '2023-06-20', kind: 'BACK_IN_SERVICE', quantity: 5 },
];

describe('stock of a kind over time', () => {
  it('counts the movements dated on or before the day', () => {
    expect(stockOn(tables, '2019-12-31')).toBe(0);
    expect(stockOn(tables, '2023-06-09')).toBe(100);
    expect(stockOn(tables, '2023-06-10')).toBe(120);
    expect(stockOn(tables, '2023-06-15')).toBe(115);
    expect(stockOn(tables, '2023-06-20')).toBe(120);
  });
});

describe('availability over overlapping date ranges', () => {
  const bookings: Booking[] = [
    { from: '2023-06-08', to: '2023-06-11', quantity: 60 },
    { from: '2023-06-11', to: '2023-06-13', quantity: 50 },
  ];
  it('adds the bookings of the days where they overlap and flags short days', () => {
    const days = availabilityByDay(tables, bookings, '2023-06-09', '2023-06-14');
    expect(days.map((d) => [d.day, d.stock, d.booked, d.available, d.short])).toEqual([
      ['2023-06-09', 100, 60, 40, false],
      ['2023-06-10', 120, 60, 60, false],
      ['2023-06-11', 120, 110, 10, false],
      ['2023-06-12', 115, 50, 65, false],
      ['2023-06-13', 115, 50, 65, false],
      ['2023-06-14', 115, 0, 115, false],
    ]);
    expect(
      availabilityByDay(
        tables,
        [...bookings, { from: '2023-06-11', to: '2023-06-11', quantity: 15 }],
        '2023-06-11',
        '2023-06-11',
      )[0],
    ).toMatchObject({ booked: 125, available: -5, short: true });
  });
  it('gives the least available day of a range, the first and last days included', () => {
    expect(availableOver(tables, bookings, '2023-06-09', '2023-06-10')).toBe(40);
    expect(availableOver(tables, bookings, '2023-06-11', '2023-06-11')).toBe(10);
    expect(availableOver(tables, bookings, '2023-06-12', '2023-06-30')).toBe(65);
    expect(availableOver(tables, bookings, '2023-06-14', '2023-06-14')).toBe(115);
    expect(availableOver([], bookings, '2023-06-11', '2023-06-11')).toBe(0);
  });
});

describe('request state machine', () => {
  it('answers, prepares, hands over, gets back and closes in that order', () => {
    expect(checkPretTransition('REQUESTED', 'APPROVED')).toBeNull();
    expect(checkPretTransition('REQUESTED', 'REFUSED')).toBeNull();
    expect(checkPretTransition('APPROVED', 'PREPARED')).toBeNull();
    expect(checkPretTransition('PREPARED', 'HANDED_OVER')).toBeNull();
    expect(checkPretTransition('HANDED_OVER', 'RETURNED')).toBeNull();
    expect(checkPretTransition('RETURNED', 'CLOSED')).toBeNull();
  });
  it('refuses skipping a step or leaving a final state, in French', () => {
    expect(checkPretTransition('REQUESTED', 'HANDED_OVER')).toBe(
      'Une demande « Demandée » ne peut pas passer à « Livrée / retirée ».',
    );
    expect(checkPretTransition('REFUSED', 'APPROVED')).not.toBeNull();
    expect(checkPretTransition('CLOSED', 'RETURNED')).not.toBeNull();
    expect(checkPretTransition('APPROVED', 'APPROVED')).not.toBeNull();
  });
  it('approves partly when a line gets less than asked, never more, never nothing', () => {
    expect(isPartialApproval([{ requested: 10, approved: 10 }])).toBe(false);
    expect(
      isPartialApproval([
        { requested: 10, approved: 10 },
        { requested: 5, approved: 3 },
      ]),
    ).toBe(true);
    expect(checkApprovedQuantities([{ requested: 10, approved: 11 }])).not.toBeNull();
    expect(checkApprovedQuantities([{ requested: 10, approved: 0 }])).toMatch(/refusez/);
    expect(
      checkApprovedQuantities([
        { requested: 10, approved: 0 },
        { requested: 2, approved: 2 },
      ]),
    ).toBeNull();
  });
  it('checks that a return adds up to what was lent', () => {
    expect(checkReturnLine({ lent: 10, returned: 7, missing: 1, damaged: 2 })).toBeNull();
    expect(checkReturnLine({ lent: 10, returned: 7, missing: 0, damaged: 2 })).toMatch(/doit faire 10/);
    expect(checkReturnLine({ lent: 1, returned: 2, missing: -1, damaged: 0 })).not.toBeNull();
  });
});

describe('minimum notice (dated setting)', () => {
  const rules = [
    { validFrom: '2016-01-01', days: 15 },
    { validFrom: '2024-01-01', days: 21 },
  ];
  it('applies the rule in force on the day of the request', () => {
    expect(checkNotice('2023-06-01', '2023-06-16', rules)).toBeNull();
    expect(checkNotice('2023-06-01', '2023-06-15', rules)).toBe(
      'La demande doit parvenir au moins 15 jours avant le début de la manifestation.',
    );
    expect(checkNotice('2024-03-01', '2024-03-16', rules)).toMatch(/21 jours/);
    expect(checkNotice('2015-06-01', '2015-06-02', rules)).toBeNull();
  });
});
