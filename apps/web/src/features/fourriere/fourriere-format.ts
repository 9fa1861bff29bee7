/** Display helpers of the fourrière screens: amounts arrive in cents. Dates: shared/format. */
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

export const euros = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '—' : euroFormat.format(cents / 100);

/** "135,5" or "135.50" typed by an agent → 13550 cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const v = text.replace(/\s|€/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return null;
  return Math.round(Number(v) * 100);
}
