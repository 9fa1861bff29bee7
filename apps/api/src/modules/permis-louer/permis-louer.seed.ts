import type { EntityManager } from 'typeorm';
import { addDays, apdDeadline, apmlDeadline, type LocalDate } from '@call/domain';
import type { SeedContext } from '../../core/module';
import { Commune } from '../../core/referentials/commune.entity';
import { ServiceMembership } from '../../core/referentials/service-membership.entity';
import {
  PdlApdDossier,
  PdlApmlDossier,
  PdlContact,
  PdlControl,
  PdlControlBatch,
  PdlDefect,
  PdlNumberCounter,
  PdlPerimeter,
  PdlSanction,
} from './entities';
import {
  APD_2023,
  APML_ANAH_2023,
  APML_BY_YEAR,
  CONTACTS_2023,
  CONTROLS_2023,
  PDL_DEMO_FIRST_COMMUNES,
  PDL_JOINED_2022,
  PDL_JOINED_2023,
  SANCTIONS_2023,
  runAt,
} from './permis-louer.seed-plan';
import { ensurePdlScheme, LENS_WHOLE_FROM } from './permis-louer.production-seed';
import { PDL_SERVICE } from './use-cases/create-perimeter';

const CHUNK = 1000;
async function insertAll<T extends object>(em: EntityManager, entity: new () => T, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await em.insert(entity, rows.slice(i, i + CHUNK));
}
const STREETS = [
  'Rue de la Gare',
  'Rue Jean Jaurès',
  'Rue Émile Zola',
  'Rue Basly',
  'Avenue de la République',
  'Rue Victor Hugo',
];
const dayOfYear = (year: number, i: number, n: number): LocalDate =>
  addDays(`${year}-01-02`, Math.floor((i * 360) / n));

