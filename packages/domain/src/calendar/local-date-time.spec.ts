import { parseServiceDateTime, toParisDateTimeLocal } from './local-date-time';

const ok = (v: string) => {
  const r = parseServiceDateTime(v);
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('parseServiceDateTime (a date-time without offset is Paris time)', () => {
  it('keeps 23:30 on 31 December in the old year, whatever the server zone', () => {
    const r = ok('2023-12-31T23:30');
    expect(r.instant.toISOString()).toBe('2023-12-31T22:30:00.000Z');
    expect(r.day).toBe('2023-12-31');
  });

  it('reads an explicit offset as that instant (and the Paris day follows)', () => {
    expect(ok('2023-12-31T23:30:00Z').day).toBe('2024-01-01');
    expect(ok('2023-12-31T23:30+01:00').instant.toISOString()).toBe('2023-12-31T22:30:00.000Z');
  });

  it('uses winter time before and summer time after the last Sunday of March', () => {
    expect(ok('2024-03-31T01:30').instant.toISOString()).toBe('2024-03-31T00:30:00.000Z');
    expect(ok('2024-03-31T03:30').instant.toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(ok('2024-03-31T23:30').day).toBe('2024-03-31');
    expect(ok('2024-03-31T23:30').instant.toISOString()).toBe('2024-03-31T21:30:00.000Z');
  });

  it('refuses an hour that does not exist in France when clocks go forward', () => {
    const r = parseServiceDateTime('2024-03-31T02:30');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/n’existe pas le 31\/03\/2024/);
  });

  it('takes an hour that happens twice in October the first time (summer time)', () => {
    expect(ok('2024-10-27T02:30').instant.toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('refuses malformed and impossible values in French', () => {
    for (const v of ['2023-02-30T10:00', '2023-12-31', '31/12/2023 23:30', '2023-12-31T24:10', 'x'])
      expect(parseServiceDateTime(v)).toMatchObject({ ok: false, message: expect.stringMatching(/invalides/) });
  });

  it('gives the Paris wall clock for a datetime-local field', () => {
    expect(toParisDateTimeLocal(new Date('2023-12-31T22:30:00Z'))).toBe('2023-12-31T23:30');
    expect(toParisDateTimeLocal(new Date('2024-07-01T08:05:00Z'))).toBe('2024-07-01T10:05');
  });
});
