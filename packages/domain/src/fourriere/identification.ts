import type { IdentificationKind } from './fourriere.choices';

/** Spaces, dots and dashes typed or printed on a card are not part of the number. */
export function normalizeIdentification(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

// ISO 11784/11785 transponders (the only ones in use in France since 2004) carry 15 digits:
// the country (250 = France) or manufacturer (900–998) code, then the national number.
const CHIP = /^\d{15}$/;
// The French tattoo (ear or thigh) is 6 characters, 3 letters and 3 digits in either order (older
// "ABC123", later "123ABC"), sometimes preceded by one digit; to confirm against I-CAD's reference.
const TATTOO = [/^[A-Z]{3}\d{3}$/, /^\d{3}[A-Z]{3}$/, /^\d[A-Z]{3}\d{3}$/];

export function isValidChip(value: string): boolean {
  return CHIP.test(normalizeIdentification(value));
}

export function isValidTattoo(value: string): boolean {
  const v = normalizeIdentification(value);
  return TATTOO.some((re) => re.test(v));
}

/** A French message naming what is wrong, or null when the identification is acceptable. */
export function identificationError(kind: IdentificationKind, number: string | null | undefined): string | null {
  const value = number ? normalizeIdentification(number) : '';
  if (kind === 'NONE') return value ? 'Un animal non identifié ne porte pas de numéro.' : null;
  if (!value) return 'Le numéro d’identification est obligatoire.';
  if (kind === 'CHIP' && !isValidChip(value)) return 'Le numéro de puce doit compter exactement 15 chiffres.';
  if (kind === 'TATTOO' && !isValidTattoo(value))
    return 'Le tatouage doit compter 3 lettres et 3 chiffres (ex. ABC123 ou 123ABC).';
  return null;
}
