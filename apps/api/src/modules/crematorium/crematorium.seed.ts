import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, daySlots, isoWeekday, toParisTime, type AshesFate, type CremationKind } from '@call/domain';
import type { SeedContext } from '../../core/module';
import { Commune } from '../../core/referentials/commune.entity';
import {
  CrematoriumCremation,
  CrematoriumLine,
  CrematoriumMetalAllocation,
  CrematoriumMetalLot,
  CrematoriumScan,
} from './entities';

/** The report: 2082 cremations in 2023; the year before a little less (evolution). */
const CREMATIONS_BY_YEAR_OFFSET = [0, 2082, 1968];
const TUNNEL_SINCE = '2022-03-01';
const OPERATORS = [
  'Pompes funèbres lensoises',
  'PF de la Gohelle',
  'Funéraire de l’Artois',
  'PF Générales Liévin',
  'Maison funéraire Dupont',
  'Pompes funèbres du Bassin minier',
];
const OUTSIDE = ['Arras', 'Lille', 'Béthune', 'Douai'];
const DETECTED = ['BATTERY_PROSTHESIS', 'WATCH', 'PHONE', 'OTHER'] as const;

/** The instant of a Paris wall-clock time (winter +01:00, summer +02:00). */
function parisInstant(day: string, hhmm: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T${hhmm}:00${offset}`);
    if (toParisTime(d) === hhmm) return d;
  }
  throw new RangeError(`${day} ${hhmm}`);
}

async function insertChunks(em: EntityManager, entity: Function, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500));
}

function kindOf(i: number): CremationKind {
  const r = i % 100;
  return r < 93 ? 'ADULT' : r < 94 ? 'CHILD' : r < 99 ? 'EXHUMATION' : 'ANATOMICAL';
}

function ashesOf(i: number): AshesFate {
  const r = i % 10;
  return r < 7 ? 'HANDED_OVER' : r < 9 ? 'DISPERSED' : 'KEPT';
}

/** Completed cremations spread evenly over the slots of a year (no Sundays), their scans and ashes. */
function yearRows(year: number, count: number, lines: CrematoriumLine[], communes: Commune[]) {
  const slots: { day: string; line: CrematoriumLine; time: string }[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1))
    if (isoWeekday(day) !== 7)
      for (const line of lines) for (const time of daySlots(line)) slots.push({ day, line, time });
  const cremations: object[] = [];
  const scans: object[] = [];
  let taken = -1;
  slots.forEach((s, k) => {
    const i = Math.floor((k * count) / slots.length);
    if (i === taken) return;
    taken = i;
    const id = randomUUID();
    const startsAt = parisInstant(s.day, s.time);
    const commune = i % 9 === 8 ? null : communes[(i * 7) % communes.length];
    const fate = ashesOf(i);
    cremations.push({
      id,
      lineCode: s.line.code,
      startsAt,
      endsAt: new Date(startsAt.getTime() + s.line.slotMinutes * 60_000),
      cremationOn: s.day,
      kind: kindOf(i),
      deceasedLastName: `DÉFUNT ${year}-${i + 1}`,
      deceasedFirstNames: 'Démonstration',
      birthOn: `${1930 + (i % 60)}-0${1 + (i % 9)}-1${i % 10}`,
      deathAt: new Date(startsAt.getTime() - (2 + (i % 2)) * 86_400_000),
      deathCommuneInsee: commune?.inseeCode ?? null,
      deathCommuneName: commune?.name ?? OUTSIDE[i % OUTSIDE.length],
      residenceCommuneName: communes[(i * 11) % communes.length].name,
      operatorName: OPERATORS[(i * 5) % OPERATORS.length],
      authorisationOn: addDays(s.day, -1),
      authorisationCommune: commune?.name ?? OUTSIDE[i % OUTSIDE.length],
      prosthesisCertificate: true,
      ceremonyRoom: i % 3 === 0,
      completedAt: new Date(startsAt.getTime() + 100 * 60_000),
      ashesFate: fate,
      ashesOn: addDays(s.day, fate === 'KEPT' ? 1 : 2),
      ashesPerson: fate === 'DISPERSED' ? 'Agent du crématorium' : 'Famille du défunt',
      bookedByLogin: 'agent.crematorium',
    });
    if (s.day < TUNNEL_SINCE) return;
    const detection = i % 97 === 5;
    const scannedAt = new Date(startsAt.getTime() - 30 * 60_000);
    scans.push({
      cremationId: id,
      scannedAt,
      scannedOn: s.day,
      result: detection ? 'DETECTION' : 'CLEAR',
      objectType: detection ? DETECTED[i % DETECTED.length] : null,
      ...(detection && {
        authorisedBy: 'Responsable du crématorium',
        witnesses: 'Deux agents techniques',
        familyInformedAt: scannedAt,
        openedAt: new Date(scannedAt.getTime() + 20 * 60_000),
        objectRemoved: 'Objet retiré et remis à l’opérateur',
        delayMinutes: 45 + (i % 4) * 15,
        closedAt: new Date(scannedAt.getTime() + 60 * 60_000),
      }),
      recordedByLogin: 'agent.crematorium',
    });
  });
  return { cremations, scans };
}

/** Demo activity: two years of completed cremations (2082 in the report's year), metals since July of that year. */
export async function seedCrematorium({ em, year }: SeedContext): Promise<void> {
  const lines = await em.find(CrematoriumLine, { order: { code: 'ASC' } });
  const communes = await em.find(Commune, { order: { inseeCode: 'ASC' } });
  for (const offset of [1, 2]) {
    const { cremations, scans } = yearRows(year + 1 - offset, CREMATIONS_BY_YEAR_OFFSET[offset], lines, communes);
    await insertChunks(em, CrematoriumCremation, cremations);
    await insertChunks(em, CrematoriumScan, scans);
  }
  // first collection (report: 1 tonne, OrthoMetals); the proceeds are a demo figure
  await em.insert(CrematoriumMetalLot, {
    collectedOn: `${year}-07-20`,
    weightKg: '1000.00',
    buyer: 'OrthoMetals',
    proceedsCents: 850_000,
    recordedByLogin: 'agent.crematorium',
  });
  await em.insert(CrematoriumMetalAllocation, {
    allocatedOn: `${year}-12-15`,
    purpose: 'FUNERALS_WITHOUT_RESOURCES',
    beneficiary: 'Obsèques de personnes dépourvues de ressources (CCAS)',
    amountCents: 200_000,
    recordedByLogin: 'agent.crematorium',
  });
}
