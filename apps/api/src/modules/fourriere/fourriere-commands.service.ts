import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import {
  requireBackdatedConfirmation,
  type FigureChange,
  type FigureImpact,
} from '../../core/indicators/figure-impact';
import type {
  CourtDecisionInput,
  IntakeInput,
  OutcomeInput,
  OwnerSearchInput,
  TariffInput,
  VetActInput,
} from './fourriere.inputs';
import { animalView, tariffView } from './fourriere.mapper';
import { loadAnimal, animalQuery } from './fourriere.service';
import type { Clock } from '../../core/kit/clock';
import type { AnimalView, TariffView } from './fourriere.types';
import { FOURRIERE_TARIFF_TABLE, FourriereTariffRow } from './entities';
import { addVetAct } from './use-cases/add-vet-act';
import { recordCourtDecision } from './use-cases/record-court-decision';
import { recordIntake } from './use-cases/record-intake';
import { recordOutcome } from './use-cases/record-outcome';
import { recordOwnerSearch } from './use-cases/record-owner-search';
import { setTariff } from './use-cases/set-tariff';

/** Writes of the fourrière: one transaction per mutation, the audit trail inside it. */
export class FourriereCommands {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  recordIntake(actor: AuthUser, input: IntakeInput): Promise<AnimalView[]> {
    return this.db.transaction(async (em) => {
      const ids = await recordIntake(em, this.audit, actor, input, this.clock.now());
      const rows = await animalQuery(em).where('a.id IN (:...ids)', { ids }).orderBy('a.number', 'ASC').getMany();
      const today = this.clock.today();
      return rows.map((a) => animalView(a, today));
    });
  }

  private writeThenShow(
    animalId: string,
    write: (em: EntityManager, today: string) => Promise<unknown>,
  ): Promise<AnimalView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      await write(em, today);
      return animalView(await loadAnimal(em, animalId), today);
    });
  }

  recordOwnerSearch(actor: AuthUser, input: OwnerSearchInput): Promise<AnimalView> {
    return this.writeThenShow(input.animalId, (em, today) => recordOwnerSearch(em, this.audit, actor, input, today));
  }

  recordCourtDecision(actor: AuthUser, input: CourtDecisionInput): Promise<AnimalView> {
    return this.writeThenShow(input.animalId, (em, today) => recordCourtDecision(em, this.audit, actor, input, today));
  }

  addVetAct(actor: AuthUser, input: VetActInput): Promise<AnimalView> {
    return this.writeThenShow(input.animalId, (em, today) => addVetAct(em, this.audit, actor, input, today));
  }

  recordOutcome(actor: AuthUser, input: OutcomeInput): Promise<AnimalView> {
    return this.writeThenShow(input.animalId, (em, today) => recordOutcome(em, this.audit, actor, input, today));
  }

  /** A tariff dated in a year already reported may rewrite its figures: refused unless confirmed. */
  setTariff(actor: AuthUser, input: TariffInput, confirmBackdated = false): Promise<TariffView> {
    return this.db.transaction(async (em) => {
      const id = await setTariff(em, this.audit, actor, input);
      requireBackdatedConfirmation(input.validFrom, this.clock.today(), confirmBackdated);
      const rows = await em.find(FourriereTariffRow);
      return tariffView(
        rows.find((r) => r.id === id)!,
        rows,
        this.clock.today(),
      );
    });
  }

  /** The published figures the tariff would change (applied, measured, rolled back). */
  tariffImpact(actor: AuthUser, input: TariffInput): Promise<FigureChange[]> {
    return this.figures.preview([FOURRIERE_TARIFF_TABLE], input.validFrom, this.clock.today(), (em) =>
      setTariff(em, this.audit, actor, input),
    );
  }
}
