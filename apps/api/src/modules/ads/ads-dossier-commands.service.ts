import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import type { Clock } from '../../core/kit/clock';
import type {
  AddAdsConsultationInput,
  AddAdsMajorationInput,
  AdsActWeightInput,
  AdsTransitionInput,
  CreateAdsDossierInput,
  RecordAdsOpinionInput,
  UpdateAdsDossierInput,
} from './graphql/ads.inputs';
import type { AdsActWeightView, AdsDossierView } from './graphql/ads.types';
import { ADS_ACT_WEIGHT_TABLE } from './entities/ads-act-weight.entity';
import {
  requireBackdatedConfirmation,
  type FigureChange,
  type FigureImpact,
} from '../../core/indicators/figure-impact';
import { loadDossierView } from './ads-dossier.queries';
import { addAdsConsultation } from './use-cases/add-ads-consultation';
import { addAdsMajoration } from './use-cases/add-ads-majoration';
import { assignAdsDossier } from './use-cases/assign-ads-dossier';
import { assignAdsDossiers } from './use-cases/assign-ads-dossiers';
import { correctAdsDossier } from './use-cases/correct-ads-dossier';
import { createAdsDossier } from './use-cases/create-ads-dossier';
import { recordAdsOpinion } from './use-cases/record-ads-opinion';
import { setAdsActWeights } from './use-cases/set-ads-act-weights';
import { transitionAdsDossier } from './use-cases/transition-ads-dossier';

/** Writes of the ADS service: one transaction per mutation; each use case records its audit inside it. */
export class AdsDossierCommands {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  /** Runs a use case with today's date, then reads the dossier back in the same transaction. */
  private writeThenShow(
    write: (em: EntityManager, today: LocalDate) => Promise<{ id: string } | { dossierId: string }>,
  ): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const today = this.clock.today();
      const written = await write(em, today);
      const id = 'dossierId' in written ? written.dossierId : written.id;
      return (await loadDossierView(em, id, today))!;
    });
  }

  create(actor: AuthUser, input: CreateAdsDossierInput): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => createAdsDossier(em, this.audit, actor, input, today));
  }

  update(actor: AuthUser, id: string, input: UpdateAdsDossierInput): Promise<AdsDossierView> {
    return this.writeThenShow(
      async (em, today) => (await correctAdsDossier(em, this.audit, actor, id, input, today)).dossier,
    );
  }

  transition(actor: AuthUser, id: string, input: AdsTransitionInput): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => transitionAdsDossier(em, this.audit, actor, id, input, today));
  }

  addConsultation(actor: AuthUser, dossierId: string, input: AddAdsConsultationInput): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => addAdsConsultation(em, this.audit, actor, dossierId, input, today));
  }

  recordOpinion(actor: AuthUser, consultationId: string, input: RecordAdsOpinionInput): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => recordAdsOpinion(em, this.audit, actor, consultationId, input, today));
  }

  addMajoration(actor: AuthUser, dossierId: string, input: AddAdsMajorationInput): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => addAdsMajoration(em, this.audit, actor, dossierId, input, today));
  }

  assign(actor: AuthUser, id: string, instructorId: string | null): Promise<AdsDossierView> {
    return this.writeThenShow((em, today) => assignAdsDossier(em, this.audit, actor, id, instructorId, today));
  }

  /** Several dossiers to one instructor: one transaction, all or none; returns how many changed hands. */
  assignMany(actor: AuthUser, ids: readonly string[], instructorId: string | null): Promise<number> {
    return this.db.transaction((em) => assignAdsDossiers(em, this.audit, actor, ids, instructorId, this.clock.today()));
  }

  /** A scale dated in a year already reported rewrites its figures: refused unless confirmed. */
  setActWeights(
    actor: AuthUser,
    validFrom: string,
    weights: AdsActWeightInput[],
    confirmBackdated: boolean,
  ): Promise<AdsActWeightView[]> {
    return this.db.transaction(async (em) => {
      const written = await setAdsActWeights(em, this.audit, actor, validFrom, weights);
      requireBackdatedConfirmation(validFrom, this.clock.today(), confirmBackdated);
      return written;
    });
  }

  /** The published figures the scale would change (applied, measured, rolled back). */
  actWeightsImpact(actor: AuthUser, validFrom: string, weights: AdsActWeightInput[]): Promise<FigureChange[]> {
    return this.figures.preview([ADS_ACT_WEIGHT_TABLE], validFrom, this.clock.today(), (em) =>
      setAdsActWeights(em, this.audit, actor, validFrom, weights),
    );
  }
}
