import type { EntityManager } from 'typeorm';
import {
  adsTypeInfo,
  checkAdsDossierNumber,
  frenchDay,
  initialAdsDossierNumber,
  isLocalDate,
  normalizeAdsDossierNumber,
  parseAdsDossierNumber,
  type LocalDate,
} from '@call/domain';
import { AppError, badInput, conflict } from '../../../core/errors';
import { membershipsOn } from '../../../core/referentials/referentials.service';
import { AdsDossier } from '../entities/ads-dossier.entity';
import type { CreateAdsDossierInput } from '../graphql/ads.inputs';
import { isAdsInstructor } from '../ads-instructors';
import { allocateAdsNumber, reserveAdsNumber } from '../ads-numbering';
import { applyDeadline, deadlineOf, recordEvent, type Actor } from '../ads-timeline';

/**
 * Registers a deposited dossier: the commune must be in the service's option 1 (instruction) on the
 * deposit day, the number must match the type, commune and year, a modificatif/transfert must find its
 * initial authorisation. Shared by the form and the import; errors name the field, in French.
 */
export async function registerAdsDossier(
  em: EntityManager,
  actor: Actor,
  input: CreateAdsDossierInput,
  kind: 'CREATED' | 'IMPORTED',
  today: LocalDate,
): Promise<AdsDossier> {
  if (!isLocalDate(input.depositedOn)) throw badInput('depositedOn', 'La date de dépôt est invalide (AAAA-MM-JJ).');
  if (input.depositedOn > today) throw badInput('depositedOn', 'La date de dépôt ne peut pas être dans le futur.');

  await assertInstructedCommune(em, input.communeInsee, input.depositedOn);

  let number: string;
  let initialDossierId: string | null = null;
  if (input.number?.trim()) {
    const typed = typedNumberOf(input.number, input);
    if (typed instanceof AppError) throw typed;
    number = typed;
    const initialNumber = initialAdsDossierNumber(number);
    if (initialNumber) {
      const initial = await em.findOne(AdsDossier, { where: { number: initialNumber } });
      const found = initialDossierOf(number, input, initial);
      if (found instanceof AppError) throw found;
      initialDossierId = found;
    }
    if (await em.exists(AdsDossier, { where: { number } }))
      throw conflict(`Le dossier ${number} est déjà enregistré.`, 'number');
    await reserveAdsNumber(em, number);
  } else {
    number = await allocateAdsNumber(em, input.type, input.communeInsee, input.depositedOn);
  }

  if (input.instructorId && !(await isAdsInstructor(em, input.instructorId)))
    throw badInput('instructorId', 'L’instructeur doit être un agent du service ADS.');

  const { dossier, tacitOn } = newAdsDossier(input, number, initialDossierId);
  dossier.id = (await em.insert(AdsDossier, dossier)).identifiers[0].id as string;
  await recordEvent(em, actor, dossier, depositEvent(kind, input, tacitOn));
  return dossier;
}

/** A typed number, normalised, or why it does not match the type, commune and year. */
export function typedNumberOf(typed: string, input: CreateAdsDossierInput): string | AppError {
  const normalized = normalizeAdsDossierNumber(typed);
  const issues = normalized ? checkAdsDossierNumber(normalized, input) : checkAdsDossierNumber(typed, input);
  return !normalized || issues.length ? badInput('number', issues.join(' ')) : normalized;
}

/** A modificatif/transfert needs its initial authorisation, of the same kind: its id, or why not. */
export function initialDossierOf(
  number: string,
  input: CreateAdsDossierInput,
  initial: Pick<AdsDossier, 'id' | 'type'> | null | undefined,
): string | AppError {
  if (!initial)
    return badInput(
      'number',
      `L’autorisation initiale ${initialAdsDossierNumber(number)} n’est pas enregistrée : enregistrez-la avant son ${parseAdsDossierNumber(number)!.suffix!.kind === 'M' ? 'modificatif' : 'transfert'}.`,
    );
  if (adsTypeInfo(initial.type).numberPrefix !== adsTypeInfo(input.type).numberPrefix)
    return badInput(
      'type',
      `Le type ${input.type} ne correspond pas à celui de l’autorisation initiale (${initial.type}).`,
    );
  return initial.id;
}

/** A deposited dossier's columns, its deadline and tacit date computed (shared with the bulk import). */
export function newAdsDossier(
  input: CreateAdsDossierInput,
  number: string,
  initialDossierId: string | null,
): { dossier: AdsDossier; tacitOn: LocalDate } {
  const dossier = Object.assign(new AdsDossier(), {
    number,
    initialDossierId,
    type: input.type,
    communeInsee: input.communeInsee,
    depositedOn: input.depositedOn,
    channel: input.channel,
    applicantKind: input.applicantKind,
    applicantName: input.applicantName.trim(),
    landAddress: input.landAddress.trim(),
    cadastralParcels: normalizeParcels(input.cadastralParcels ?? []),
    projectNature: input.projectNature.trim(),
    floorAreaCreated: input.floorAreaCreated ?? 0,
    dwellingsCreated: input.dwellingsCreated ?? 0,
    instructorId: input.instructorId ?? null,
    tacitRefusalCase: input.tacitRefusalCase ?? false,
    status: 'DEPOSITED',
    statusOn: input.depositedOn,
    piecesRequestedOn: null,
    piecesReceivedOn: null,
    outcome: null,
    decidedOn: null,
    closedOn: null,
    docOn: null,
    daactOn: null,
    conformityOn: null,
  });
  const computed = deadlineOf(dossier, [], []);
  applyDeadline(dossier, computed);
  return { dossier, tacitOn: computed.tacitOn };
}

/** The first line of a dossier's timeline. */
export const depositEvent = (kind: 'CREATED' | 'IMPORTED', input: CreateAdsDossierInput, tacitOn: LocalDate) => ({
  kind,
  on: input.depositedOn,
  toStatus: 'DEPOSITED',
  summary: `${kind === 'IMPORTED' ? 'Importé' : 'Enregistré'} : dépôt ${input.channel === 'ELECTRONIC' ? 'dématérialisé' : 'papier'} du ${frenchDay(input.depositedOn)}, échéance le ${frenchDay(tacitOn)}.`,
});

export const normalizeParcels = (parcels: readonly string[]): string[] =>
  parcels.map((p) => p.trim().toUpperCase().replace(/\s+/g, ' '));

/** The service instructs only for the communes of its option 1 on the deposit day. */
export async function assertInstructedCommune(
  em: EntityManager,
  communeInsee: string,
  depositedOn: string,
): Promise<void> {
  const members = await membershipsOn(em, 'ads', depositedOn, 'instruction');
  if (!members.some((m) => m.communeInsee === communeInsee)) {
    throw notInstructedCommune(communeInsee, depositedOn);
  }
}

export const notInstructedCommune = (communeInsee: string, on: string) =>
  badInput(
    'communeInsee',
    `La commune ${communeInsee} n’adhère pas à l’option 1 (instruction) du service ADS au ${frenchDay(on)} : le service ne peut pas instruire ce dossier.`,
  );