/** Demo activity of the permis de louer, 2020–2023, in bulk: the report's figures are counted from it. */
export async function seedPermisLouer({ em, users, today }: SeedContext): Promise<void> {
  const login = users.get('agent.permis_louer')?.login ?? 'admin';
  const all = await em.find(Commune, { order: { population: 'DESC' } });
  const named = [...PDL_JOINED_2022, ...PDL_JOINED_2023];
  const inseeOf = (name: string) => all.find((c) => c.name === name)!.inseeCode;
  const first = all
    .filter((c) => !named.includes(c.name))
    .slice(0, PDL_DEMO_FIRST_COMMUNES)
    .map((c) => c.inseeCode);
  const joined2022 = PDL_JOINED_2022.map(inseeOf);
  const joined2023 = PDL_JOINED_2023.map(inseeOf);
  const lens = inseeOf('Lens');

  // the 13 communes of 2020 are not named by the report: demo memberships, marked as such
  const memberships = await em.insert(
    ServiceMembership,
    first.map((communeInsee) => ({
      service: PDL_SERVICE,
      option: null,
      communeInsee,
      validFrom: '2020-01-01',
      validTo: null,
      source: 'démo (le rapport ne nomme pas les communes de 2020)',
    })),
  );
  const membershipOf = (insee: string) => memberships.identifiers[first.indexOf(insee)].id as string;
  const demoPerimeter = (communeInsee: string, extra: Partial<PdlPerimeter> = {}) => ({
    communeInsee,
    membershipId: membershipOf(communeInsee),
    kind: 'WHOLE_COMMUNE' as const,
    streets: [],
    publishedOn: '2019-06-15',
    validFrom: '2020-01-01',
    validTo: null,
    demo: true,
    ...extra,
  });
  await em.insert(
    PdlPerimeter,
    first.flatMap((c) =>
      c === lens
        ? [
            demoPerimeter(c, { kind: 'STREETS', streets: STREETS, validTo: '2024-12-31' }),
            // Lens asked for its whole territory from 2025 (RA 2023, perspectives): a dated perimeter
            demoPerimeter(c, { publishedOn: '2024-06-15', validFrom: LENS_WHOLE_FROM, demo: false }),
          ]
        : [demoPerimeter(c)],
    ),
  );
  // the 7 named communes: their core memberships, each with a whole-commune perimeter
  await ensurePdlScheme(em);
  const perimeters = await em.find(PdlPerimeter, { order: { validFrom: 'ASC' } });
  const perimeterOf = (insee: string, year: number) =>
    perimeters.find((p) => p.communeInsee === insee && p.validFrom <= `${year}-12-31`)?.id;

  const dossiers: Partial<PdlApmlDossier>[] = [];
  for (const [y, n] of Object.entries(APML_BY_YEAR)) {
    const year = Number(y);
    const communes = [...first, ...(year >= 2022 ? joined2022 : []), ...(year >= 2023 ? joined2023 : [])];
    for (let i = 0; i < n; i++) {
      const receivedOn = dayOfYear(year, i, n);
      const insee = communes[i % communes.length];
      const r = i % 20; // 14 accords, 3 under conditions, 1 refusal, 2 tacit
      const decision = r < 14 ? 'ACCORD' : r < 17 ? 'ACCORD_CONDITIONS' : r < 18 ? 'REFUS' : null;
      const visited = i % 5 !== 0;
      dossiers.push({
        number: `APML-${year}-${String(i + 1).padStart(5, '0')}`,
        ownerKind: i % 6 === 0 ? 'COMPANY' : 'PERSON',
        ownerName: i % 6 === 0 ? `SCI Démo ${i % 97}` : `Propriétaire démo ${year}-${i + 1}`,
        street: `${(i % 120) + 1} ${STREETS[i % STREETS.length]}`,
        communeInsee: insee,
        perimeterId: perimeterOf(insee, year),
        dwellingType: i % 3 === 0 ? 'APARTMENT' : 'HOUSE',
        surfaceM2: String(25 + (i % 90)),
        floor: i % 3 === 0 ? i % 4 : null,
        rooms: 1 + (i % 5),
        lettingContext: i % 4 === 0 ? 'FIRST_LETTING' : 'NEW_TENANT',
        depositedOn: receivedOn,
        receivedOn,
        tacitOn: apmlDeadline(receivedOn).tacitOn,
        completeOn: addDays(receivedOn, 2),
        visitPlannedOn: visited ? addDays(receivedOn, 10) : null,
        inspector: visited ? 'Inspecteur démo' : null,
        visitedOn: visited ? addDays(receivedOn, 10 + (i % 5)) : null,
        decision,
        decidedOn: decision ? addDays(receivedOn, 18 + (i % 8)) : null,
        reasons: decision === 'REFUS' ? 'Installation électrique dangereuse (décret 2002-120)' : null,
        works: decision === 'REFUS' || decision === 'ACCORD_CONDITIONS' ? ['Mise en sécurité électrique'] : [],
        letOn: decision === 'REFUS' ? null : addDays(receivedOn, 40),
        anahJoint: year === 2023 && i % 34 === 0 && i / 34 < APML_ANAH_2023,
      });
    }
  }
  // the current queue: dossiers received in the last weeks, still undecided
  for (let i = 0; i < 12; i++) {
    const receivedOn = addDays(today, -3 * i - 1);
    const insee = joined2022[i % joined2022.length];
    dossiers.push({
      ...dossiers[i],
      number: `APML-${today.slice(0, 4)}-9${String(i + 1).padStart(4, '0')}`,
      ownerName: `Propriétaire démo (en cours) ${i + 1}`,
      communeInsee: insee,
      perimeterId: perimeterOf(insee, 2023),
      depositedOn: receivedOn,
      receivedOn,
      tacitOn: apmlDeadline(receivedOn).tacitOn,
      completeOn: null,
      visitPlannedOn: null,
      inspector: null,
      visitedOn: null,
      decision: null,
      decidedOn: null,
      reasons: null,
      works: [],
      letOn: null,
      anahJoint: false,
    });
  }
  const dossierIds: string[] = [];
  for (let i = 0; i < dossiers.length; i += CHUNK)
    dossierIds.push(
      ...(await em.insert(PdlApmlDossier, dossiers.slice(i, i + CHUNK) as never)).identifiers.map(
        (x) => x.id as string,
      ),
    );
  const defects = dossiers.flatMap((d, i) =>
    d.visitedOn && i % 3 === 0
      ? [
          {
            dossierId: dossierIds[i],
            category: i % 2 ? 'ELECTRICITY' : 'HUMIDITY',
            severity: d.decision === 'REFUS' ? 'CRITICAL' : 'MINOR',
            description: null,
          },
        ]
      : [],
  );
  await insertAll(em, PdlDefect, defects);
  const counters = new Map<string, number>();
  for (const d of dossiers)
    counters.set(
      d.number!.slice(0, 10),
      Math.max(counters.get(d.number!.slice(0, 10)) ?? 0, Number(d.number!.slice(10))),
    );
  await em.insert(
    PdlNumberCounter,
    [...counters].map(([stem, lastSequence]) => ({ stem, lastSequence })),
  );

  const communes2023 = [...first, ...joined2022, ...joined2023];
  const batchIds = (
    await em.insert(
      PdlControlBatch,
      Array.from({ length: 12 }, (_, m) => ({
        partner: 'CAF',
        receivedOn: `2023-${String(m + 1).padStart(2, '0')}-01`,
        fileName: `caf-2023-${m + 1}.csv`,
        importedByLogin: login,
      })),
    )
  ).identifiers.map((x) => x.id as string);
  const total = CONTROLS_2023.reduce((s, [, c]) => s + c, 0);
  await insertAll(
    em,
    PdlControl,
    Array.from({ length: total }, (_, i) => {
      const on = dayOfYear(2023, (i * 7) % total, total);
      return {
        batchId: batchIds[Number(on.slice(5, 7)) - 1],
        street: `${(i % 90) + 1} ${STREETS[i % STREETS.length]}`,
        communeInsee: communes2023[i % communes2023.length],
        controlledOn: on,
        outcome: runAt(CONTROLS_2023, i),
      };
    }),
  );

  const s = SANCTIONS_2023;
  await insertAll(
    em,
    PdlSanction,
    Array.from({ length: s.reports }, (_, i) => {
      const reportedOn = dayOfYear(2023, i, s.reports);
      const ordered = i < s.orders;
      return {
        ownerName: `Bailleur démo ${i + 1}`,
        street: `${(i % 60) + 1} ${STREETS[i % STREETS.length]}`,
        communeInsee: communes2023[i % communes2023.length],
        offence: 'LET_WITHOUT_AUTHORISATION',
        foundOn: addDays(reportedOn, -5),
        authority: 'PREFET',
        maxFine: 5000,
        reportedOn,
        observationsInvitedOn: ordered ? addDays(reportedOn, 5) : null,
        orderedOn: ordered ? addDays(reportedOn, 40) : null,
        amount: ordered ? s.amountEach : null,
        revenueOrderOn: i < s.revenueOrders ? addDays(reportedOn, 60) : null,
      };
    }),
  );

  await insertAll(
    em,
    PdlApdDossier,
    Array.from({ length: APD_2023.dossiers }, (_, i) => {
      const receivedOn = dayOfYear(2023, i, APD_2023.dossiers * 2); // first half of the year
      return {
        number: `APD-2023-${String(i + 1).padStart(5, '0')}`,
        ownerName: `Propriétaire APD ${i + 1}`,
        street: `${i + 1} ${STREETS[i % STREETS.length]}`,
        communeInsee: communes2023[i % communes2023.length],
        dwellingsCount: 2 + (i % 3),
        receivedOn,
        tacitOn: apdDeadline(receivedOn).tacitOn,
        decision: 'ACCORD',
        decidedOn: addDays(receivedOn, 10),
        finalApprovalOn: i < APD_2023.finalApprovals ? addDays(receivedOn, 150) : null,
      };
    }),
  );
  await em.insert(PdlNumberCounter, { stem: 'APD-2023-', lastSequence: APD_2023.dossiers });

  const n = CONTACTS_2023.channel.reduce((t, [, c]) => t + c, 0);
  await insertAll(
    em,
    PdlContact,
    Array.from({ length: n }, (_, i) => ({
      contactOn: dayOfYear(2023, (i * 17) % n, n),
      channel: runAt(CONTACTS_2023.channel, i),
      personType: runAt(CONTACTS_2023.person, (i * 7) % n),
      subject: runAt(CONTACTS_2023.subject, (i * 11) % n),
      purpose: runAt(CONTACTS_2023.purpose, (i * 13) % n),
      recordedByLogin: login,
    })),
  );
}
