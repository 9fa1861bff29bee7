import {
  AdsTransitionError,
  acquireTacitDecision,
  allowedAdsActions,
  applyAdsTransition,
  isAdsDeadlineOverdue,
  type AdsWorkflowDossier,
} from './workflow';

const dossier = (over: Partial<AdsWorkflowDossier> = {}): AdsWorkflowDossier => ({
  type: 'PC',
  status: 'DEPOSITED',
  depositedOn: '2023-03-10',
  outcome: null,
  statusOn: '2023-03-10',
  ...over,
});

describe('ADS instruction workflow', () => {
  it('should offer the completeness actions on a deposited dossier', () => {
    expect(allowedAdsActions(dossier())).toEqual(['REQUEST_PIECES', 'DECLARE_COMPLETE', 'WITHDRAW', 'CANCEL']);
  });

  it('should go deposited → incomplete → complete → under instruction → decided', () => {
    let d = dossier();
    const step = (action: Parameters<typeof applyAdsTransition>[1]) => {
      const r = applyAdsTransition(d, action);
      d = { ...d, status: r.status, outcome: r.outcome, statusOn: action.on };
      return r;
    };
    expect(step({ action: 'REQUEST_PIECES', on: '2023-03-20' }).status).toBe('INCOMPLETE');
    expect(step({ action: 'RECEIVE_PIECES', on: '2023-04-15' }).status).toBe('COMPLETE');
    expect(step({ action: 'START_INSTRUCTION', on: '2023-04-16' }).status).toBe('UNDER_INSTRUCTION');
    expect(step({ action: 'DECIDE', on: '2023-06-01', outcome: 'ACCORD_PRESCRIPTIONS' })).toEqual({
      status: 'DECIDED',
      outcome: 'ACCORD_PRESCRIPTIONS',
      closedOn: '2023-06-01',
    });
    expect(allowedAdsActions(d)).toEqual(['DECLARE_DOC']);
    expect(step({ action: 'DECLARE_DOC', on: '2023-09-01' }).status).toBe('WORKS_STARTED');
    expect(step({ action: 'DECLARE_DAACT', on: '2024-09-01' }).status).toBe('WORKS_COMPLETED');
    expect(step({ action: 'RECORD_CONFORMITY', on: '2024-10-01' })).toEqual({
      status: 'CONFORMITY_CHECKED',
      outcome: 'ACCORD_PRESCRIPTIONS',
    });
    expect(allowedAdsActions(d)).toEqual([]);
  });

  it('should refuse an illegal transition with a French message', () => {
    expect(() => applyAdsTransition(dossier(), { action: 'DECIDE', on: '2023-04-01', outcome: 'ACCORD' })).toThrow(
      new AdsTransitionError('Action « Enregistrer la décision » impossible : le dossier est au statut « Déposé ».'),
    );
  });

  it('should refuse a decision that does not fit the type', () => {
    expect(() =>
      applyAdsTransition(dossier({ type: 'DP', status: 'COMPLETE' }), {
        action: 'DECIDE',
        on: '2023-04-01',
        outcome: 'ACCORD',
      }),
    ).toThrow(
      'La décision « Accord » ne s’applique pas à un dossier DP (possibles : Non-opposition, Non-opposition avec prescriptions, Opposition, Sursis à statuer).',
    );
  });

  it('should refuse a date before the previous step', () => {
    expect(() => applyAdsTransition(dossier(), { action: 'DECLARE_COMPLETE', on: '2023-03-01' })).toThrow(
      'La date (01/03/2023) ne peut pas précéder celle de l’étape précédente (10/03/2023).',
    );
  });

  it('should let the system, not an agent, record a tacit decision once its day is over', () => {
    const d = dossier({ status: 'UNDER_INSTRUCTION' });
    const tacit = { outcome: 'TACIT_ACCORD' as const, on: '2023-06-10' };
    expect(acquireTacitDecision(d, tacit, '2023-06-10')).toBeNull();
    expect(acquireTacitDecision(d, tacit, '2023-06-11')).toEqual({
      status: 'TACIT',
      outcome: 'TACIT_ACCORD',
      closedOn: '2023-06-10',
    });
    expect(acquireTacitDecision(dossier({ status: 'DECIDED', outcome: 'ACCORD' }), tacit, '2023-07-01')).toBeNull();
    expect(allowedAdsActions(d)).not.toContain('RECORD_TACIT');
  });

  it('should turn a late decision into a withdrawal with its procedure, or refuse it', () => {
    const tacitDp = dossier({
      type: 'DP',
      status: 'TACIT',
      outcome: 'TACIT_NON_OPPOSITION',
      decidedOn: '2026-05-01',
      statusOn: '2026-05-01',
    });
    expect(allowedAdsActions(tacitDp)).toEqual(['DECIDE', 'WITHDRAW_TACIT', 'ISSUE_TACIT_CERTIFICATE']);
    // notified in time, recorded after the system: the express decision replaces the tacit one
    expect(applyAdsTransition(tacitDp, { action: 'DECIDE', on: '2026-04-28', outcome: 'OPPOSITION' })).toEqual({
      status: 'DECIDED',
      outcome: 'OPPOSITION',
      closedOn: '2026-04-28',
    });
    // not yet recorded by the system: the date alone decides
    const open = dossier({ type: 'DP', status: 'COMPLETE', statusOn: '2026-04-01' });
    const tacit = { outcome: 'TACIT_NON_OPPOSITION' as const, on: '2026-05-01' };
    expect(() =>
      applyAdsTransition(open, { action: 'DECIDE', on: '2026-05-06', outcome: 'OPPOSITION', tacit }),
    ).toThrow(/un retrait \(art\. L424-5/);
    expect(applyAdsTransition(open, { action: 'DECIDE', on: '2026-05-01', outcome: 'OPPOSITION', tacit }).status).toBe(
      'DECIDED',
    );
    expect(() => applyAdsTransition(tacitDp, { action: 'DECIDE', on: '2026-05-06', outcome: 'OPPOSITION' })).toThrow(
      /n’est pas une décision mais un retrait \(art\. L424-5/,
    );
    expect(
      applyAdsTransition(tacitDp, {
        action: 'WITHDRAW_TACIT',
        on: '2026-05-06',
        outcome: 'OPPOSITION',
        procedureLetterOn: '2026-05-02',
      }),
    ).toEqual({
      status: 'TACIT_WITHDRAWN',
      outcome: 'TACIT_NON_OPPOSITION',
      afterTacit: { kind: 'WITHDRAWAL', outcome: 'OPPOSITION', on: '2026-05-06', procedureLetterOn: '2026-05-02' },
    });
    const tacitCu = dossier({ type: 'CUb', status: 'TACIT', outcome: 'TACIT_CU', decidedOn: '2026-06-01' });
    expect(allowedAdsActions(tacitCu)).toEqual(['DECIDE', 'CU_AFTER_TACIT', 'ISSUE_TACIT_CERTIFICATE']);
    expect(
      applyAdsTransition(tacitCu, { action: 'CU_AFTER_TACIT', on: '2026-06-10', outcome: 'CU_NEGATIF' }).afterTacit,
    ).toMatchObject({ kind: 'CU_EXPRESS', outcome: 'CU_NEGATIF' });
    expect(allowedAdsActions({ ...tacitDp, afterTacitKind: 'WITHDRAWAL' })).toEqual(['ISSUE_TACIT_CERTIFICATE']);
  });

  it('should not follow works for a DP nor open a site after a refusal', () => {
    expect(allowedAdsActions(dossier({ type: 'DP', status: 'DECIDED', outcome: 'NON_OPPOSITION' }))).toEqual([]);
    expect(allowedAdsActions(dossier({ status: 'DECIDED', outcome: 'REFUS' }))).toEqual([]);
    expect(() =>
      applyAdsTransition(dossier({ status: 'DECIDED', outcome: 'REFUS' }), { action: 'DECLARE_DOC', on: '2023-09-01' }),
    ).toThrow('Ouverture de chantier impossible : l’autorisation n’a pas été accordée.');
  });

  it('should let the applicant withdraw before the decision only', () => {
    expect(applyAdsTransition(dossier({ status: 'INCOMPLETE' }), { action: 'WITHDRAW', on: '2023-04-01' })).toEqual({
      status: 'WITHDRAWN',
      outcome: null,
      closedOn: '2023-04-01',
    });
    expect(() =>
      applyAdsTransition(dossier({ status: 'DECIDED', outcome: 'ACCORD' }), { action: 'WITHDRAW', on: '2023-04-01' }),
    ).toThrow(AdsTransitionError);
  });
});

describe('isAdsDeadlineOverdue', () => {
  it('should flag an open dossier past its deadline only', () => {
    expect(isAdsDeadlineOverdue('UNDER_INSTRUCTION', '2024-03-01', '2024-03-02')).toBe(true);
    expect(isAdsDeadlineOverdue('UNDER_INSTRUCTION', '2024-03-02', '2024-03-02')).toBe(false);
    expect(isAdsDeadlineOverdue('DECIDED', '2024-03-01', '2024-03-02')).toBe(false);
    expect(isAdsDeadlineOverdue('COMPLETE', null, '2024-03-02')).toBe(false);
  });
});
