/**
 * The CALL services communes join, with their options: what the dated membership referential holds.
 * ADS: option 1 "instruction" (the shared service instructs), option 2 "GNAU" (online counter only).
 */
export const MEMBERSHIP_SERVICES = [
  {
    key: 'ads',
    label: 'Service mutualisé ADS',
    options: [
      { code: 'instruction', label: 'Option 1 — instruction' },
      { code: 'gnau', label: 'Option 2 — GNAU' },
    ],
  },
  { key: 'permis_louer', label: 'Permis de louer (périmètre)', options: [] },
] as const satisfies readonly { key: string; label: string; options: readonly { code: string; label: string }[] }[];

export type MembershipServiceKey = (typeof MEMBERSHIP_SERVICES)[number]['key'];

/** null when the pair is valid, else the French reason. */
export function membershipServiceIssue(
  service: string,
  option: string | null | undefined,
): { field: 'service' | 'option'; message: string } | null {
  const s = MEMBERSHIP_SERVICES.find((x) => x.key === service);
  if (!s) return { field: 'service', message: 'Service inconnu.' };
  const options: readonly { code: string }[] = s.options;
  if (options.length === 0) return option ? { field: 'option', message: 'Ce service n’a pas d’option.' } : null;
  if (!option || !options.some((o) => o.code === option))
    return { field: 'option', message: `Choisissez l’option : ${s.options.map((o) => o.label).join(' ou ')}.` };
  return null;
}
