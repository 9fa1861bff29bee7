/** The directorates of the CALL. `hasModule` ones record activity; the others only declare indicators. */
export const DIRECTORATES = [
  { key: 'ads', label: 'Service mutualisé ADS', hasModule: true },
  { key: 'permis_louer', label: 'Permis de louer', hasModule: false },
  { key: 'fourriere', label: 'Fourrière animale', hasModule: true },
  { key: 'crematorium', label: 'Crématorium', hasModule: true },
  { key: 'pret_materiel', label: 'Prêt de matériel', hasModule: true },
  { key: 'rh', label: 'Ressources et relations humaines', hasModule: false },
  { key: 'finances', label: 'Finances et comptabilité', hasModule: false },
  { key: 'juridique', label: 'Affaires juridiques et commande publique', hasModule: false },
  { key: 'communication', label: 'Communication', hasModule: false },
] as const;

export type DirectorateKey = (typeof DIRECTORATES)[number]['key'];

export const DIRECTORATE_KEYS: readonly DirectorateKey[] = DIRECTORATES.map((d) => d.key);

export function isDirectorateKey(value: string): value is DirectorateKey {
  return (DIRECTORATE_KEYS as readonly string[]).includes(value);
}

export function directorateLabel(key: DirectorateKey): string {
  return DIRECTORATES.find((d) => d.key === key)!.label;
}
