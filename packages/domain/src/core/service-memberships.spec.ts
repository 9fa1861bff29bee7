import { membershipServiceIssue } from './service-memberships';

describe('membership services', () => {
  it('should require one of the ADS options', () => {
    expect(membershipServiceIssue('ads', 'instruction')).toBeNull();
    expect(membershipServiceIssue('ads', 'gnau')).toBeNull();
    expect(membershipServiceIssue('ads', null)?.field).toBe('option');
  });
  it('should refuse an option where the service has none, and an unknown service', () => {
    expect(membershipServiceIssue('permis_louer', null)).toBeNull();
    expect(membershipServiceIssue('permis_louer', 'gnau')?.field).toBe('option');
    expect(membershipServiceIssue('piscine', null)?.field).toBe('service');
  });
});
