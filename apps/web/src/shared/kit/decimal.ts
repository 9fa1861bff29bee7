/**
 * Numbers typed the French way: "0,45" is 0.45 (never 045), "1 234,5" is 1234.5; a dot is accepted too.
 * null for an empty text, NaN for a text that is not a number (refused by the input's validation).
 */
export function parseDecimal(text: string): number | null {
  const v = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!v) return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(v)) return NaN;
  return Number(v);
}

/** 0.45 → "0,45" for an input (no thousands separator: the agent edits it). */
export const decimalToText = (n: number | null | undefined): string =>
  n === null || n === undefined || Number.isNaN(n) ? '' : String(n).replace('.', ',');

export interface DecimalBounds {
  min?: number;
  max?: number;
  /** 0 for whole numbers (dwellings), 2 for euros. */
  maxDecimals?: number;
}

/** The French message for a value that cannot be accepted, naming the field; null when it is fine. */
export function decimalError(
  value: number | null,
  label: string,
  { min, max, maxDecimals, required }: DecimalBounds & { required?: boolean },
): string | null {
  if (value === null) return required ? `${label} : veuillez saisir un nombre.` : null;
  if (Number.isNaN(value)) return `${label} : saisissez un nombre, avec une virgule pour les décimales (ex. 0,45).`;
  if (maxDecimals !== undefined) {
    const decimals = (String(value).split('.')[1] ?? '').length;
    if (decimals > maxDecimals)
      return maxDecimals === 0
        ? `${label} : saisissez un nombre entier.`
        : `${label} : au plus ${maxDecimals} chiffres après la virgule.`;
  }
  if (min !== undefined && value < min) return `${label} : doit être au moins ${decimalToText(min)}.`;
  if (max !== undefined && value > max) return `${label} : doit être au plus ${decimalToText(max)}.`;
  return null;
}
