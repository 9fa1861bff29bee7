import type { EntityManager } from 'typeorm';
import {
  ADS_CORRECTABLE_FIELDS,
  adsCorrectionIssues,
  adsTypeInfo,
  checkAdsDossierNumber,
  frenchDay,
  normalizeAdsDossierNumber,
  parseAdsDossierNumber,
  type LocalDate,
  type AdsCorrectableField,
} from '@call/domain';
import { badInput, conflict, invalidTransition, notFound } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import type { UpdateAdsDossierInput } from '../graphql/ads.inputs';
import { ADS_FIELD_LABELS } from '../ads-field-labels';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { recordEvent, refreshDeadline } from '../ads-timeline';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { DOSSIER_SUBJECT } from './ads-dossier-guards';
import { allocateAdsNumber, reserveAdsNumber } from '../ads-numbering';
import { assertInstructedCommune, normalizeParcels } from './register-ads-dossier';

export type AdsCorrectionDiff = Partial<Record<AdsCorrectableField, { from: unknown; to: unknown }>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The corrected values, normalised like at registration; absent fields are not part of the correction. */
function proposed(input: UpdateAdsDossierInput): Partial<Record<AdsCorrectableField, unknown>> {
  const out: Partial<Record<AdsCorrectableField, unknown>> = {};
  const set = (f: AdsCorrectableField, v: unknown) => {
    if (v !== null && v !== undefined) out[f] = v;
  };
  set('type', input.type);
  set('communeInsee', input.communeInsee);
  set('channel', input.channel);
  set('applicantKind', input.applicantKind);
  set('applicantName', input.applicantName?.trim());
  set('landAddress', input.landAddress?.trim());
  set('cadastralParcels', input.cadastralParcels ? normalizeParcels(input.cadastralParcels) : null);
  set('projectNature', input.projectNature?.trim());
  set('floorAreaCreated', input.floorAreaCreated);
  set('dwellingsCreated', input.dwellingsCreated);
  if (input.number?.trim()) {
    const n = normalizeAdsDossierNumber(input.number);
    if (!n)
      throw badInput(
        'number',
        checkAdsDossierNumber(input.number, { type: input.type ?? 'PC', communeInsee: '', depositedOn: '' })[0],
      );
    out.number = n;
  }
  return out;
}

/**
 * Corrects what was mistyped on a registered dossier. Commune, type and number only while the dossier is
 * "Déposé": the commune must still be of option 1 on the deposit day, and a new commune or number prefix
 * gives a new number (the next of the A series unless the official one is given). A changed type
 * recomputes the instruction delay. Writes the diff to the timeline and the audit trail.
 */
export async function correctAdsDossier(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  id: string,
  input: UpdateAdsDossierInput,
  today: LocalDate,
): Promise<{ dossier: AdsDossier; diff: AdsCorrectionDiff }> {
  const d = await em.findOne(AdsDossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!d) throw notFound('Dossier ADS');
  await assertVersion(
    em,
    { entity: 'AdsDossier', id: d.id, version: d.version },
    input.expectedVersion,
    DOSSIER_SUBJECT,
  );
  const next = proposed(input);
  const diff: AdsCorrectionDiff = {};
  for (const [f, to] of Object.entries(next) as [AdsCorrectableField, unknown][]) {
    if (!same(d[f], to)) diff[f] = { from: d[f], to };
  }
  const fields = Object.keys(diff) as AdsCorrectableField[];
  const issues = adsCorrectionIssues(d.status, fields);
  if (issues.length)
    throw issues[0].field ? badInput(issues[0].field, issues[0].message) : invalidTransition(issues[0].message);
  if (!fields.length) return { dossier: d, diff };

  const type = (next.type ?? d.type) as AdsDossier['type'];
  const communeInsee = (next.communeInsee ?? d.communeInsee) as string;
  if (diff.communeInsee) await assertInstructedCommune(em, communeInsee, d.depositedOn);
  const identityChanged = !!diff.communeInsee || adsTypeInfo(type).numberPrefix !== adsTypeInfo(d.type).numberPrefix;
  if (identityChanged || diff.number) {
    if (d.initialDossierId)
      throw badInput(
        diff.number ? 'number' : diff.communeInsee ? 'communeInsee' : 'type',
        'Un modificatif ou un transfert garde la commune, le type et le numéro de son autorisation initiale : annulez-le et enregistrez-le à nouveau.',
      );
    if (await em.exists(AdsDossier, { where: { initialDossierId: d.id } }))
      throw badInput(
        diff.number ? 'number' : 'communeInsee',
        'Des modificatifs ou transferts portent le numéro de ce dossier : il ne peut plus changer.',
      );
    let number: string;
    if (diff.number) {
      number = diff.number.to as string;
      const problems = checkAdsDossierNumber(number, { type, communeInsee, depositedOn: d.depositedOn });
      if (parseAdsDossierNumber(number)?.suffix)
        problems.push('Un modificatif ou un transfert s’enregistre comme un nouveau dossier.');
      if (problems.length) throw badInput('number', problems.join(' '));
      if (await em.exists(AdsDossier, { where: { number } }))
        throw conflict(`Le dossier ${number} est déjà enregistré.`, 'number');
      await reserveAdsNumber(em, number);
    } else {
      number = await allocateAdsNumber(em, type, communeInsee, d.depositedOn);
      diff.number = { from: d.number, to: number };
    }
    d.number = number;
  }
  // a type of the same prefix (PCMI → PC, CUa → CUb) keeps its number

  const deadlineBefore = d.deadline;
  Object.assign(d, Object.fromEntries(Object.entries(diff).map(([f, c]) => [f, c.to])));
  if (diff.type) await refreshDeadline(em, d);
  await em.save(d);

  const labels = ADS_CORRECTABLE_FIELDS.filter((f) => diff[f]).map(
    (f) => ADS_FIELD_LABELS[f].charAt(0).toLowerCase() + ADS_FIELD_LABELS[f].slice(1),
  );
  let summary = `Dossier corrigé : ${labels.join(', ')}`;
  if (diff.number) summary += ` ; nouveau numéro ${d.number}`;
  if (d.deadline !== deadlineBefore) summary += ` ; échéance le ${frenchDay(d.deadline)}`;
  await recordEvent(em, actor, d, {
    kind: 'CORRECTED',
    on: today,
    summary: `${summary}.`,
    details: { changes: diff },
  });
  await audit.record(em, actor, { entity: 'AdsDossier', entityId: d.id, action: 'update', changes: diff });
  return { dossier: d, diff };
}
