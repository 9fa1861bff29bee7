import { computeAdsDeadline, tacitOutcomeFor } from './deadlines';
import type { AdsDossierType } from './dossier-types';

describe('computeAdsDeadline — base delays (R*423-23)', () => {
  const cases: [AdsDossierType, number, string][] = [
    ['CUa', 1, '2023-04-15'],
    ['CUb', 2, '2023-05-15'],
    ['DP', 1, '2023-04-15'],
    ['PCMI', 2, '2023-05-15'],
    ['PD', 2, '2023-05-15'],
    ['PC', 3, '2023-06-15'],
    ['PA', 3, '2023-06-15'],
  ];
  it.each(cases)('should give %s a delay of %i month(s) from a complete deposit', (type, months, deadline) => {
    const d = computeAdsDeadline({ type, depositedOn: '2023-03-15' });
    expect(d.baseMonths).toBe(months);
    expect(d.months).toBe(months);
    expect(d.startsOn).toBe('2023-03-15');
    expect(d.deadline).toBe(deadline);
    expect(d.tacitOn).toBe(deadline);
    expect(d.state).toBe('RUNNING');
  });
});

describe('computeAdsDeadline — majorations', () => {
  const abf = (notifiedOn: string) => [{ kind: 'R423_24' as const, notifiedOn }];
  it.each([
    ['DP', 2, '2023-05-10'],
    ['PCMI', 3, '2023-06-10'],
    ['PC', 4, '2023-07-10'],
    ['PA', 4, '2023-07-10'],
    ['PD', 3, '2023-06-10'],
  ] as [AdsDossierType, number, string][])(
    'should add one month to a %s for R*423-24 (ABF abords) → %i months',
    (type, months, deadline) => {
      const d = computeAdsDeadline({ type, depositedOn: '2023-03-10', majorations: abf('2023-03-20') });
      expect(d.months).toBe(months);
      expect(d.deadline).toBe(deadline);
      expect(d.majorations[0]).toEqual({ kind: 'R423_24', notifiedOn: '2023-03-20', applied: true, reason: null });
    },
  );

  it('should not apply a majoration to a certificate d’urbanisme', () => {
    const d = computeAdsDeadline({ type: 'CUb', depositedOn: '2023-03-10', majorations: abf('2023-03-20') });
    expect(d.months).toBe(2);
    expect(d.majorations[0].applied).toBe(false);
    expect(d.majorations[0].reason).toBe('Cette majoration ne s’applique pas à un dossier CUb.');
  });

  it('should set a PC to five months for R*423-28 (ERP, IGH, listed building), not add five', () => {
    const d = computeAdsDeadline({
      type: 'PC',
      depositedOn: '2023-03-10',
      majorations: [{ kind: 'R423_28', notifiedOn: '2023-04-05' }],
    });
    expect(d.months).toBe(5);
    expect(d.deadline).toBe('2023-08-10');
  });

  it('should set a PCMI to five months too for R*423-28, and refuse it for a DP', () => {
    expect(
      computeAdsDeadline({
        type: 'PCMI',
        depositedOn: '2023-03-10',
        majorations: [{ kind: 'R423_28', notifiedOn: '2023-03-10' }],
      }).months,
    ).toBe(5);
    const dp = computeAdsDeadline({
      type: 'DP',
      depositedOn: '2023-03-10',
      majorations: [{ kind: 'R423_28', notifiedOn: '2023-03-10' }],
    });
    expect(dp.months).toBe(1);
    expect(dp.majorations[0].applied).toBe(false);
  });

  it('should add two months for an appeal against the ABF opinion (R*423-35) on top of R*423-24', () => {
    const d = computeAdsDeadline({
      type: 'PC',
      depositedOn: '2023-03-10',
      majorations: [
        { kind: 'R423_24', notifiedOn: '2023-03-20' },
        { kind: 'R423_35', notifiedOn: '2023-03-20' },
      ],
    });
    expect(d.months).toBe(6);
    expect(d.deadline).toBe('2023-09-10');
  });

  it('should ignore a majoration notified more than one month after the deposit', () => {
    const d = computeAdsDeadline({ type: 'PC', depositedOn: '2023-03-10', majorations: abf('2023-04-11') });
    expect(d.completenessLimit).toBe('2023-04-10');
    expect(d.months).toBe(3);
    expect(d.deadline).toBe('2023-06-10');
    expect(d.majorations[0].applied).toBe(false);
    expect(d.majorations[0].reason).toBe(
      'Notifiée après le 10/04/2023 (plus d’un mois après le dépôt) : sans effet sur le délai.',
    );
  });

  it('should accept a majoration notified on the last day of the month', () => {
    expect(computeAdsDeadline({ type: 'PC', depositedOn: '2023-03-10', majorations: abf('2023-04-10') }).months).toBe(
      4,
    );
  });
});

