import { toParisLocalDate } from '@call/domain';
import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { AdsDossier } from './entities/ads-dossier.entity';
import type { AdsSort } from './graphql/ads.enums';
import type {
  AddAdsConsultationInput,
  AddAdsMajorationInput,
  AdsDossierFilter,
  AdsTransitionInput,
  CreateAdsDossierInput,
  RecordAdsOpinionInput,
  UpdateAdsDossierInput,
} from './graphql/ads.inputs';
import type { AdsDossierPage, AdsDossierView, AdsInstructorView } from './graphql/ads.types';
import { dossierListQuery, loadDossierView, toSummaries } from './ads-dossier.queries';
import { adsInstructors, isAdsInstructor } from './ads-instructors';
import { recordEvent } from './ads-timeline';
import { correctAdsDossier } from './use-cases/correct-ads-dossier';
import { registerAdsDossier } from './use-cases/register-ads-dossier';
import { transitionAdsDossier } from './use-cases/transition-ads-dossier';
import { addAdsConsultation, addAdsMajoration, recordAdsOpinion } from './use-cases/ads-consultations';

/** The instructors' work: one transaction per mutation, the audit trail written inside it. */
export class AdsDossierService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(
    user: AuthUser,
    filter: AdsDossierFilter,
    sort: AdsSort,
    offset: number,
    limit: number,
  ): Promise<AdsDossierPage> {
    return this.db.read(async (em) => {
      // offset/limit rather than skip/take: the commune join is many-to-one, rows are not multiplied
      const [rows, total] = await dossierListQuery(em, user, filter, sort)
        .offset(offset)
        .limit(limit)
        .getManyAndCount();
      return { items: await toSummaries(em, rows), total, offset, limit };
    });
  }

  async get(id: string): Promise<AdsDossierView> {
    const view = await this.db.read((em) => loadDossierView(em, id));
    if (!view) throw notFound('Dossier ADS');
    return view;
  }

  instructors(): Promise<AdsInstructorView[]> {
    return this.db.read((em) => adsInstructors(em));
  }

  create(actor: AuthUser, input: CreateAdsDossierInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const d = await registerAdsDossier(em, actor, input, 'CREATED');
      await this.audit.record(em, actor, {
        entity: 'AdsDossier',
        entityId: d.id,
        action: 'create',
        changes: { ...input, number: d.number },
      });
      return (await loadDossierView(em, d.id))!;
    });
  }

  /** A correction of what was mistyped; no change, no event. */
  update(actor: AuthUser, id: string, input: UpdateAdsDossierInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const { dossier, diff } = await correctAdsDossier(em, actor, id, input);
      if (Object.keys(diff).length)
        await this.audit.record(em, actor, {
          entity: 'AdsDossier',
          entityId: dossier.id,
          action: 'update',
          changes: diff,
        });
      return (await loadDossierView(em, dossier.id))!;
    });
  }

  transition(actor: AuthUser, id: string, input: AdsTransitionInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const d = await transitionAdsDossier(em, actor, id, input);
      await this.audit.record(em, actor, {
        entity: 'AdsDossier',
        entityId: d.id,
        action: input.action.toLowerCase(),
        changes: { ...input, status: d.status, outcome: d.outcome },
      });
      return (await loadDossierView(em, d.id))!;
    });
  }

  addConsultation(actor: AuthUser, dossierId: string, input: AddAdsConsultationInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const c = await addAdsConsultation(em, actor, dossierId, input);
      await this.audit.record(em, actor, {
        entity: 'AdsConsultation',
        entityId: c.id,
        action: 'create',
        changes: { dossierId, ...input },
      });
      return (await loadDossierView(em, dossierId))!;
    });
  }

  recordOpinion(actor: AuthUser, consultationId: string, input: RecordAdsOpinionInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const c = await recordAdsOpinion(em, actor, consultationId, input);
      await this.audit.record(em, actor, {
        entity: 'AdsConsultation',
        entityId: c.id,
        action: 'opinion',
        changes: { ...input },
      });
      return (await loadDossierView(em, c.dossierId))!;
    });
  }

  addMajoration(actor: AuthUser, dossierId: string, input: AddAdsMajorationInput): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      await addAdsMajoration(em, actor, dossierId, input);
      await this.audit.record(em, actor, {
        entity: 'AdsDossier',
        entityId: dossierId,
        action: 'majoration',
        changes: { ...input },
      });
      return (await loadDossierView(em, dossierId))!;
    });
  }

  assign(actor: AuthUser, id: string, instructorId: string | null): Promise<AdsDossierView> {
    return this.db.transaction(async (em) => {
      const d = await em.findOne(AdsDossier, { where: { id } });
      if (!d) throw notFound('Dossier ADS');
      if (instructorId && !(await isAdsInstructor(em, instructorId)))
        throw badInput('instructorId', 'L’instructeur doit être un agent du service ADS.');
      const from = d.instructorId;
      await em.update(AdsDossier, id, { instructorId });
      const today = toParisLocalDate(new Date());
      await recordEvent(em, actor, d, {
        kind: 'ASSIGNED',
        on: today,
        summary: instructorId ? 'Dossier attribué à un instructeur.' : 'Attribution retirée.',
        details: { from, to: instructorId },
      });
      await this.audit.record(em, actor, {
        entity: 'AdsDossier',
        entityId: id,
        action: 'assign',
        changes: { instructorId: { from, to: instructorId } },
      });
      return (await loadDossierView(em, id))!;
    });
  }
}
