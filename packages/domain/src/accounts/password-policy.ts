/**
 * The password rule of the CALL's accounts, shared by the API (which enforces it) and the web (which
 * explains it). Length over complexity, as ANSSI's guide on authentication (2021, R21) and NIST SP 800-63B
 * §5.1.1.2 advise: at least 12 characters, not only spaces, and not derived from the login.
 */
export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_RULE_TEXT = `Au moins ${PASSWORD_MIN_LENGTH} caractères, pas uniquement des espaces, différent de l’identifiant.`;

/** The French reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, login: string): string | null {
  if (!password.trim()) return 'Le mot de passe ne peut pas être vide ni composé uniquement d’espaces.';
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `Le mot de passe doit faire au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if ([...password].length > PASSWORD_MAX_LENGTH)
    return `Le mot de passe doit faire au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  const normalized = password.trim().toLowerCase();
  const id = login.trim().toLowerCase();
  if (id && (normalized === id || normalized.includes(id)))
    return 'Le mot de passe ne doit pas contenir l’identifiant.';
  if (new Set(normalized).size === 1) return 'Le mot de passe ne peut pas répéter un seul caractère.';
  return null;
}
