import type { EntityManager } from 'typeorm';
import { apmlDeadline, coveringPerimeter, frenchDay, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { Commune } from '../../../core/referentials/commune.entity';
import { PdlApmlDossier, PdlPerimeter } from '../entities';
import type { ApmlDepositInput } from '../permis-louer.inputs';
import { allocatePdlNumber } from '../pdl-numbering';

/** Registers an APML dossier (CERFA 15652) and its récépissé; refused outside every perimeter in force. */
export async function depositApml(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApmlDepositInput,
  today: LocalDate,
): Promise<string> {
  if (input.depositedOn > today) throw badInput('depositedOn', 'Date de dépôt : ne peut être dans le futur.');
  if (input.receivedOn < input.depositedOn || input.receivedOn > today)
    throw badInput('receivedOn', 'Date du récépissé : doit se situer entre le dépôt et aujourd’hui.');
  const commune = await em.findOneBy(Commune, { inseeCode: input.communeInsee });
  if (!commune) throw badInput('communeInsee', 'Commune inconnue.');
  // a perimeter counts only while the commune's membership lasts (a commune that left applies none)
  const perimeters = await em
    .createQueryBuilder(PdlPerimeter, 'p')
    .leftJoin('p.membership', 'm')
    .where('p.commune_insee = :insee', { insee: input.communeInsee })
    .andWhere('(p.membership_id IS NULL OR (m.valid_from <= :day AND (m.valid_to IS NULL OR m.valid_to >= :day)))', {
      day: input.depositedOn,
    })
    .getMany();
  const perimeter = coveringPerimeter(perimeters, input.communeInsee, input.street, input.depositedOn);
  if (!perimeter)
    throw badInput(
      'street',
      `Adresse hors périmètre : aucun périmètre du permis de louer en vigueur le ${frenchDay(input.depositedOn)} ` +
        `ne couvre « ${input.street} » à ${commune.name} ; le dossier ne peut être enregistré.`,
    );
  const row = {
    number: await allocatePdlNumber(em, 'APML', input.receivedOn),
    ownerKind: input.ownerKind,
    ownerName: input.ownerName.trim(),
    ownerContact: input.ownerContact?.trim() || null,
    street: input.street.trim(),
    communeInsee: input.communeInsee,
    perimeterId: perimeter.id,
    dwellingType: input.dwellingType,
    surfaceM2: String(input.surfaceM2),
    floor: input.floor ?? null,
    rooms: input.rooms,
    lettingContext: input.lettingContext,
    depositedOn: input.depositedOn,
    receivedOn: input.receivedOn,
    tacitOn: apmlDeadline(input.receivedOn).tacitOn,
    anahJoint: input.anahJoint,
  };
  const saved = await em.insert(PdlApmlDossier, row);
  const id = saved.identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PdlApmlDossier', entityId: id, action: 'create', changes: row });
  return id;
}