describe('computeAdsDeadline — completeness', () => {
  it('should run the delay from the receipt of the pieces when they were requested within the month', () => {
    const d = computeAdsDeadline({
      type: 'PC',
      depositedOn: '2023-03-10',
      piecesRequestedOn: '2023-04-05',
      piecesReceivedOn: '2023-05-02',
    });
    expect(d.piecesRequestLate).toBe(false);
    expect(d.piecesDueOn).toBe('2023-07-05');
    expect(d.startsOn).toBe('2023-05-02');
    expect(d.deadline).toBe('2023-08-02');
    expect(d.tacitOutcome).toBe('TACIT_ACCORD');
  });

  it('should keep the deposit as the start when the request came after the month (a late request moves nothing)', () => {
    const d = computeAdsDeadline({
      type: 'DP',
      depositedOn: '2023-03-10',
      piecesRequestedOn: '2023-04-11',
      piecesReceivedOn: '2023-04-20',
    });
    expect(d.piecesRequestLate).toBe(true);
    expect(d.startsOn).toBe('2023-03-10');
    expect(d.deadline).toBe('2023-04-10');
    expect(d.tacitOutcome).toBe('TACIT_NON_OPPOSITION');
  });

  it('should wait for the pieces and announce a tacit refusal of a permit three months after the request', () => {
    const d = computeAdsDeadline({ type: 'PCMI', depositedOn: '2023-03-10', piecesRequestedOn: '2023-03-25' });
    expect(d.state).toBe('AWAITING_PIECES');
    expect(d.deadline).toBeNull();
    expect(d.startsOn).toBeNull();
    expect(d.piecesDueOn).toBe('2023-06-25');
    expect(d.tacitOn).toBe('2023-06-25');
    expect(d.tacitOutcome).toBe('TACIT_REFUS');
  });

  it('should give a tacit opposition to a DP whose pieces were never received', () => {
    const d = computeAdsDeadline({ type: 'DP', depositedOn: '2023-03-10', piecesRequestedOn: '2023-03-25' });
    expect(d.tacitOutcome).toBe('TACIT_OPPOSITION');
    expect(d.tacitOn).toBe('2023-06-25');
  });

  it('should treat pieces received after the three months as never received', () => {
    const d = computeAdsDeadline({
      type: 'PC',
      depositedOn: '2023-03-10',
      piecesRequestedOn: '2023-03-25',
      piecesReceivedOn: '2023-06-26',
    });
    expect(d.state).toBe('PIECES_EXPIRED');
    expect(d.tacitOutcome).toBe('TACIT_REFUS');
    expect(d.tacitOn).toBe('2023-06-25');
  });
});

describe('tacit decisions (R*424-1 to R*424-3)', () => {
  it('should be a tacit accord, non-opposition or certificate by default', () => {
    expect(tacitOutcomeFor('PC')).toBe('TACIT_ACCORD');
    expect(tacitOutcomeFor('DP')).toBe('TACIT_NON_OPPOSITION');
    expect(tacitOutcomeFor('CUa')).toBe('TACIT_CU');
  });

  it('should be a tacit refusal when the ABF opinion is unfavourable or has prescriptions', () => {
    const d = computeAdsDeadline({
      type: 'PC',
      depositedOn: '2023-03-10',
      majorations: [{ kind: 'R423_24', notifiedOn: '2023-03-15' }],
      abfOpinion: 'UNFAVOURABLE',
    });
    expect(d.tacitOutcome).toBe('TACIT_REFUS');
    expect(d.tacitOn).toBe('2023-07-10');
    expect(tacitOutcomeFor('PC', 'PRESCRIPTIONS')).toBe('TACIT_REFUS');
    expect(tacitOutcomeFor('DP', 'UNFAVOURABLE')).toBe('TACIT_OPPOSITION');
  });

  it('should stay a tacit accord when the ABF is favourable or silent', () => {
    expect(tacitOutcomeFor('PC', 'FAVOURABLE')).toBe('TACIT_ACCORD');
    expect(tacitOutcomeFor('PC', 'TACIT')).toBe('TACIT_ACCORD');
  });

  it('should be a tacit refusal in an R*424-2 case', () => {
    expect(tacitOutcomeFor('PCMI', null, true)).toBe('TACIT_REFUS');
  });
});

describe('month ends', () => {
  it('should end a one-month delay on the last day of a shorter month', () => {
    expect(computeAdsDeadline({ type: 'DP', depositedOn: '2023-01-31' }).deadline).toBe('2023-02-28');
    expect(computeAdsDeadline({ type: 'DP', depositedOn: '2024-01-31' }).deadline).toBe('2024-02-29');
    expect(computeAdsDeadline({ type: 'PC', depositedOn: '2023-05-31' }).deadline).toBe('2023-08-31');
    expect(computeAdsDeadline({ type: 'PCMI', depositedOn: '2023-12-31' }).deadline).toBe('2024-02-29');
  });

  it('should count the completeness month to the end of a shorter month', () => {
    const d = computeAdsDeadline({ type: 'PC', depositedOn: '2023-01-31', piecesRequestedOn: '2023-02-28' });
    expect(d.completenessLimit).toBe('2023-02-28');
    expect(d.piecesRequestLate).toBe(false);
    expect(d.piecesDueOn).toBe('2023-05-28');
  });
});
