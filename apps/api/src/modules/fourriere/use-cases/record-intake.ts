import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  frenchDay,
  holdingPeriodEnd,
  identificationError,
  normalizeIdentification,
  parseServiceDateTime,
} from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { AppError, badInput } from '../../../core/errors';
import { animalReference } from '../fourriere.mapper';
import { Commune } from '../../../core/referentials/commune.entity';
import { FourriereAnimal } from '../entities';
import { workingCalendarOn } from '../fourriere-calendar.service';
import type { IntakeInput } from '../fourriere.inputs';

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Records an intake: one animal, or a litter whose young are each one animal (the report counts
 * cats "portées toutes comptabilisées"). The holding period end is computed once, by the domain, with the
 * working calendar in force on the day of intake, and stored: a later calendar setting does not move it.
 */
export async function recordIntake(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: IntakeInput,
  now: Date,
): Promise<string[]> {
  // a date-time without offset is Paris time, never the server's zone
  const parsed = parseServiceDateTime(input.intakeAt);
  if (!parsed.ok) throw badInput('intakeAt', parsed.message);
  const { instant: intakeAt, day: intakeOn } = parsed;
  // a little clock skew between the agent's computer and the server is tolerated
  if (intakeAt.getTime() > now.getTime() + 10 * 60_000)
    throw badInput('intakeAt', 'La date d’entrée ne peut pas être dans le futur.');
  if (intakeAt.getUTCFullYear() < 2000) throw badInput('intakeAt', 'La date d’entrée est invalide.');
  const number = clean(input.identificationNumber);
  const identError = identificationError(input.identificationKind, number);
  if (identError) throw badInput('identificationNumber', identError);
  if (input.litterSize > 1 && input.identificationKind !== 'NONE') {
    throw badInput('litterSize', 'Une portée s’enregistre sans identification : enregistrez un animal identifié seul.');
  }
  const requisitionRef = clean(input.requisitionRef);
  if (input.origin === 'REQUISITION' && !requisitionRef)
    throw badInput('requisitionRef', 'La référence de la procédure judiciaire est obligatoire pour une réquisition.');
  if (!(await em.exists(Commune, { where: { inseeCode: input.communeInsee } })))
    throw badInput('communeInsee', 'Cette commune n’est pas membre de la CALL.');

  const identificationNumber = number ? normalizeIdentification(number) : null;
  if (identificationNumber) await refuseIfPresent(em, input.identificationKind, identificationNumber);

  const calendar = await workingCalendarOn(em, intakeOn);
  const litterId = input.litterSize > 1 ? randomUUID() : null;
  const row = {
    species: input.species,
    origin: input.origin,
    intakeAt,
    intakeOn,
    communeInsee: input.communeInsee,
    place: clean(input.place),
    breed: clean(input.breed),
    sex: input.sex,
    colour: clean(input.colour),
    estimatedAge: clean(input.estimatedAge),
    litterId,
    identificationKind: input.identificationKind,
    identificationNumber,
    healthNotes: clean(input.healthNotes),
    contractorRef: clean(input.contractorRef),
    requisitionRef: input.origin === 'REQUISITION' ? requisitionRef : null,
    holdingEndOn: holdingPeriodEnd(intakeOn, input.origin, calendar),
    recordedByLogin: actor.login,
  };
  const result = await em.insert(
    FourriereAnimal,
    Array.from({ length: input.litterSize }, () => ({ ...row })),
  );
  const ids = result.identifiers.map((i) => i.id as string);
  const changes = { ...row, intakeAt: intakeAt.toISOString(), litterSize: input.litterSize };
  await audit.recordMany(
    em,
    actor,
    ids.map((id) => ({ entity: 'FourriereAnimal', entityId: id, action: 'intake', changes })),
  );
  return ids;
}

/**
 * One animal carries one chip: an identification already present in the pound (entered, not yet out) is the
 * same animal, not a new one. The lock on the number serialises two agents entering it at once.
 */
async function refuseIfPresent(em: EntityManager, kind: string, identificationNumber: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`fourriere:${identificationNumber}`]);
  const present = await em
    .createQueryBuilder(FourriereAnimal, 'a')
    .leftJoin('a.outcome', 'o')
    .where('a.identification_kind = :kind AND a.identification_number = :n AND o.id IS NULL', {
      kind,
      n: identificationNumber,
    })
    .getOne();
  if (present) {
    const reference = animalReference(present.number);
    throw new AppError(
      'BAD_USER_INPUT',
      `Ce numéro d’identification est déjà celui de l’animal ${reference}, présent en fourrière depuis le ${frenchDay(present.intakeOn)} : ouvrez sa fiche plutôt que de l’enregistrer une seconde fois.`,
      { field: 'identificationNumber', details: { animalId: present.id, reference } },
    );
  }
}
