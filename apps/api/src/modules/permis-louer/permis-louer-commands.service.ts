import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import {
  requireBackdatedConfirmation,
  type FigureChange,
  type FigureImpact,
} from '../../core/indicators/figure-impact';
import type { Clock } from '../../core/kit/clock';
import type {
  ApdDecideInput,
  ApdDepositInput,
  ApdStepInput,
  ContactInput,
  ApmlDepositInput,
  ApmlStepInput,
  ControlImportInput,
  DecideInput,
  OffenceInput,
  PerimeterInput,
  PlanVisitInput,
  RecordVisitInput,
  SanctionStepInput,
  TransferInput,
} from './permis-louer.inputs';
import { PDL_PERIMETER_TABLE } from './entities';
import { loadApd, loadSanction } from './permis-louer-lists.service';
import { loadApml } from './permis-louer.service';
import type { ApdView, ApmlView, ControlImportReport, SanctionView } from './permis-louer.types';
import { approveApdWorks, decideApd, depositApd, recordContact } from './use-cases/apd-and-contacts';
import {
  decideApml,
  declareComplete,
  planVisit,
  recordLetting,
  recordVisit,
  transferApml,
} from './use-cases/apml-steps';
import { createPerimeter } from './use-cases/create-perimeter';
import { depositApml } from './use-cases/deposit-apml';
import { importControlBatch } from './use-cases/import-control-batch';
import { recordOffence, recordSanctionStep } from './use-cases/sanctions';

type UseCase<I> = (
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: I,
  today: string,
) => Promise<unknown>;

/** Writes of the permis de louer: one transaction per mutation, the audit trail inside it. */
export class PermisLouerCommands {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  private apml<I extends { dossierId: string }>(useCase: UseCase<I>, actor: AuthUser, input: I): Promise<ApmlView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      await useCase(em, this.audit, actor, input, today);
      return loadApml(em, input.dossierId, today);
    });
  }

  /** A perimeter dated in a year already reported may rewrite its figures: refused unless confirmed. */
  createPerimeter(actor: AuthUser, input: PerimeterInput, confirmBackdated = false): Promise<string> {
    return this.db.transaction(async (em) => {
      const id = await createPerimeter(em, this.audit, actor, input);
      requireBackdatedConfirmation(input.validFrom, this.clock.today(), confirmBackdated);
      return id;
    });
  }

  /** The published figures the perimeter would change (applied, measured, rolled back). */
  perimeterImpact(actor: AuthUser, input: PerimeterInput): Promise<FigureChange[]> {
    return this.figures.preview([PDL_PERIMETER_TABLE], input.validFrom, this.clock.today(), (em) =>
      createPerimeter(em, this.audit, actor, input),
    );
  }

  depositApml(actor: AuthUser, input: ApmlDepositInput): Promise<ApmlView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      const id = await depositApml(em, this.audit, actor, input, today);
      return loadApml(em, id, today);
    });
  }

  declareComplete = (actor: AuthUser, input: ApmlStepInput) => this.apml(declareComplete, actor, input);
  planVisit = (actor: AuthUser, input: PlanVisitInput) => this.apml(planVisit, actor, input);
  recordVisit = (actor: AuthUser, input: RecordVisitInput) => this.apml(recordVisit, actor, input);
  decide = (actor: AuthUser, input: DecideInput) => this.apml(decideApml, actor, input);
  recordLetting = (actor: AuthUser, input: ApmlStepInput) => this.apml(recordLetting, actor, input);
  transfer = (actor: AuthUser, input: TransferInput) => this.apml(transferApml, actor, input);

  importControlBatch(actor: AuthUser, input: ControlImportInput): Promise<ControlImportReport> {
    return this.db.transaction((em) => importControlBatch(em, this.audit, actor, input, this.clock.today()));
  }

  recordOffence(actor: AuthUser, input: OffenceInput): Promise<SanctionView> {
    return this.db.transaction(async (em) => {
      const id = await recordOffence(em, this.audit, actor, input, this.clock.today());
      return loadSanction(em, id);
    });
  }

  recordSanctionStep(actor: AuthUser, input: SanctionStepInput): Promise<SanctionView> {
    return this.db.transaction(async (em) => {
      await recordSanctionStep(em, this.audit, actor, input, this.clock.today());
      return loadSanction(em, input.sanctionId);
    });
  }

  depositApd(actor: AuthUser, input: ApdDepositInput): Promise<ApdView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      const id = await depositApd(em, this.audit, actor, input, today);
      return loadApd(em, id, today);
    });
  }

  private apd<I extends ApdStepInput>(useCase: UseCase<I>, actor: AuthUser, input: I): Promise<ApdView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      await useCase(em, this.audit, actor, input, today);
      return loadApd(em, input.apdId, today);
    });
  }

  decideApd = (actor: AuthUser, input: ApdDecideInput) => this.apd(decideApd, actor, input);
  approveApdWorks = (actor: AuthUser, input: ApdStepInput) => this.apd(approveApdWorks, actor, input);

  recordContact(actor: AuthUser, input: ContactInput): Promise<string> {
    return this.db.transaction((em) => recordContact(em, this.audit, actor, input, this.clock.today()));
  }
}
