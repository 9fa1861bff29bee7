import type { EntityManager } from 'typeorm';
import {
  checkFourriereOutcome,
  computeFourriereFees,
  identificationError,
  normalizeIdentification,
  type LocalDate,
} from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, conflict, invalidTransition } from '../../../core/errors';
import { FourriereAnimal, FourriereOutcome, FourrierePayment, FourriereTariffRow, FourriereVetAct } from '../entities';
import type { OutcomeInput } from '../fourriere.inputs';
import { custodyAnimal, tariffOf, vetActView } from '../fourriere.mapper';
import { loadAnimal } from '../fourriere.service';
import { poundMayAdoptOn } from '../fourriere-setup.service';

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Records the one outcome of an animal. The domain's state machine decides whether it is allowed
 * (holding period, court decision, payment, identification); a return writes the payment with the
 * fee lines priced now, in the same transaction.
 */
export async function recordOutcome(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: OutcomeInput,
  today: LocalDate,
): Promise<void> {
  if (input.outcomeOn > today) throw badInput('outcomeOn', 'La date de sortie ne peut pas être dans le futur.');
  const animal = await loadAnimal(em, input.animalId, true);
  const state = { ...custodyAnimal(animal), poundMayAdopt: await poundMayAdoptOn(em, input.outcomeOn) };
  if (state.outcome) {
    const refusal = checkFourriereOutcome(state, { type: input.type, on: input.outcomeOn });
    throw invalidTransition(refusal!.message);
  }

  // an unidentified animal is identified (chip) at the owner's cost before it is returned
  let newChip: string | null = null;
  if (input.type === 'RETURNED' && !state.identified && clean(input.identificationNumber)) {
    const err = identificationError('CHIP', input.identificationNumber);
    if (err) throw badInput('identificationNumber', err);
    newChip = normalizeIdentification(input.identificationNumber!);
  }
  const tariffs = (await em.find(FourriereTariffRow)).map(tariffOf);
  const vetActs = (
    await em.find(FourriereVetAct, { where: { animalId: animal.id }, order: { actOn: 'ASC', recordedAt: 'ASC' } })
  ).map(vetActView);
  const price = (identifyAtOwnerCost: boolean) => {
    try {
      return computeFourriereFees({
        tariffs,
        species: animal.species,
        origin: animal.origin,
        intakeOn: animal.intakeOn,
        releaseOn: input.outcomeOn,
        identifyAtOwnerCost,
        vetActs,
      });
    } catch (e) {
      if (e instanceof RangeError) throw badInput('outcomeOn', e.message);
      throw e;
    }
  };
  const fees = price(input.type === 'RETURNED' && !state.identified);
  const ownerName = clean(input.ownerName);
  const refusal = checkFourriereOutcome(state, {
    type: input.type,
    on: input.outcomeOn,
    identificationProvided: !!newChip,
    paidCents: input.payment?.amountCents ?? null,
    dueCents: fees.totalCents,
    reason: input.reason,
    associationName: input.associationName,
    adopterName: input.adopterName,
    ownerName,
  });
  if (refusal) {
    if (refusal.field === 'type' || refusal.field === 'outcomeOn') throw invalidTransition(refusal.message);
    throw badInput(refusal.field, refusal.message);
  }

  const outcome = {
    animalId: animal.id,
    type: input.type,
    outcomeOn: input.outcomeOn,
    ownerName: input.type === 'RETURNED' ? ownerName : null,
    ownerContact: clean(input.ownerContact),
    associationName: clean(input.associationName),
    adopterName: clean(input.adopterName),
    reason: clean(input.reason),
    stayCostCents: fees.totalCents,
    recordedByLogin: actor.login,
  };
  try {
    await em.insert(FourriereOutcome, outcome);
  } catch (e) {
    // two agents recording an outcome at once: the unique animal_id keeps only one
    if ((e as { code?: string }).code === '23505')
      throw conflict('Une sortie vient d’être enregistrée pour cet animal.', 'type');
    throw e;
  }
  const changes: Record<string, unknown> = { ...outcome };
  if (input.type === 'RETURNED') {
    const payment = {
      animalId: animal.id,
      paidOn: input.outcomeOn,
      amountCents: input.payment!.amountCents,
      method: input.payment!.method,
      receiptNumber: clean(input.payment!.receiptNumber),
      payerName: clean(input.payment!.payerName) ?? ownerName!,
      lines: fees.lines,
      recordedByLogin: actor.login,
    };
    await em.insert(FourrierePayment, payment);
    changes.payment = payment;
    if (newChip) {
      await em.update(
        FourriereAnimal,
        { id: animal.id },
        { identificationKind: 'CHIP', identificationNumber: newChip },
      );
      changes.identification = { from: null, to: newChip };
    }
  }
  await audit.record(em, actor, {
    entity: 'FourriereAnimal',
    entityId: animal.id,
    action: `outcome:${input.type}`,
    changes,
  });
}
