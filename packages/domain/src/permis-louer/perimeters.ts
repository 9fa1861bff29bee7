import { addMonths, frenchDay, type LocalDate } from '../calendar/local-date';
import { defineChoices } from '../core/choices';

export const PDL_PERIMETER_KINDS = defineChoices([
  { code: 'WHOLE_COMMUNE', label: 'Toute la commune' },
  { code: 'STREETS', label: 'Rues ou secteurs listés' },
]);
export type PdlPerimeterKind = (typeof PDL_PERIMETER_KINDS)[number]['code'];

export interface PdlPerimeter {
  communeInsee: string;
  kind: PdlPerimeterKind;
  streets: readonly string[];
  /** Null for a perimeter whose deliberation date the source does not give (production seed). */
  publishedOn: LocalDate | null;
  validFrom: LocalDate;
  validTo?: LocalDate | null;
}

/** L635-1: the deliberation takes effect at least six months after its publication. */
export function earliestPerimeterStart(publishedOn: LocalDate): LocalDate {
  return addMonths(publishedOn, 6);
}

export function checkPerimeterDates(
  p: Pick<PdlPerimeter, 'validFrom' | 'validTo'> & { publishedOn: LocalDate },
): string | null {
  const earliest = earliestPerimeterStart(p.publishedOn);
  if (p.validFrom < earliest)
    return `Le périmètre ne peut s’appliquer avant le ${frenchDay(earliest)}, six mois après la publication de la délibération (L635-1).`;
  if (p.validTo && p.validTo < p.validFrom) return 'La fin d’application précède le début.';
  return null;
}

/** Street names compared without accents, case, house number or repeated spaces. */
export function normaliseStreet(street: string): string {
  return street
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*\d+\s*(bis|ter|[a-z])?\b\s*,?\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Does a perimeter in force on `day` cover this address (whole commune, or one of its listed streets)? */
export function perimeterCovers(p: PdlPerimeter, communeInsee: string, street: string, day: LocalDate): boolean {
  if (p.communeInsee !== communeInsee || p.validFrom > day || (p.validTo && p.validTo < day)) return false;
  if (p.kind === 'WHOLE_COMMUNE') return true;
  const s = normaliseStreet(street);
  return p.streets.some((x) => normaliseStreet(x) === s);
}

export function coveringPerimeter<T extends PdlPerimeter>(
  perimeters: readonly T[],
  communeInsee: string,
  street: string,
  day: LocalDate,
): T | null {
  return perimeters.find((p) => perimeterCovers(p, communeInsee, street, day)) ?? null;
}
