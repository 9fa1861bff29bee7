import { sanctionStage, apmlDeadline, pdlOutcome, pdlStatus, tacitQueueEntry, type LocalDate } from '@call/domain';
import type { PdlApdDossier, PdlApmlDossier, PdlDefect, PdlSanction } from './entities';
import type { ApdView, ApmlView, DefectView, SanctionView } from './permis-louer.types';

/** A dossier as shown: its status, outcome and tacit countdown derived on `today`, never stored. */
export function apmlView(d: PdlApmlDossier, defects: PdlDefect[], today: LocalDate): ApmlView {
  const status = pdlStatus(d, today);
  const outcome = pdlOutcome(d, today);
  const queue = outcome ? null : tacitQueueEntry(d.tacitOn, today);
  return {
    id: d.id,
    version: d.version,
    number: d.number,
    ownerKind: d.ownerKind,
    ownerName: d.ownerName,
    ownerContact: d.ownerContact,
    street: d.street,
    communeInsee: d.communeInsee,
    communeName: d.commune?.name ?? d.communeInsee,
    dwellingType: d.dwellingType,
    surfaceM2: Number(d.surfaceM2),
    floor: d.floor,
    rooms: d.rooms,
    lettingContext: d.lettingContext,
    depositedOn: d.depositedOn,
    receivedOn: d.receivedOn,
    decisionDeadline: apmlDeadline(d.receivedOn).decisionDeadline,
    tacitOn: d.tacitOn,
    tacitInDays: queue?.daysLeft ?? null,
    urgency: queue?.urgency ?? null,
    status,
    outcome: outcome?.outcome ?? null,
    completeOn: d.completeOn,
    visitPlannedOn: d.visitPlannedOn,
    inspector: d.inspector,
    visitedOn: d.visitedOn,
    visitNotes: d.visitNotes,
    defects: defects.map((x): DefectView => ({
      category: x.category,
      severity: x.severity,
      description: x.description,
    })),
    decision: d.decision,
    decidedOn: d.decidedOn,
    reasons: d.reasons,
    works: d.works ?? [],
    anahJoint: d.anahJoint,
    letOn: d.letOn,
    transferredOn: d.transferredOn,
  };
}

export const sanctionView = (s: PdlSanction, communeName: string): SanctionView => ({
  id: s.id,
  version: s.version,
  ownerName: s.ownerName,
  street: s.street,
  communeInsee: s.communeInsee,
  communeName,
  offence: s.offence,
  foundOn: s.foundOn,
  authority: s.authority,
  maxFine: s.maxFine,
  reportedOn: s.reportedOn,
  observationsInvitedOn: s.observationsInvitedOn,
  orderedOn: s.orderedOn,
  amount: s.amount,
  revenueOrderOn: s.revenueOrderOn,
  paidOn: s.paidOn,
  stage: sanctionStage(s),
});

/** An APD as shown: silence past the fifteen days is an authorisation, derived here. */
export const apdView = (d: PdlApdDossier, communeName: string, today: LocalDate): ApdView => ({
  id: d.id,
  version: d.version,
  number: d.number,
  ownerName: d.ownerName,
  street: d.street,
  communeInsee: d.communeInsee,
  communeName,
  dwellingsCount: d.dwellingsCount,
  anahJoint: d.anahJoint,
  receivedOn: d.receivedOn,
  tacitOn: d.tacitOn,
  outcome: d.decision ?? (today >= d.tacitOn ? 'TACITE' : null),
  decidedOn: d.decidedOn ?? (today >= d.tacitOn ? d.tacitOn : null),
  finalApprovalOn: d.finalApprovalOn,
});
