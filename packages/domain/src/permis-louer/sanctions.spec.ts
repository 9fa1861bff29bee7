import {
  checkSanctionOrder,
  isRepeatOffence,
  maxFineFor,
  PDL_SANCTION_STAGES,
  sanctionRegimeOn,
  sanctionStage,
} from './sanctions';

describe('sanctions regime by date (L635-7, law n° 2024-322 of 9 April 2024)', () => {
  it('should report to the préfet (DDTM) before the law, to the EPCI president since', () => {
    expect(sanctionRegimeOn('2023-06-01')).toMatchObject({ authority: 'PREFET', paidTo: 'ANAH' });
    expect(sanctionRegimeOn('2024-04-10').authority).toBe('PREFET');
    expect(sanctionRegimeOn('2024-04-11')).toMatchObject({ authority: 'EPCI_PRESIDENT', paidTo: 'CALL' });
  });
  it('should cap the fine at 5,000 €, 15,000 € for a repeat within three years or a letting despite refusal', () => {
    const r = sanctionRegimeOn('2023-06-01');
    expect(maxFineFor(r, 'LET_WITHOUT_AUTHORISATION', false)).toBe(5000);
    expect(maxFineFor(r, 'LET_WITHOUT_AUTHORISATION', true)).toBe(15000);
    expect(maxFineFor(r, 'LET_DESPITE_REFUSAL', false)).toBe(15000);
  });
  it('should count a repeat only within three years before the finding', () => {
    expect(isRepeatOffence(['2020-06-02'], '2023-06-01')).toBe(true);
    expect(isRepeatOffence(['2020-05-31'], '2023-06-01')).toBe(false);
    expect(isRepeatOffence([], '2023-06-01')).toBe(false);
  });
  it('should refuse an order above the ceiling or before the end of the observations delay', () => {
    const ok = { amount: 2000, max: 5000, orderedOn: '2023-07-02', invitedOn: '2023-06-01' };
    expect(checkSanctionOrder(ok)).toEqual([]);
    expect(checkSanctionOrder({ ...ok, amount: 6000 }).map((e) => e.field)).toEqual(['amount']);
    expect(checkSanctionOrder({ ...ok, orderedOn: '2023-07-01' }).map((e) => e.field)).toEqual(['orderedOn']);
    expect(checkSanctionOrder({ ...ok, invitedOn: null }).map((e) => e.field)).toEqual(['orderedOn']);
  });
});

describe('sanction stage', () => {
  it('should stand at the first step not yet dated', () => {
    const none = { reportedOn: null, observationsInvitedOn: null, orderedOn: null, revenueOrderOn: null, paidOn: null };
    expect(sanctionStage(none)).toBe('TO_REPORT');
    expect(sanctionStage({ ...none, reportedOn: '2023-02-01' })).toBe('TO_INVITE');
    expect(sanctionStage({ ...none, reportedOn: '2023-02-01', observationsInvitedOn: '2023-02-05' })).toBe('TO_ORDER');
    const paid = {
      reportedOn: '2023-02-01',
      observationsInvitedOn: '2023-02-05',
      orderedOn: '2023-03-10',
      revenueOrderOn: '2023-04-01',
      paidOn: '2023-05-01',
    };
    expect(sanctionStage({ ...paid, paidOn: null })).toBe('TO_COLLECT');
    expect(sanctionStage(paid)).toBe('CLOSED');
    expect(PDL_SANCTION_STAGES.of('TO_ORDER').next).toBe('ORDER');
  });
});
