import { allocationRefusal, metalsBalanceCents, urnAlertOn, urnKeptUntil, urnStatus } from './ashes-metals';

describe('urne conservée au crématorium (L2223-18-1) : un an au plus', () => {
  it('keeps the urn one year, with an alert 30 days before', () => {
    expect(urnKeptUntil('2023-03-06')).toBe('2024-03-06');
    expect(urnKeptUntil('2024-02-29')).toBe('2025-02-28');
    expect(urnAlertOn('2023-03-06')).toBe('2024-02-05');
    expect(urnStatus('2023-03-06', '2024-01-01')).toBe('KEPT');
    expect(urnStatus('2023-03-06', '2024-02-05')).toBe('ALERT');
    expect(urnStatus('2023-03-06', '2024-03-07')).toBe('OVERDUE');
  });
});

describe('produit des métaux (L2223-18-1-1)', () => {
  it('never allocates more than the balance', () => {
    expect(metalsBalanceCents(100_000, 30_000)).toBe(70_000);
    expect(allocationRefusal(70_000, 70_000)).toBeNull();
    expect(allocationRefusal(70_000, 70_001)).toMatch(/solde disponible/);
    expect(allocationRefusal(70_000, 0)).toMatch(/positif/);
  });
});
