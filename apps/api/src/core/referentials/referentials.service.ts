import { inForceCondition } from '../kit/in-force';
import type { EntityManager } from 'typeorm';
import { membershipServiceIssue } from '@call/domain';
import type { Database } from '../database/database';
import type { Clock } from '../kit/clock';
import { requireBackdatedConfirmation, type FigureChange, type FigureImpact } from '../indicators/figure-impact';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { badInput, conflict, notFound } from '../errors';
import { Commune } from './commune.entity';
import { ServiceMembership } from './service-membership.entity';
import type { AddServiceMembershipInput } from './referentials.types';

// the ADS cube reads memberships (communes of each option): the indicators a dated membership may move
const MEMBERSHIP_TABLE = 'service_membership';

export class ReferentialsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  communes(): Promise<Commune[]> {
    return this.db.read((em) => em.find(Commune, { order: { name: 'ASC' } }));
  }

  /** Memberships in force on a day (all of them when no day is given). */
  memberships(service: string, on?: string | null): Promise<ServiceMembership[]> {
    return this.db.read((em) => membershipsOn(em, service, on));
  }

  /** A membership dated in a year already reported rewrites its figures: refused unless confirmed. */
  addMembership(
    actor: AuthUser,
    input: AddServiceMembershipInput,
    confirmBackdated = false,
  ): Promise<ServiceMembership> {
    return this.db.transaction(async (em) => {
      const saved = await this.add(em, actor, input);
      requireBackdatedConfirmation(input.validFrom, this.clock.today(), confirmBackdated);
      return saved;
    });
  }

  /** The published figures the membership would change (applied, measured, rolled back). */
  addMembershipImpact(actor: AuthUser, input: AddServiceMembershipInput): Promise<FigureChange[]> {
    return this.figures.preview([MEMBERSHIP_TABLE], input.validFrom, this.clock.today(), (em) =>
      this.add(em, actor, input),
    );
  }

  private async add(em: EntityManager, actor: AuthUser, input: AddServiceMembershipInput): Promise<ServiceMembership> {
    const issue = membershipServiceIssue(input.service, input.option);
    if (issue) throw badInput(issue.field, issue.message);
    if (input.validTo && input.validTo < input.validFrom)
      throw badInput('validTo', 'La date de fin doit suivre la date de début.');
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
  }

  /** A commune leaves a service (or changes option): its membership ends on `validTo`, included. */
  endMembership(actor: AuthUser, id: string, validTo: string, confirmBackdated = false): Promise<ServiceMembership> {
    return this.db.transaction(async (em) => {
      const ended = await this.end(em, actor, id, validTo);
      requireBackdatedConfirmation(validTo, this.clock.today(), confirmBackdated, 'validTo');
      return ended;
    });
  }

  /** The published figures closing the membership on that day would change (applied, measured, rolled back). */
  endMembershipImpact(actor: AuthUser, id: string, validTo: string): Promise<FigureChange[]> {
    return this.figures.preview([MEMBERSHIP_TABLE], validTo, this.clock.today(), (em) =>
      this.end(em, actor, id, validTo),
    );
  }

  private async end(em: EntityManager, actor: AuthUser, id: string, validTo: string): Promise<ServiceMembership> {
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
