import { DEFAULT_RETENTION, retentionCutoff, retentionProblem } from './retention';

describe('retention', () => {
  it('should count whole years back from today, 29 February included', () => {
    expect(retentionCutoff('2030-06-15', 5)).toBe('2025-06-15');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });

  it('should accept the defaults', () => {
    expect(retentionProblem(DEFAULT_RETENTION)).toBeNull();
  });

  it('should refuse an audit trail kept longer than the records it names, and nonsense durations', () => {
    expect(retentionProblem({ ...DEFAULT_RETENTION, audit: 8 })).toMatch(/journal d’audit/);
    expect(retentionProblem({ ...DEFAULT_RETENTION, ads: 0 })).toMatch(/ads/);
    expect(retentionProblem({ ...DEFAULT_RETENTION, fourriere: 2.5 })).toMatch(/fourriere/);
  });
});
