import { adsTypeInfo, type AdsDossierType } from './dossier-types';

/**
 * The national number of an urbanism authorisation (arrêté du 24 mars 2007, A.424-… forms):
 * type, département (3 digits), commune (3 digits of the INSEE code), year of deposit (2 digits),
 * sequence (5 characters, e.g. A0012), and for a modificatif M01… or a transfert T01… of the initial one.
 * E.g. `PC 062 498 23 A0012`, `PC 062 498 23 A0012 M01`.
 */
export interface AdsDossierNumber {
  prefix: 'CU' | 'DP' | 'PC' | 'PA' | 'PD';
  departement: string;
  commune: string;
  year: string;
  sequence: string;
  suffix: { kind: 'M' | 'T'; index: number } | null;
}

const NUMBER = /^(CU|DP|PC|PA|PD)\s*(\d{3})\s*(\d{3})\s*(\d{2})\s*([A-Z0-9]{5})(?:\s*([MT])(\d{2}))?$/;

export const ADS_NUMBER_SUFFIX_LABELS = { M: 'Modificatif', T: 'Transfert' } as const;

/** null when the text is not a dossier number; spaces are optional, letters case-insensitive. */
export function parseAdsDossierNumber(text: string): AdsDossierNumber | null {
  const m = NUMBER.exec(text.trim().toUpperCase());
  if (!m) return null;
  const index = m[7] ? Number(m[7]) : null;
  if (index === 0) return null;
  return {
    prefix: m[1] as AdsDossierNumber['prefix'],
    departement: m[2],
    commune: m[3],
    year: m[4],
    sequence: m[5],
    suffix: m[6] ? { kind: m[6] as 'M' | 'T', index: index! } : null,
  };
}

export function formatAdsDossierNumber(n: AdsDossierNumber): string {
  const base = `${n.prefix} ${n.departement} ${n.commune} ${n.year} ${n.sequence}`;
  return n.suffix ? `${base} ${n.suffix.kind}${String(n.suffix.index).padStart(2, '0')}` : base;
}

/** The normalised form of a typed number (`pc0624982300012m01` → `PC 062 498 23 A0012 M01`), or null. */
export function normalizeAdsDossierNumber(text: string): string | null {
  const n = parseAdsDossierNumber(text);
  return n ? formatAdsDossierNumber(n) : null;
}

/** The number of the initial authorisation a modificatif or transfert is attached to (null for an initial one). */
export function initialAdsDossierNumber(text: string): string | null {
  const n = parseAdsDossierNumber(text);
  if (!n?.suffix) return null;
  return formatAdsDossierNumber({ ...n, suffix: null });
}

/** INSEE code of the commune a number names (département 062 + commune 498 → 62498). */
export function adsNumberCommuneInsee(n: AdsDossierNumber): string {
  return (n.departement.startsWith('0') ? n.departement.slice(1) : n.departement) + n.commune;
}

/** The number part the INSEE code gives (62498 → 062 498). */
export function adsNumberPlace(communeInsee: string): { departement: string; commune: string } {
  return { departement: communeInsee.slice(0, 2).padStart(3, '0'), commune: communeInsee.slice(2) };
}

/** The number of a new dossier, from its type, commune, deposit date and sequence number. */
export function buildAdsDossierNumber(
  type: AdsDossierType,
  communeInsee: string,
  depositedOn: string,
  sequence: number,
  series = 'A',
): string {
  const place = adsNumberPlace(communeInsee);
  return formatAdsDossierNumber({
    prefix: adsTypeInfo(type).numberPrefix,
    ...place,
    year: depositedOn.slice(2, 4),
    sequence: `${series}${String(sequence).padStart(4, '0')}`,
    suffix: null,
  });
}

/** Everything that is wrong with a number for a dossier, in French (empty when it is consistent). */
export function checkAdsDossierNumber(
  text: string,
  dossier: { type: AdsDossierType; communeInsee: string; depositedOn: string },
): string[] {
  const n = parseAdsDossierNumber(text);
  if (!n)
    return [
      'Le numéro doit avoir la forme « PC 062 498 23 A0012 » (type, département, commune, année, numéro d’ordre), suivie le cas échéant de M01 ou T01.',
    ];
  const issues: string[] = [];
  const prefix = adsTypeInfo(dossier.type).numberPrefix;
  if (n.prefix !== prefix)
    issues.push(`Le numéro commence par ${n.prefix} alors qu’un dossier ${dossier.type} est numéroté ${prefix}.`);
  if (adsNumberCommuneInsee(n) !== dossier.communeInsee)
    issues.push(`Le numéro désigne la commune ${adsNumberCommuneInsee(n)} et non ${dossier.communeInsee}.`);
  // a modificatif or transfert keeps the number (and year) of its initial authorisation
  if (!n.suffix && n.year !== dossier.depositedOn.slice(2, 4))
    issues.push(`Le numéro porte l’année ${n.year} alors que le dépôt date de ${dossier.depositedOn.slice(0, 4)}.`);
  return issues;
}
