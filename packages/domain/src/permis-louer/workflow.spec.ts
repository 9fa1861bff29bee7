import { checkPdlDecision, pdlActionRefusal, pdlOutcome, pdlStatus } from './workflow';

const base = { receivedOn: '2023-03-15' };

describe('APML status, derived from the dates', () => {
  it('should walk deposited → complete → visit planned → visited', () => {
    expect(pdlStatus(base, '2023-03-16')).toBe('DEPOSITED');
    expect(pdlStatus({ ...base, completeOn: '2023-03-16' }, '2023-03-16')).toBe('COMPLETE');
    expect(pdlStatus({ ...base, completeOn: '2023-03-16', visitPlannedOn: '2023-03-30' }, '2023-03-20')).toBe(
      'VISIT_PLANNED',
    );
    expect(
      pdlStatus(
        { ...base, completeOn: '2023-03-16', visitPlannedOn: '2023-03-30', visitedOn: '2023-03-30' },
        '2023-03-31',
      ),
    ).toBe('VISITED');
  });
  it('should show the express decision', () => {
    expect(pdlStatus({ ...base, decision: 'REFUS', decidedOn: '2023-04-10' }, '2023-05-01')).toBe('REFUS');
    expect(pdlStatus({ ...base, decision: 'ACCORD_CONDITIONS', decidedOn: '2023-04-10' }, '2023-05-01')).toBe(
      'ACCORD_CONDITIONS',
    );
  });
  it('should turn silence into a tacit authorisation the day after the month, without anyone recording it', () => {
    expect(pdlStatus({ ...base, visitedOn: '2023-04-01' }, '2023-04-15')).toBe('VISITED');
    expect(pdlStatus({ ...base, visitedOn: '2023-04-01' }, '2023-04-16')).toBe('TACITE');
    expect(pdlOutcome(base, '2023-06-01')).toEqual({ outcome: 'TACITE', decidedOn: '2023-04-16' });
  });
  it('should lapse a granted authorisation after two years without letting, never a refusal', () => {
    expect(pdlStatus({ ...base, decision: 'ACCORD', decidedOn: '2023-04-01' }, '2025-04-01')).toBe('LAPSED');
    expect(pdlStatus({ ...base, decision: 'ACCORD', decidedOn: '2023-04-01', letOn: '2023-05-01' }, '2025-04-01')).toBe(
      'ACCORD',
    );
    expect(pdlStatus(base, '2025-04-16')).toBe('LAPSED');
    expect(pdlStatus({ ...base, decision: 'REFUS', decidedOn: '2023-04-01' }, '2026-01-01')).toBe('REFUS');
  });
});

describe('APML actions', () => {
  it('should allow a visit only on a complete dossier', () => {
    expect(pdlActionRefusal('PLAN_VISIT', 'COMPLETE')).toBeNull();
    expect(pdlActionRefusal('PLAN_VISIT', 'DEPOSITED')).toMatch(/Programmer la visite/);
    expect(pdlActionRefusal('RECORD_VISIT', 'COMPLETE')).toMatch(/Visite|visite/);
  });
  it('should refuse a decision once the tacit authorisation is acquired (it would be a withdrawal)', () => {
    expect(pdlActionRefusal('DECIDE', 'TACITE')).toMatch(/retrait/);
    expect(pdlActionRefusal('TRANSFER', 'TACITE')).toBeNull();
    expect(pdlActionRefusal('TRANSFER', 'REFUS')).not.toBeNull();
  });
});

describe('express decision checks (L635-3, L635-4)', () => {
  const today = '2023-05-01';
  it('should accept a plain accord within the month', () => {
    expect(checkPdlDecision('2023-03-15', { decision: 'ACCORD', decidedOn: '2023-04-15' }, today)).toEqual([]);
  });
  it('should refuse a refusal without reasons or works', () => {
    const errors = checkPdlDecision('2023-03-15', { decision: 'REFUS', decidedOn: '2023-04-01', works: ['  '] }, today);
    expect(errors.map((e) => e.field)).toEqual(['reasons', 'works']);
  });
  it('should accept a reasoned refusal listing the works', () => {
    const input = {
      decision: 'REFUS' as const,
      decidedOn: '2023-04-01',
      reasons: 'Installation dangereuse',
      works: ['Tableau'],
    };
    expect(checkPdlDecision('2023-03-15', input, today)).toEqual([]);
  });
  it('should require the works of an accord sous conditions', () => {
    expect(checkPdlDecision('2023-03-15', { decision: 'ACCORD_CONDITIONS', decidedOn: '2023-04-01' }, today)).toEqual([
      { field: 'works', message: 'un accord sous conditions doit lister les travaux' },
    ]);
  });
  it('should refuse a decision dated after the month (tacit authorisation acquired)', () => {
    const [e] = checkPdlDecision('2023-03-15', { decision: 'ACCORD', decidedOn: '2023-04-16' }, today);
    expect(e.field).toBe('decidedOn');
    expect(e.message).toMatch(/tacite est acquise depuis le 16\/04\/2023/);
  });
  it('should refuse a date before the récépissé or in the future', () => {
    expect(checkPdlDecision('2023-03-15', { decision: 'ACCORD', decidedOn: '2023-03-14' }, today)[0].field).toBe(
      'decidedOn',
    );
    expect(
      checkPdlDecision('2023-03-15', { decision: 'ACCORD', decidedOn: '2023-04-02' }, '2023-04-01')[0].message,
    ).toMatch(/futur/);
  });
});
