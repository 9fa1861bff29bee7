import { identificationError, isValidChip, isValidTattoo, normalizeIdentification } from './identification';

describe('identification', () => {
  it('accepts a 15-digit chip, spaces ignored', () => {
    expect(isValidChip('250269604123456')).toBe(true);
    expect(isValidChip('250 26 9604 123456')).toBe(true);
    expect(normalizeIdentification('250 26-9604.123456')).toBe('250269604123456');
  });
  it('refuses chips of the wrong length or with letters', () => {
    expect(isValidChip('25026960412345')).toBe(false);
    expect(isValidChip('2502696041234567')).toBe(false);
    expect(isValidChip('25026960412345A')).toBe(false);
  });
  it('accepts the French tattoo formats', () => {
    expect(isValidTattoo('ABC123')).toBe(true);
    expect(isValidTattoo('123abc')).toBe(true);
    expect(isValidTattoo('2ABC123')).toBe(true);
    expect(isValidTattoo('AB1234')).toBe(false);
    expect(isValidTattoo('ABCD123')).toBe(false);
  });
  it('explains in French what is wrong', () => {
    expect(identificationError('CHIP', '1234')).toBe('Le numéro de puce doit compter exactement 15 chiffres.');
    expect(identificationError('TATTOO', 'ZZ')).toMatch(/^Le tatouage doit compter 3 lettres et 3 chiffres/);
    expect(identificationError('CHIP', '')).toBe('Le numéro d’identification est obligatoire.');
    expect(identificationError('NONE', '250269604123456')).toBe('Un animal non identifié ne porte pas de numéro.');
    expect(identificationError('NONE', null)).toBeNull();
    expect(identificationError('CHIP', '250269604123456')).toBeNull();
  });
});
