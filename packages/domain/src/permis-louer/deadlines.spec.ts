import { apdDeadline, apmlDeadline, apmlLapsesAfter, isApmlLapsed, tacitQueueEntry } from './deadlines';

describe('APML deadline (CCH L635-4: one month, silence = authorisation)', () => {
  it('should end one month after the récépissé and give the tacit authorisation the next day', () => {
    expect(apmlDeadline('2023-03-15')).toEqual({ decisionDeadline: '2023-04-15', tacitOn: '2023-04-16' });
  });
  it('should stop at the end of a shorter month', () => {
    expect(apmlDeadline('2023-01-31')).toEqual({ decisionDeadline: '2023-02-28', tacitOn: '2023-03-01' });
  });
  it('should follow a configured delay', () => {
    expect(
      apmlDeadline('2023-03-15', { apmlMonths: 2, apdDays: 15, lapseYears: 2, observationMonths: 1 }).tacitOn,
    ).toBe('2023-05-16');
  });
});

describe('APD deadline (L126-19: fifteen days, silence = authorisation)', () => {
  it('should end fifteen days after the deposit', () => {
    expect(apdDeadline('2023-03-20')).toEqual({ decisionDeadline: '2023-04-04', tacitOn: '2023-04-05' });
  });
});

describe('two-year lapse without letting (L635-4)', () => {
  it('should keep the authorisation valid for two years to the day', () => {
    expect(apmlLapsesAfter('2023-03-15')).toBe('2025-03-14');
    expect(isApmlLapsed('2023-03-15', null, '2025-03-14')).toBe(false);
    expect(isApmlLapsed('2023-03-15', null, '2025-03-15')).toBe(true);
  });
  it('should not lapse when the dwelling was let within the two years', () => {
    expect(isApmlLapsed('2023-03-15', '2024-01-10', '2026-01-01')).toBe(false);
  });
  it('should lapse when the letting came too late', () => {
    expect(isApmlLapsed('2023-03-15', '2025-06-01', '2025-07-01')).toBe(true);
  });
  it('should never lapse a dossier without authorisation', () => {
    expect(isApmlLapsed(null, null, '2030-01-01')).toBe(false);
  });
});

describe('tacit queue', () => {
  it('should turn red under seven days and overdue on the tacit day', () => {
    expect(tacitQueueEntry('2023-04-16', '2023-04-01')).toEqual({ daysLeft: 15, urgency: 'NORMAL' });
    expect(tacitQueueEntry('2023-04-16', '2023-04-09')).toEqual({ daysLeft: 7, urgency: 'NORMAL' });
    expect(tacitQueueEntry('2023-04-16', '2023-04-10')).toEqual({ daysLeft: 6, urgency: 'RED' });
    expect(tacitQueueEntry('2023-04-16', '2023-04-16')).toEqual({ daysLeft: 0, urgency: 'OVERDUE' });
  });
});
