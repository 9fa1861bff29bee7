import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { fixedClock } from '../../src/core/kit/clock';
import {
  ALERTS,
  dogIntake,
  FEES,
  INTAKE,
  OUTCOME,
  setDefaultTariffs,
  TARIFF,
  TARIFFS,
  VET_ACT,
} from './fourriere.factories';

// The pound's clock is fixed on Thursday 16 March 2023, so "today" alerts do not depend on the day the tests run.
const TODAY = '2023-03-16';
const at = (day: string) => `${day}T09:00:00.000Z`;

describe('fourrière on a fixed day: board alerts, veterinary acts, tariff in force, referential integrity', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ modules: [fourriereModule], clock: fixedClock(TODAY) });
    agent = await t.as('agent.fourriere');
    director = await t.as('directeur.fourriere');
    await setDefaultTariffs(director);
    const intake = async (key: string, over: Record<string, unknown>) => {
      ids[key] = (
        await agent.ok(INTAKE, { i: dogIntake({ identificationKind: 'NONE', identificationNumber: null, ...over }) })
      ).recordFourriereIntake[0].id;
    };
    // Monday 6 March: the 8 working days end today
    await intake('endsToday', { intakeAt: at('2023-03-06') });
    // Friday 3 March: ended yesterday, no outcome
    await intake('overdue', { intakeAt: at('2023-03-03') });
    // Thursday 2 March: ended on the 14th, but ceded since: no alert
    await intake('ceded', { intakeAt: at('2023-03-02') });
    // Friday 10 March: runs until the 22nd
    await intake('running', { intakeAt: at('2023-03-10') });
    // a requisition has no holding period: it waits for the court
    await intake('requisition', { intakeAt: at('2023-02-01'), origin: 'REQUISITION', requisitionRef: 'PV 77/23' });
    await agent.ok(OUTCOME, {
      i: { animalId: ids.ceded, type: 'CEDED', outcomeOn: '2023-03-15', associationName: 'SPA de Lens' },
    });
  });
  afterAll(() => t.close());

  it('should count and list the animals whose holding period ends today or is over without outcome', async () => {
    const d = await agent.ok(ALERTS);
    expect(d.fourriereBoardAlerts.endsToday).toBe(1);
    expect(d.fourriereBoardAlerts.overdue).toBe(1);
    expect(
      d.fourriereBoardAlerts.animals.map((a: { id: string; holdingStatus: string; holdingEnd: string }) => [
        a.id,
        a.holdingStatus,
        a.holdingEnd,
      ]),
    ).toEqual([
      [ids.overdue, 'OVER', '2023-03-15'],
      [ids.endsToday, 'ENDS_TODAY', '2023-03-16'],
    ]);
    const other = await (await t.as('agent.ads')).request(ALERTS);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should add a veterinary act to the fees due on return, and refuse one after the outcome or in the future', async () => {
    const added = await agent.ok(VET_ACT, {
      i: { animalId: ids.running, actOn: '2023-03-12', kind: 'VACCINATION', amountCents: 4200, notes: 'CHPPiL + rage' },
    });
    expect(added.addFourriereVetAct.vetActs).toEqual([
      {
        actOn: '2023-03-12',
        kind: 'VACCINATION',
        label: 'Vaccination',
        amountCents: 4200,
        notes: 'CHPPiL + rage',
        recordedByLogin: 'agent.fourriere',
      },
    ]);
    // 70 capture + 6 days × 15 + 65 identification (not identified) + 35 visit + 42 vaccination
    const fees = await agent.ok(FEES, { id: ids.running, on: TODAY });
    expect(fees.fourriereAnimal.feesDue.totalCents).toBe(7000 + 9000 + 6500 + 3500 + 4200);
    expect(fees.fourriereAnimal.feesDue.lines.at(-1)).toEqual({ code: 'VET_ACT', quantity: 1, amountCents: 4200 });

    const future = await agent.request(VET_ACT, {
      i: { animalId: ids.running, actOn: '2023-03-17', kind: 'CARE', amountCents: 1000 },
    });
    expect(future.errors?.[0]).toMatchObject({
      message: 'La date de l’acte doit se situer entre l’entrée de l’animal et aujourd’hui.',
      extensions: { code: 'BAD_USER_INPUT', field: 'actOn' },
    });
    const negative = await agent.request(VET_ACT, {
      i: { animalId: ids.running, actOn: TODAY, kind: 'CARE', amountCents: -5 },
    });
    expect(negative.errors?.[0]).toMatchObject({
      message: 'Montant : ne peut pas être négatif.',
      extensions: { field: 'amountCents' },
    });
    const afterOutcome = await agent.request(VET_ACT, {
      i: { animalId: ids.ceded, actOn: '2023-03-14', kind: 'CARE', amountCents: 1000 },
    });
    expect(afterOutcome.errors?.[0]).toMatchObject({
      message: 'Cet animal est sorti de la fourrière : aucun acte ne peut plus lui être ajouté.',
      extensions: { code: 'INVALID_TRANSITION' },
    });

    const returned = await agent.ok(OUTCOME, {
      i: {
        animalId: ids.running,
        type: 'RETURNED',
        outcomeOn: TODAY,
        ownerName: 'Nadia Bouchart',
        identificationNumber: '250269604222333',
        payment: { amountCents: 30200, method: 'CHEQUE' },
      },
    });
    expect(
      returned.recordFourriereOutcome.payments[0].lines.map((l: { code: string; amountCents: number }) => [
        l.code,
        l.amountCents,
      ]),
    ).toEqual([
      ['CAPTURE', 7000],
      ['BOARDING', 9000],
      ['IDENTIFICATION', 6500],
      ['VET_VISIT', 3500],
      ['VET_ACT', 4200],
    ]);
  });

  it('should tell the tariff in force from the upcoming and the replaced ones, and let only the director set one', async () => {
    const upcoming = await director.ok(TARIFF, {
      i: {
        validFrom: '2023-04-01',
        species: 'DOG',
        captureCents: 8000,
        boardingPerDayCents: 1700,
        identificationCents: 7000,
        vetVisitCents: 4000,
        note: 'Délibération du 2 mars 2023',
      },
    });
    expect(upcoming.setFourriereTariff).toMatchObject({
      validFrom: '2023-04-01',
      species: 'DOG',
      captureCents: 8000,
      status: 'UPCOMING',
    });
    const list = async () =>
      (await agent.ok(TARIFFS)).fourriereTariffs.map(
        (r: { validFrom: string; species: string; status: string }) => `${r.validFrom} ${r.species} ${r.status}`,
      );
    expect(await list()).toEqual(['2023-04-01 DOG UPCOMING', '2022-01-01 CAT IN_FORCE', '2022-01-01 DOG IN_FORCE']);

    const now = await director.ok(TARIFF, {
      i: {
        validFrom: '2023-03-01',
        species: 'DOG',
        captureCents: 7200,
        boardingPerDayCents: 1550,
        identificationCents: 6600,
        vetVisitCents: 3600,
      },
    });
    expect(now.setFourriereTariff.status).toBe('IN_FORCE');
    expect(await list()).toEqual([
      '2023-04-01 DOG UPCOMING',
      '2023-03-01 DOG IN_FORCE',
      '2022-01-01 CAT IN_FORCE',
      '2022-01-01 DOG SUPERSEDED',
    ]);

    const bad = await director.request(TARIFF, {
      i: {
        validFrom: '2023-05-01',
        species: 'CAT',
        captureCents: -1,
        boardingPerDayCents: 1000,
        identificationCents: 5500,
        vetVisitCents: 3500,
      },
    });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Capture : ne peut pas être négatif.',
      extensions: { code: 'BAD_USER_INPUT', field: 'captureCents' },
    });
    const byAgent = await agent.request(TARIFF, {
      i: {
        validFrom: '2023-05-01',
        species: 'CAT',
        captureCents: 1,
        boardingPerDayCents: 1,
        identificationCents: 1,
        vetVisitCents: 1,
      },
    });
    expect(byAgent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should tie every child row to its animal, and the animal to its commune, by restricting foreign keys', async () => {
    const fks = await t.app.db.read((em) =>
      em.query(`SELECT c.relname AS "table", r.relname AS "references", k.confdeltype AS "onDelete"
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
        WHERE k.contype = 'f' AND c.relname LIKE 'fourriere\\_%' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`),
    );
    expect(fks).toEqual([
      { table: 'fourriere_animal', references: 'commune', onDelete: 'r' },
      { table: 'fourriere_outcome', references: 'fourriere_animal', onDelete: 'r' },
      { table: 'fourriere_owner_search', references: 'fourriere_animal', onDelete: 'r' },
      { table: 'fourriere_payment', references: 'fourriere_animal', onDelete: 'r' },
      { table: 'fourriere_vet_act', references: 'fourriere_animal', onDelete: 'r' },
    ]);
    const refused = await t.app.db
      .transaction((em) => em.query('DELETE FROM fourriere_animal WHERE id = $1', [ids.running]))
      .then(
        () => null,
        (e: { code?: string }) => e.code,
      );
    // PostgreSQL 18 (PGlite) reports restrict_violation, PostgreSQL 15 foreign_key_violation
    expect(['23001', '23503']).toContain(refused);
  });
});
