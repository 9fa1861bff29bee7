import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { CrematoriumCremation } from '../entities';
import type { BookingInput } from '../crematorium.inputs';
import { checkSlot } from './check-slot';

/** Kinds where a body is cremated: battery-powered prostheses must have been removed (R2213-15). */
const BODY_KINDS = new Set(['ADULT', 'CHILD']);

export async function bookCremation(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: BookingInput,
): Promise<string> {
  const deathAt = new Date(input.deathAt);
  if (input.birthOn && input.birthOn > input.deathAt.slice(0, 10))
    throw badInput('birthOn', 'Date de naissance : doit précéder le décès.');
  if (BODY_KINDS.has(input.kind) && !input.prosthesisCertificate)
    throw badInput(
      'prosthesisCertificate',
      'Attestation de retrait des prothèses à pile : obligatoire avant la crémation d’un corps (CGCT R2213-15).',
    );
  const slot = await checkSlot(em, input, deathAt, null);
  if (input.authorisationOn > slot.cremationOn)
    throw badInput('authorisationOn', 'Date de l’autorisation du maire : doit précéder la crémation.');
  const row = {
    lineCode: slot.line.code,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    cremationOn: slot.cremationOn,
    kind: input.kind,
    deceasedLastName: input.deceasedLastName.trim().toUpperCase(),
    deceasedFirstNames: input.deceasedFirstNames.trim(),
    birthOn: input.birthOn ?? null,
    deathAt,
    deathCommuneInsee: input.deathCommuneInsee ?? null,
    deathCommuneName: input.deathCommuneName.trim(),
    residenceCommuneName: input.residenceCommuneName.trim(),
    operatorName: input.operatorName.trim(),
    authorisationOn: input.authorisationOn,
    authorisationCommune: input.authorisationCommune.trim(),
    prosthesisCertificate: input.prosthesisCertificate,
    ceremonyRoom: input.ceremonyRoom,
    derogationRef: input.derogationRef?.trim() || null,
    bookedByLogin: actor.login,
  };
  const saved = await em.insert(CrematoriumCremation, row);
  const id = saved.identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'CrematoriumCremation', entityId: id, action: 'create', changes: row });
  return id;
}
