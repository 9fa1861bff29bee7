import type { EntityManager } from 'typeorm';
import { checkSanctionOrder, isRepeatOffence, maxFineFor, sanctionRegimeOn, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { PdlSanction } from '../entities';
import type { OffenceInput, SanctionStepInput } from '../permis-louer.inputs';

/** An offence found: the authority and the ceiling are those in force that day (L635-7, law of 9 April 2024). */
export async function recordOffence(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: OffenceInput,
  today: LocalDate,
) {
  if (input.foundOn > today) throw badInput('foundOn', 'Date du constat : ne peut être dans le futur.');
  const regime = sanctionRegimeOn(input.foundOn);
  const previous: { ordered_on: string }[] = await em.query(
    `SELECT to_char(ordered_on, 'YYYY-MM-DD') AS ordered_on FROM pdl_sanction WHERE lower(owner_name) = lower($1) AND ordered_on IS NOT NULL`,
    [input.ownerName.trim()],
  );
  const repeat = isRepeatOffence(
    previous.map((p) => p.ordered_on),
    input.foundOn,
    regime.repeatWindowYears,
  );
  const row = {
    ownerName: input.ownerName.trim(),
    street: input.street.trim(),
    communeInsee: input.communeInsee,
    offence: input.offence,
    foundOn: input.foundOn,
    authority: regime.authority,
    maxFine: maxFineFor(regime, input.offence, repeat),
  };
  const id = (await em.insert(PdlSanction, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PdlSanction', entityId: id, action: 'create', changes: row });
  return id;
}

const ORDER = ['REPORT', 'INVITE', 'ORDER', 'REVENUE_ORDER', 'PAID'] as const;
const COLUMN = {
  REPORT: 'reportedOn',
  INVITE: 'observationsInvitedOn',
  ORDER: 'orderedOn',
  REVENUE_ORDER: 'revenueOrderOn',
  PAID: 'paidOn',
} as const;

/** The next step of the pipeline, in order, each dated no earlier than the one before. */
export async function recordSanctionStep(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: SanctionStepInput,
  today: LocalDate,
) {
  const s = await em
    .createQueryBuilder(PdlSanction, 's')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id: input.sanctionId })
    .getOne();
  if (!s) throw notFound('Procédure de sanction');
  await assertVersion(em, { entity: 'PdlSanction', id: s.id, version: s.version }, input.expectedVersion, {
    text: 'Cette procédure',
    feminine: true,
  });
  const idx = ORDER.indexOf(input.step);
  const done = ORDER.findIndex((step) => !s[COLUMN[step]]);
  if (done !== idx)
    throw invalidTransition(
      done === -1 ? 'La procédure est close (amende payée).' : 'Les étapes de la procédure se suivent dans l’ordre.',
    );
  const before = idx === 0 ? s.foundOn : s[COLUMN[ORDER[idx - 1]]]!;
  if (input.on < before || input.on > today)
    throw badInput('on', 'Date : doit suivre l’étape précédente et ne pas être dans le futur.');
  const changes: Partial<PdlSanction> = { [COLUMN[input.step]]: input.on };
  if (input.step === 'ORDER') {
    const [e] = checkSanctionOrder({
      amount: input.amount ?? 0,
      max: s.maxFine,
      orderedOn: input.on,
      invitedOn: s.observationsInvitedOn,
    });
    if (e)
      throw badInput(
        e.field === 'amount' ? 'amount' : 'on',
        `${e.field === 'amount' ? 'Montant' : 'Date de l’arrêté'} : ${e.message}.`,
      );
    changes.amount = input.amount!;
  }
  await em.update(PdlSanction, { id: s.id }, { ...changes, version: s.version + 1 });
  await audit.record(em, actor, { entity: 'PdlSanction', entityId: s.id, action: input.step.toLowerCase(), changes });
}
