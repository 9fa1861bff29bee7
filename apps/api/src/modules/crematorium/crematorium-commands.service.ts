import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import type { Clock } from '../../core/kit/clock';
import type {
  AshesInput,
  BookingInput,
  CancelInput,
  CompleteInput,
  MetalAllocationInput,
  MetalLotInput,
  ProtocolInput,
  RescheduleInput,
  ScanInput,
} from './crematorium.inputs';
import { cremationView } from './crematorium.mapper';
import { loadCremation } from './crematorium.service';
import type { CremationView } from './crematorium.types';
import { bookCremation } from './use-cases/book-cremation';
import { cancelCremation } from './use-cases/cancel-cremation';
import { completeCremation, recordAshes } from './use-cases/complete-cremation';
import { allocateMetals, recordMetalLot } from './use-cases/metals';
import { recordProtocol } from './use-cases/record-protocol';
import { recordScan } from './use-cases/record-scan';
import { rescheduleCremation } from './use-cases/reschedule-cremation';

/** Writes of the crematorium: one transaction per mutation, the audit trail inside it. */
export class CrematoriumCommands {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private thenShow(write: (em: EntityManager) => Promise<string>): Promise<CremationView> {
    return this.db.transaction(async (em) => cremationView(await loadCremation(em, await write(em))));
  }

  book(actor: AuthUser, input: BookingInput) {
    return this.thenShow((em) => bookCremation(em, this.audit, actor, input));
  }
  reschedule(actor: AuthUser, input: RescheduleInput) {
    return this.thenShow(async (em) => (await rescheduleCremation(em, this.audit, actor, input), input.cremationId));
  }
  cancel(actor: AuthUser, input: CancelInput) {
    return this.thenShow(
      async (em) => (await cancelCremation(em, this.audit, actor, input, this.clock.now()), input.cremationId),
    );
  }
  recordScan(actor: AuthUser, input: ScanInput) {
    return this.thenShow(async (em) => (await recordScan(em, this.audit, actor, input), input.cremationId));
  }
  recordProtocol(actor: AuthUser, input: ProtocolInput) {
    return this.thenShow((em) => recordProtocol(em, this.audit, actor, input, this.clock.now()));
  }
  complete(actor: AuthUser, input: CompleteInput) {
    return this.thenShow(async (em) => (await completeCremation(em, this.audit, actor, input), input.cremationId));
  }
  recordAshes(actor: AuthUser, input: AshesInput) {
    return this.thenShow(async (em) => (await recordAshes(em, this.audit, actor, input), input.cremationId));
  }
  recordMetalLot(actor: AuthUser, input: MetalLotInput): Promise<void> {
    return this.db.transaction((em) => recordMetalLot(em, this.audit, actor, input));
  }
  allocateMetals(actor: AuthUser, input: MetalAllocationInput): Promise<void> {
    return this.db.transaction((em) => allocateMetals(em, this.audit, actor, input));
  }
}
