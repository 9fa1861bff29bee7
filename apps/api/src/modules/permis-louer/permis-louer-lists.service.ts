import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { Database } from '../../core/database/database';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import { Commune } from '../../core/referentials/commune.entity';
import { PdlApdDossier, PdlContact, PdlControlBatch, PdlSanction } from './entities';
import type { SanctionFilter } from './permis-louer.inputs';
import { apdView, sanctionView } from './permis-louer.mapper';
import type { ApdPage, ApdView, ContactPage, ControlBatchPage, SanctionPage, SanctionView } from './permis-louer.types';

type WithCommune<E> = E & { communeRef?: Commune };

/** The commune's name beside each record, in the same statement (many-to-one). */
const withCommune = <E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, alias: string) =>
  qb.leftJoinAndMapOne(`${alias}.communeRef`, Commune, 'c', `c.insee_code = ${alias}.commune_insee`);
const nameOf = (e: WithCommune<object>) => e.communeRef?.name ?? '';

const apdQuery = (em: EntityManager) => withCommune(em.createQueryBuilder(PdlApdDossier, 'd'), 'd');
const sanctionQuery = (em: EntityManager) => withCommune(em.createQueryBuilder(PdlSanction, 's'), 's');

export async function loadApd(em: EntityManager, id: string, today: LocalDate): Promise<ApdView> {
  const d = await apdQuery(em).where('d.id = :id', { id }).getOne();
  if (!d) throw notFound('Dossier APD');
  return apdView(d, nameOf(d), today);
}

export async function loadSanction(em: EntityManager, id: string): Promise<SanctionView> {
  const s = await sanctionQuery(em).where('s.id = :id', { id }).getOne();
  if (!s) throw notFound('Procédure de sanction');
  return sanctionView(s, nameOf(s));
}

/** Where a procedure stands: the first step not yet dated (SQL of the sanctions list filter). */
const SANCTION_STAGE_SQL: Record<SanctionFilter['stage'] & string, string> = {
  TO_REPORT: 's.reported_on IS NULL',
  TO_INVITE: 's.reported_on IS NOT NULL AND s.observations_invited_on IS NULL',
  TO_ORDER: 's.observations_invited_on IS NOT NULL AND s.ordered_on IS NULL',
  TO_ISSUE: 's.ordered_on IS NOT NULL AND s.revenue_order_on IS NULL',
  TO_COLLECT: 's.revenue_order_on IS NOT NULL AND s.paid_on IS NULL',
  CLOSED: 's.paid_on IS NOT NULL',
};

/** The lists of the APD, sanctions, front-desk contacts and CAF batches: one bounded query each. */
export class PermisLouerListsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  apdDossiers(page: PageArgs): Promise<ApdPage> {
    const today = this.clock.today();
    return this.db.read((em) =>
      pageOf(apdQuery(em).orderBy('d.received_on', 'DESC').addOrderBy('d.number', 'DESC'), page, (rows) =>
        rows.map((d) => apdView(d, nameOf(d), today)),
      ),
    );
  }

  apdDossier(id: string): Promise<ApdView> {
    return this.db.read((em) => loadApd(em, id, this.clock.today()));
  }

  sanctions(filter: SanctionFilter, page: PageArgs): Promise<SanctionPage> {
    return this.db.read((em) => {
      const qb = sanctionQuery(em).orderBy('s.found_on', 'DESC').addOrderBy('s.id');
      if (filter.stage) qb.where(SANCTION_STAGE_SQL[filter.stage]);
      return pageOf(qb, page, (rows) => rows.map((s) => sanctionView(s, nameOf(s))));
    });
  }

  sanction(id: string): Promise<SanctionView> {
    return this.db.read((em) => loadSanction(em, id));
  }

  contacts(page: PageArgs): Promise<ContactPage> {
    return this.db.read((em) =>
      pageOf(
        em.createQueryBuilder(PdlContact, 'x').orderBy('x.contact_on', 'DESC').addOrderBy('x.id', 'DESC'),
        page,
        (rows) => rows,
      ),
    );
  }

  /** Batches, latest first, with their counts from one grouped sub-select. */
  controlBatches(page: PageArgs): Promise<ControlBatchPage> {
    return this.db.read((em) => {
      const qb = em
        .createQueryBuilder(PdlControlBatch, 'b')
        .addSelect('(SELECT count(*) FROM pdl_control x WHERE x.batch_id = b.id)::int', 'addresses')
        .addSelect(
          "(SELECT count(*) FROM pdl_control x WHERE x.batch_id = b.id AND x.outcome = 'FILED_AFTER_CONTACT')::int",
          'filed',
        )
        .orderBy('b.received_on', 'DESC')
        .addOrderBy('b.imported_at', 'DESC');
      return pageOf(qb, page, (rows, raw) =>
        rows.map((b, i) => ({
          ...b,
          addresses: Number(raw[i].addresses),
          filedAfterContact: Number(raw[i].filed),
        })),
      );
    });
  }
}
