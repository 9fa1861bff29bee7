import type { LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import type { Clock } from '../../core/kit/clock';
import { PretIntervention, PretKind, PretRepair } from './entities';
import type {
  AdvanceInput,
  ApproveInput,
  InterventionInput,
  KindInput,
  RefuseInput,
  RepairCloseInput,
  RequestInput,
  ReturnInput,
  StockMovementInput,
} from './pret-materiel.inputs';
import { repairView } from './pret-materiel.mapper';
import { showRequest } from './pret-materiel.service';
import type { InterventionView, KindView, RepairView, RequestView } from './pret-materiel.types';
import { approveRequest, refuseRequest } from './use-cases/approve-request';
import { createRequest } from './use-cases/create-request';
import {
  advanceRequest,
  closeRepair,
  createKind,
  recordIntervention,
  recordMovement,
} from './use-cases/record-activity';
import { recordReturn } from './use-cases/record-return';

/** Writes of the prêt de matériel: one transaction per mutation, the audit trail inside it. */
export class PretMaterielCommands {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private onRequest(
    id: string,
    write: (em: EntityManager, today: LocalDate) => Promise<unknown>,
  ): Promise<RequestView> {
    return this.db.transaction(async (em) => {
      await write(em, this.clock.today());
      return showRequest(em, id);
    });
  }

  createRequest(actor: AuthUser, input: RequestInput): Promise<RequestView> {
    return this.db.transaction(async (em) =>
      showRequest(em, await createRequest(em, this.audit, actor, input, this.clock.today())),
    );
  }

  approve(actor: AuthUser, input: ApproveInput): Promise<RequestView> {
    return this.onRequest(input.requestId, (em, today) => approveRequest(em, this.audit, actor, input, today));
  }

  refuse(actor: AuthUser, input: RefuseInput): Promise<RequestView> {
    return this.onRequest(input.requestId, (em, today) => refuseRequest(em, this.audit, actor, input, today));
  }

  advance(actor: AuthUser, input: AdvanceInput): Promise<RequestView> {
    return this.onRequest(input.requestId, (em) => advanceRequest(em, this.audit, actor, input));
  }

  recordReturn(actor: AuthUser, input: ReturnInput): Promise<RequestView> {
    return this.onRequest(input.requestId, (em, today) => recordReturn(em, this.audit, actor, input, today));
  }

  createKind(actor: AuthUser, input: KindInput): Promise<KindView> {
    return this.db.transaction(async (em) => {
      const id = await createKind(em, this.audit, actor, input);
      const k = await em.findOneByOrFail(PretKind, { id });
      return { id, name: k.name, unit: k.unit, stockToday: 0 };
    });
  }

  recordMovement(actor: AuthUser, input: StockMovementInput): Promise<boolean> {
    return this.db.transaction(async (em) => {
      await recordMovement(em, this.audit, actor, input, this.clock.today());
      return true;
    });
  }

  closeRepair(actor: AuthUser, input: RepairCloseInput): Promise<RepairView> {
    return this.db.transaction(async (em) => {
      await closeRepair(em, this.audit, actor, input, this.clock.today());
      return repairView(
        await em.findOneOrFail(PretRepair, { where: { id: input.repairId }, relations: { kind: true } }),
      );
    });
  }

  recordIntervention(actor: AuthUser, input: InterventionInput): Promise<InterventionView> {
    return this.db.transaction(async (em) => {
      const id = await recordIntervention(em, this.audit, actor, input, this.clock.today());
      const i = await em.findOneByOrFail(PretIntervention, { id });
      return { ...i, hours: Number(i.hours) };
    });
  }
}
