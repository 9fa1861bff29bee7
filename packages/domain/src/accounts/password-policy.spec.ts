import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('should accept a long passphrase unrelated to the login', () => {
    expect(passwordProblem('cheval-agrafe-pile-42', 'agent.ads')).toBeNull();
    expect(passwordProblem('demo-call-2023', 'admin')).toBeNull();
  });

  it('should refuse blank and space-only passwords', () => {
    expect(passwordProblem('', 'admin')).toMatch(/vide/);
    expect(passwordProblem(' '.repeat(20), 'admin')).toMatch(/espaces/);
  });

  it('should refuse a password shorter than the minimum, counting characters not bytes', () => {
    expect(passwordProblem('a', 'admin')).toMatch(/12 caractères/);
    expect(passwordProblem('x'.repeat(PASSWORD_MIN_LENGTH - 2) + 'yz'.slice(0, 1), 'admin')).toMatch(/au moins/);
    expect(passwordProblem('éèàùçôîâêëïü', 'admin')).toBeNull();
  });

  it('should refuse the login itself, whatever the case, or a password containing it', () => {
    expect(passwordProblem('Directeur.Ads', 'directeur.ads')).toMatch(/identifiant/);
    expect(passwordProblem('directeur.ads2024!', 'directeur.ads')).toMatch(/identifiant/);
  });

  it('should refuse one repeated character', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaa', 'admin')).toMatch(/répéter/);
  });

  it('should refuse passwords longer than the maximum', () => {
    expect(passwordProblem('ab'.repeat(101), 'admin')).toMatch(/au plus/);
  });
});
