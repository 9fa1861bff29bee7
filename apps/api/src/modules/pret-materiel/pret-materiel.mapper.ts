import { isPartialApproval } from '@call/domain';
import { In, type EntityManager } from 'typeorm';
import { Commune } from '../../core/referentials/commune.entity';
import { PretKind, PretRequest, PretRequestLine, type PretRepair } from './entities';
import type { RepairView, RequestView } from './pret-materiel.types';

/** Requests with their lines and commune names: two queries for a whole page, never one per request. */
export async function requestViews(em: EntityManager, requests: PretRequest[]): Promise<RequestView[]> {
  if (requests.length === 0) return [];
  const ids = requests.map((r) => r.id);
  const [lines, communes] = await Promise.all([
    em
      .createQueryBuilder(PretRequestLine, 'l')
      .innerJoinAndSelect('l.kind', 'k')
      .where('l.request_id IN (:...ids)', { ids })
      .orderBy('k.name', 'ASC')
      .getMany(),
    em.find(Commune, { where: { inseeCode: In([...new Set(requests.map((r) => r.communeInsee))]) } }),
  ]);
  const names = new Map(communes.map((c) => [c.inseeCode, c.name]));
  return requests.map((r) => {
    const own = lines.filter((l) => l.requestId === r.id);
    const answered = own.every((l) => l.approved !== null) && r.status !== 'REFUSED';
    return {
      id: r.id,
      communeInsee: r.communeInsee,
      communeName: names.get(r.communeInsee) ?? r.communeInsee,
      eventName: r.eventName,
      eventPlace: r.eventPlace,
      startOn: r.startOn,
      endOn: r.endOn,
      handover: r.handover,
      status: r.status,
      partial: answered && isPartialApproval(own.map((l) => ({ requested: l.requested, approved: l.approved ?? 0 }))),
      requestedOn: r.requestedOn,
      answeredOn: r.answeredOn,
      refusalReason: r.refusalReason,
      returnedOn: r.returnedOn,
      version: r.version,
      lines: own.map((l) => ({
        kindId: l.kindId,
        kindName: l.kind.name,
        unit: l.kind.unit,
        requested: l.requested,
        approved: l.approved,
        returned: l.returned,
        missing: l.missing,
        damaged: l.damaged,
      })),
    };
  });
}

export function repairView(r: PretRepair & { kind: PretKind }): RepairView {
  return {
    id: r.id,
    kindId: r.kindId,
    kindName: r.kind.name,
    requestId: r.requestId,
    quantity: r.quantity,
    cause: r.cause,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    outcome: r.outcome,
    hours: r.hours === null ? null : Number(r.hours),
    costCents: r.costCents,
    version: r.version,
  };
}
