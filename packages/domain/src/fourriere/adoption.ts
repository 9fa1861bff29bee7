import type { LocalDate } from '../calendar/local-date';

/**
 * Code rural L211-25 II: after the holding period, only foundations and associations for animal protection
 * that run a refuge may offer an animal for adoption; the pound cedes it to them free of charge. So the pound
 * records an adoption itself only when its manager is such an association — an administrator declares it,
 * dated like the other settings (a new declaration never rewrites past outcomes). Without any declaration the
 * law's default holds: cession, no adoption by the pound.
 */
export interface FourriereManagerSetting {
  validFrom: LocalDate;
  /** The pound's manager is a foundation or association for animal protection running a refuge. */
  refugeAssociation: boolean;
}

/** The declaration in force on a day (the latest one starting on or before it), or null. */
export function managerSettingOn<T extends FourriereManagerSetting>(settings: readonly T[], on: LocalDate): T | null {
  let best: T | null = null;
  for (const s of settings) if (s.validFrom <= on && (!best || s.validFrom > best.validFrom)) best = s;
  return best;
}

/** Whether the pound may record an adoption on that day (L211-25 II). */
export function poundMayRecordAdoption(settings: readonly FourriereManagerSetting[], on: LocalDate): boolean {
  return managerSettingOn(settings, on)?.refugeAssociation ?? false;
}

export const ADOPTION_RESERVED_MESSAGE =
  'Seules les fondations et associations de protection animale disposant d’un refuge proposent un animal à l’adoption (art. L211-25 II du Code rural) : enregistrez une cession gratuite à l’association. La fourrière enregistre une adoption seulement si un administrateur a déclaré que son gestionnaire est une telle association.';
