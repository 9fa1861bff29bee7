import type { EntityManager } from 'typeorm';
import type { ProductionSeedContext } from '../../core/module';
import { Commune } from '../../core/referentials/commune.entity';
import { ServiceMembership } from '../../core/referentials/service-membership.entity';
import { PdlPerimeter } from './entities';
import { PDL_SERVICE } from './use-cases/create-perimeter';

/** Lens asked for its whole territory from 2025 (RA 2023, "Le permis de louer", perspectives). */
export const LENS_WHOLE_FROM = '2025-01-01';
const LENS_SOURCE = 'Rapport d’activités 2023 (Lens : tout le territoire à partir de 2025)';

/**
 * The scheme as the report states it, on any installation: Lens joins from 2025, and every membership of the
 * permis de louer without a perimeter gets one over the whole commune (no file says otherwise), over the
 * membership's dates; the deliberation's publication is not in the report (left empty, to confirm).
 * Idempotent: a membership already covering 2025 for Lens, or a membership with a perimeter, is left alone.
 */
export async function ensurePdlScheme(em: EntityManager): Promise<void> {
  const lens = await em.findOneBy(Commune, { name: 'Lens' });
  if (lens) {
    const covered = await em
      .createQueryBuilder(ServiceMembership, 'm')
      .where('m.service = :service AND m.commune_insee = :insee', { service: PDL_SERVICE, insee: lens.inseeCode })
      .andWhere('m.valid_from <= :day AND (m.valid_to IS NULL OR m.valid_to >= :day)', { day: LENS_WHOLE_FROM })
      .getCount();
    if (!covered)
      await em.insert(ServiceMembership, {
        service: PDL_SERVICE,
        option: null,
        communeInsee: lens.inseeCode,
        validFrom: LENS_WHOLE_FROM,
        validTo: null,
        source: LENS_SOURCE,
      });
  }
  const bare = await em
    .createQueryBuilder(ServiceMembership, 'm')
    .where('m.service = :service', { service: PDL_SERVICE })
    .andWhere('NOT EXISTS (SELECT 1 FROM pdl_perimeter p WHERE p.membership_id = m.id)')
    .orderBy('m.valid_from')
    .getMany();
  if (bare.length)
    await em.insert(
      PdlPerimeter,
      bare.map((m) => ({
        communeInsee: m.communeInsee,
        membershipId: m.id,
        kind: 'WHOLE_COMMUNE' as const,
        streets: [],
        publishedOn: null,
        validFrom: m.validFrom,
        validTo: m.validTo,
      })),
    );
}

/** A real installation: the 7 communes the report names (core memberships) and Lens from 2025, dated. */
export async function seedPermisLouerProduction({ em }: ProductionSeedContext): Promise<void> {
  await ensurePdlScheme(em);
}
