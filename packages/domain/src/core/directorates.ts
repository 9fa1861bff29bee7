/** The directorates of the CALL, in the order of the report. Which ones record activity is known from the API's modules. */
export const DIRECTORATES = [
  { key: 'ads', label: 'Service mutualisé ADS' },
  { key: 'permis_louer', label: 'Permis de louer' },
  { key: 'fourriere', label: 'Fourrière animale' },
  { key: 'crematorium', label: 'Crématorium' },
  { key: 'pret_materiel', label: 'Prêt de matériel' },
  { key: 'rh', label: 'Ressources et relations humaines' },
  { key: 'finances', label: 'Finances et comptabilité' },
  { key: 'juridique', label: 'Affaires juridiques et commande publique' },
  { key: 'communication', label: 'Communication' },
] as const;

export type DirectorateKey = (typeof DIRECTORATES)[number]['key'];

export const DIRECTORATE_KEYS: readonly DirectorateKey[] = DIRECTORATES.map((d) => d.key);

export function isDirectorateKey(value: string): value is DirectorateKey {
  return (DIRECTORATE_KEYS as readonly string[]).includes(value);
}

export function directorateLabel(key: DirectorateKey): string {
  return DIRECTORATES.find((d) => d.key === key)!.label;
}
