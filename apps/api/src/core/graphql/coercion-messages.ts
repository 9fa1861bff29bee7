/**
 * GraphQL's own refusals (coercion of variables and literals, unknown fields) are English and may suggest
 * names of the schema ("Did you mean…"). They are rewritten in French, naming the field, and without
 * suggestions. Returns null for a message that is not one of them (ours are already French).
 */
export function frenchCoercionMessage(
  message: string,
  labelOf: (name: string, inputType?: string) => string,
  /** For a literal in the document, the name written before it (`year: 99999999999`). */
  literalName?: string,
): { message: string; field?: string } | null {
  const reason = reasonOf(message);
  if (!reason) return null;
  // where: `at "i.amount"`, `Field "amount" of required type`, `Argument "year" of type`, `Variable "$year"`
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  const inner =
    /Field "([^"]+)" of required type/.exec(message)?.[1] ??
    /Field "([^"]+)" is not defined by type/.exec(message)?.[1] ??
    /Argument "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const field = [at ?? variable, inner].filter(Boolean).join('.') || literalName;
  const name = field
    ?.split('.')
    .filter((p) => !/^\d+$/.test(p))
    .at(-1);
  const owner = /(?:by|of required) type "(\w+)!?"/.exec(message)?.[1];
  return { message: name ? `${labelOf(name, owner)} : ${reason}.` : `Saisie invalide : ${reason}.`, field };
}

function reasonOf(m: string): string | null {
  if (/^Syntax Error/.test(m)) return 'requête mal formée';
  if (/Cannot query field "([^"]+)"/.test(m)) return `champ inconnu « ${/Cannot query field "([^"]+)"/.exec(m)![1]} »`;
  if (/^Unknown argument "([^"]+)"/.test(m)) return `argument inconnu « ${/^Unknown argument "([^"]+)"/.exec(m)![1]} »`;
  if (/is not defined by type/.test(m)) return 'champ inconnu';
  if (/does not exist in "\w+" enum|cannot represent non-enum value|Enum "\w+" cannot represent/.test(m))
    return 'valeur non prévue dans la liste';
  if (/Int cannot represent non 32-bit signed integer/.test(m))
    return 'nombre hors limites (entier de -2147483648 à 2147483647)';
  if (/Int cannot represent/.test(m)) return 'nombre entier attendu';
  if (/Float cannot represent/.test(m)) return 'nombre attendu';
  if (/String cannot represent/.test(m)) return 'texte attendu';
  if (/Boolean cannot represent/.test(m)) return 'oui ou non attendu';
  if (/ID cannot represent/.test(m)) return 'identifiant attendu';
  if (/Date invalide/.test(m)) return 'date invalide (format AAAA-MM-JJ)';
  if (
    /was not provided|is required, but it was not provided|Expected non-nullable type .* not to be null|found null/.test(
      m,
    )
  )
    return 'valeur obligatoire';
  if (/^Variable "\$[^"]+" got invalid value|^Expected value of type/.test(m)) return 'valeur invalide';
  return null;
}
