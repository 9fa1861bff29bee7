import { adsSituationLabel } from './situation';
import { computeAdsDeadline } from './deadlines';
import {
  checkCuAfterTacit,
  checkTacitWithdrawal,
  isTacitAcquired,
  lateExpressDecisionMessage,
  tacitAcquiredLabel,
  tacitWithdrawalLimit,
} from './tacit';

// a DP deposited on 1 April with nothing requested: one month (R*423-23), silence is a non-opposition (R*424-1)
const dp = computeAdsDeadline({ type: 'DP', depositedOn: '2026-04-01' });
const t = { type: 'DP' as const, tacitOutcome: dp.tacitOutcome, tacitOn: dp.tacitOn };

describe('tacit decisions born of silence', () => {
  it('gives a DP deposited on 1 April a non-opposition acquired on 1 May', () => {
    expect(t).toEqual({ type: 'DP', tacitOutcome: 'TACIT_NON_OPPOSITION', tacitOn: '2026-05-01' });
    // 1 May is the last day to notify an express decision; from the next day silence has decided
    expect(isTacitAcquired(t.tacitOn, '2026-05-01')).toBe(false);
    expect(isTacitAcquired(t.tacitOn, '2026-05-02')).toBe(true);
    expect(tacitAcquiredLabel(t.tacitOutcome, t.tacitOn)).toBe(
      'Décision tacite acquise le 01/05/2026 (non-opposition tacite)',
    );
  });

  it('derives the nature from the type and the opinions (R*424-1 to R*424-3)', () => {
    expect(computeAdsDeadline({ type: 'PC', depositedOn: '2026-04-01' }).tacitOutcome).toBe('TACIT_ACCORD');
    expect(computeAdsDeadline({ type: 'PC', depositedOn: '2026-04-01', abfOpinion: 'UNFAVOURABLE' }).tacitOutcome).toBe(
      'TACIT_REFUS',
    );
    expect(computeAdsDeadline({ type: 'DP', depositedOn: '2026-04-01', tacitRefusalCase: true }).tacitOutcome).toBe(
      'TACIT_OPPOSITION',
    );
    expect(computeAdsDeadline({ type: 'CUb', depositedOn: '2026-04-01' }).tacitOutcome).toBe('TACIT_CU');
  });

  it('refuses a later express decision as such, saying it is a withdrawal (L424-5)', () => {
    expect(lateExpressDecisionMessage(t)).toBe(
      'Décision tacite acquise le 01/05/2026 (non-opposition tacite) : une décision expresse postérieure n’est pas une décision mais un retrait (art. L424-5 du code de l’urbanisme). Enregistrez « Retirer la décision tacite » avec la date du courrier engageant la procédure contradictoire (art. L121-1 et L122-1 du CRPA), au plus tard le 01/08/2026.',
    );
  });
});

describe('withdrawal of a tacit decision (L424-5, L121-1 and L122-1 CRPA)', () => {
  const opposition = { outcome: 'OPPOSITION' as const, on: '2026-05-06' };

  it('needs the contradictory procedure letter, between the tacit decision and the withdrawal', () => {
    expect(checkTacitWithdrawal(t, { ...opposition, procedureLetterOn: null })?.field).toBe('procedureLetterOn');
    expect(checkTacitWithdrawal(t, { ...opposition, procedureLetterOn: '2026-04-20' })?.field).toBe(
      'procedureLetterOn',
    );
    expect(checkTacitWithdrawal(t, { ...opposition, procedureLetterOn: '2026-05-06' })?.message).toContain(
      'doit suivre le courrier de procédure contradictoire du 06/05/2026',
    );
    expect(checkTacitWithdrawal(t, { ...opposition, procedureLetterOn: '2026-05-02' })).toBeNull();
  });

  it('is possible within three months of the tacit decision only', () => {
    expect(tacitWithdrawalLimit('2026-05-01')).toBe('2026-08-01');
    expect(
      checkTacitWithdrawal(t, { outcome: 'OPPOSITION', on: '2026-08-01', procedureLetterOn: '2026-07-01' }),
    ).toBeNull();
    expect(
      checkTacitWithdrawal(t, { outcome: 'OPPOSITION', on: '2026-08-02', procedureLetterOn: '2026-07-01' }),
    ).toEqual({
      field: 'on',
      message:
        'Retrait impossible : une décision tacite ne peut être retirée que dans les trois mois suivant sa date, soit jusqu’au 01/08/2026 (art. L424-5 du code de l’urbanisme).',
    });
  });

  it('finds a later accord redundant, and a withdrawal dated on the tacit day an ordinary decision', () => {
    expect(
      checkTacitWithdrawal(t, { outcome: 'NON_OPPOSITION', on: '2026-05-06', procedureLetterOn: '2026-05-02' })
        ?.message,
    ).toContain('sans objet');
    expect(
      checkTacitWithdrawal(t, { outcome: 'OPPOSITION', on: '2026-05-01', procedureLetterOn: '2026-05-01' })?.field,
    ).toBe('on');
    // prescriptions after a tacit non-opposition withdraw it in part: the same procedure applies
    expect(
      checkTacitWithdrawal(t, {
        outcome: 'NON_OPPOSITION_PRESCRIPTIONS',
        on: '2026-05-20',
        procedureLetterOn: '2026-05-05',
      }),
    ).toBeNull();
  });

  it('has no withdrawal for a tacit refusal nor for a tacit CU, which gets an express certificate instead', () => {
    const refusal = { type: 'PC' as const, tacitOutcome: 'TACIT_REFUS' as const, tacitOn: '2026-07-01' };
    expect(
      checkTacitWithdrawal(refusal, { outcome: 'ACCORD', on: '2026-07-10', procedureLetterOn: '2026-07-02' })?.message,
    ).toContain('art. L232-4 du CRPA');
    const cu = { type: 'CUb' as const, tacitOutcome: 'TACIT_CU' as const, tacitOn: '2026-06-01' };
    expect(
      checkTacitWithdrawal(cu, { outcome: 'CU_NEGATIF', on: '2026-06-10', procedureLetterOn: '2026-06-02' })?.message,
    ).toContain('L410-1');
    expect(checkCuAfterTacit(cu, 'CU_NEGATIF', '2026-06-10')).toBeNull();
    expect(checkCuAfterTacit(cu, 'CU_NEGATIF', '2026-06-01')?.field).toBe('on');
    expect(checkCuAfterTacit(t, 'OPPOSITION', '2026-06-10')?.field).toBe('action');
  });
});

describe('adsSituationLabel', () => {
  it('shows the tacit decision, and what followed it', () => {
    const base = { status: 'TACIT' as const, outcome: 'TACIT_NON_OPPOSITION' as const, decidedOn: '2026-05-01' };
    expect(adsSituationLabel(base)).toBe('Décision tacite acquise le 01/05/2026 (non-opposition tacite)');
    expect(
      adsSituationLabel({
        ...base,
        status: 'TACIT_WITHDRAWN',
        afterTacitKind: 'WITHDRAWAL',
        afterTacitOutcome: 'OPPOSITION',
        afterTacitOn: '2026-05-06',
      }),
    ).toBe(
      'Décision tacite acquise le 01/05/2026 (non-opposition tacite) ; retirée le 06/05/2026 (opposition, L424-5)',
    );
    expect(adsSituationLabel({ status: 'DECIDED', outcome: 'REFUS', decidedOn: '2026-03-02' })).toBe(
      'Refus le 02/03/2026',
    );
    expect(adsSituationLabel({ status: 'COMPLETE', outcome: null, decidedOn: null })).toBe('Complet');
  });
});
