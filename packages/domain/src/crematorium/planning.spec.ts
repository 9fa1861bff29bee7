import { daySlots, firstConflict, overlaps, toParisTime, utilisation, withinOpeningHours } from './planning';

const i = (s: string, e: string) => ({ start: new Date(`2023-03-06T${s}:00Z`), end: new Date(`2023-03-06T${e}:00Z`) });
const hours = { opensAt: '08:00', closesAt: '18:00', slotMinutes: 120 };

describe('planning des lignes de crémation', () => {
  it('cuts a day into slots that end by closing time', () => {
    expect(daySlots(hours)).toEqual(['08:00', '10:00', '12:00', '14:00', '16:00']);
    expect(daySlots({ ...hours, slotMinutes: 90 })).toEqual(['08:00', '09:30', '11:00', '12:30', '14:00', '15:30']);
  });
  it('refuses a start outside the opening hours', () => {
    expect(withinOpeningHours(hours, '16:00')).toBe(true);
    expect(withinOpeningHours(hours, '17:00')).toBe(false);
    expect(withinOpeningHours(hours, '07:30')).toBe(false);
  });
  it('finds overlapping bookings on one line; touching ones do not conflict', () => {
    expect(overlaps(i('08:00', '10:00'), i('09:00', '11:00'))).toBe(true);
    expect(overlaps(i('08:00', '10:00'), i('10:00', '12:00'))).toBe(false);
    const booked = [i('08:00', '10:00'), i('12:00', '14:00')];
    expect(firstConflict(booked, i('13:00', '15:00'))).toBe(booked[1]);
    expect(firstConflict(booked, i('10:00', '12:00'))).toBeNull();
  });
  it('computes utilisation', () => {
    expect(utilisation(3, 5)).toBe(60);
    expect(utilisation(0, 0)).toBe(0);
  });
});

describe('heure de Paris', () => {
  it('reads an instant in Paris time, summer and winter', () => {
    expect(toParisTime(new Date('2023-03-06T07:00:00Z'))).toBe('08:00');
    expect(toParisTime(new Date('2023-07-06T06:00:00Z'))).toBe('08:00');
  });
});
