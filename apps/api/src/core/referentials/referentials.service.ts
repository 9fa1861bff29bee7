import { inForceCondition } from '../kit/in-force';
import type { EntityManager } from 'typeorm';
import { membershipServiceIssue } from '@call/domain';
import type { Database } from '../database/database';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { badInput, conflict, notFound } from '../errors';
import { Commune } from './commune.entity';
import { ServiceMembership } from './service-membership.entity';
import type { AddServiceMembershipInput } from './referentials.types';

export class ReferentialsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  communes(): Promise<Commune[]> {
    return this.db.read((em) => em.find(Commune, { order: { name: 'ASC' } }));
  }

  /** Memberships in force on a day (all of them when no day is given). */
  memberships(service: string, on?: string | null): Promise<ServiceMembership[]> {
    return this.db.read((em) => membershipsOn(em, service, on));
  }

  async addMembership(actor: AuthUser, input: AddServiceMembershipInput): Promise<ServiceMembership> {
    const issue = membershipServiceIssue(input.service, input.option);
    if (issue) throw badInput(issue.field, issue.message);
    if (input.validTo && input.validTo < input.validFrom)
      throw badInput('validTo', 'La date de fin doit suivre la date de début.');
    return this.db.transaction(async (em) => {
      if (!(await em.exists(Commune, { where: { inseeCode: input.communeInsee } })))
        throw badInput('communeInsee', 'Cette commune n’est pas membre de la CALL.');
      const overlap = await em
        .createQueryBuilder(ServiceMembership, 'm')
        .where('m.service = :service AND m.commune_insee = :insee', {
          service: input.service,
          insee: input.communeInsee,
        })
        .andWhere(
          "m.valid_from <= COALESCE(CAST(:to AS date), DATE '9999-12-31') AND COALESCE(m.valid_to, DATE '9999-12-31') >= CAST(:from AS date)",
          { from: input.validFrom, to: input.validTo },
        )
        .getExists();
      if (overlap)
        throw conflict('Cette commune est déjà membre du service sur une partie de cette période.', 'validFrom');
      const saved = await em.save(em.create(ServiceMembership, { ...input, source: `saisie ${actor.login}` }));
      await this.audit.record(em, actor, {
        entity: 'ServiceMembership',
        entityId: saved.id,
        action: 'create',
        changes: { ...input },
      });
      return em.findOneOrFail(ServiceMembership, { where: { id: saved.id }, relations: { commune: true } });
    });
  }

  /** A commune leaves a service (or changes option): its membership ends on `validTo`, included. */
  async endMembership(actor: AuthUser, id: string, validTo: string): Promise<ServiceMembership> {
    return this.db.transaction(async (em) => {
      const m = await em.findOne(ServiceMembership, { where: { id }, relations: { commune: true } });
      if (!m) throw notFound('Adhésion');
      if (m.validTo) throw conflict(`Cette adhésion est déjà close au ${m.validTo}.`, 'validTo');
      if (validTo < m.validFrom) throw badInput('validTo', 'La date de fin doit suivre la date de début.');
      m.validTo = validTo;
      await em.save(m);
      await this.audit.record(em, actor, {
        entity: 'ServiceMembership',
        entityId: m.id,
        action: 'end',
        changes: { validTo },
      });
      return m;
    });
  }
}

/** The question "which communes were in the service on that day", used by modules through the core. */
export function membershipsOn(
  em: EntityManager,
  service: string,
  on?: string | null,
  option?: string,
): Promise<ServiceMembership[]> {
  const qb = em
    .createQueryBuilder(ServiceMembership, 'm')
    .innerJoinAndSelect('m.commune', 'c')
    .where('m.service = :service', { service })
    .orderBy('c.name', 'ASC')
    .addOrderBy('m.valid_from', 'ASC');
  if (on) qb.andWhere(inForceCondition('m', 'on'), { on });
  if (option) qb.andWhere('m.option = :option', { option });
  return qb.getMany();
}
