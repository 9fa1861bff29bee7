import type { EntityManager } from 'typeorm';
import type { Database } from '../../core/database/database';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import { Commune } from '../../core/referentials/commune.entity';
import { PdlApmlDossier, PdlDefect, PdlPerimeter } from './entities';
import type { ApmlFilter } from './permis-louer.inputs';
import { apmlView } from './permis-louer.mapper';
import type { ApmlPage, ApmlView, PerimeterView } from './permis-louer.types';

const dossierQuery = (em: EntityManager) =>
  em.createQueryBuilder(PdlApmlDossier, 'd').leftJoinAndSelect('d.commune', 'c');

/** The defects of several dossiers in one query (no N+1). */
async function defectsOf(em: EntityManager, ids: string[]): Promise<Map<string, PdlDefect[]>> {
  const map = new Map<string, PdlDefect[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await em
    .createQueryBuilder(PdlDefect, 'x')
    .where('x.dossier_id IN (:...ids)', { ids })
    .orderBy('x.id')
    .getMany();
  for (const r of rows) map.get(r.dossierId)!.push(r);
  return map;
}

export async function loadApml(em: EntityManager, id: string, today: string): Promise<ApmlView> {
  const d = await dossierQuery(em).where('d.id = :id', { id }).getOne();
  if (!d) throw notFound('Dossier APML');
  return apmlView(d, (await defectsOf(em, [d.id])).get(d.id)!, today);
}

/** Reads of the permis de louer. */
export class PermisLouerService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Dossiers, latest first; the tacit queue lists undecided dossiers by the day silence will decide. */
  apmlDossiers(filter: ApmlFilter, page: PageArgs): Promise<ApmlPage> {
    const today = this.clock.today();
    return this.db.read(async (em) => {
      const qb = dossierQuery(em);
      if (filter.tacitQueue)
        qb.where('d.decision IS NULL AND d.tacit_on > :today', { today })
          .orderBy('d.tacit_on', 'ASC')
          .addOrderBy('d.number');
      else qb.orderBy('d.received_on', 'DESC').addOrderBy('d.number', 'DESC');
      if (filter.communeInsee) qb.andWhere('d.commune_insee = :insee', { insee: filter.communeInsee });
      return pageOf(qb, page, async (rows) => {
        const defects = await defectsOf(
          em,
          rows.map((r) => r.id),
        );
        return rows.map((r) => apmlView(r, defects.get(r.id)!, today));
      });
    });
  }

  apmlDossier(id: string): Promise<ApmlView> {
    return this.db.read((em) => loadApml(em, id, this.clock.today()));
  }

  perimeters(communeInsee?: string | null): Promise<PerimeterView[]> {
    return this.db.read(async (em) => {
      const qb = em
        .createQueryBuilder(PdlPerimeter, 'p')
        .innerJoinAndMapOne('p.commune', Commune, 'c', 'c.insee_code = p.commune_insee')
        .orderBy('c.name')
        .addOrderBy('p.valid_from')
        .limit(500);
      if (communeInsee) qb.where('p.commune_insee = :communeInsee', { communeInsee });
      const rows = (await qb.getMany()) as (PdlPerimeter & { commune: Commune })[];
      return rows.map((p) => ({ ...p, communeName: p.commune.name }));
    });
  }
}
