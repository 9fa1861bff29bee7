import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import {
  ANIMAL,
  ANIMALS,
  COURT,
  dogIntake,
  FEES,
  indicatorValue,
  INTAKE,
  OUTCOME,
  OWNER_SEARCH,
  setDefaultTariffs,
  TARIFF,
} from './fourriere.factories';

describe('fourrière: from intake to outcome, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [fourriereModule] });
    agent = await t.as('agent.fourriere');
    director = await t.as('directeur.fourriere');
    await setDefaultTariffs(director);
  });
  afterAll(() => t.close());

  it('should compute the holding period end when a dog is taken in', async () => {
    const d = await agent.ok(INTAKE, { i: dogIntake() });
    const [dog] = d.recordFourriereIntake;
    expect(dog).toMatchObject({
      species: 'DOG',
      intakeOn: '2023-03-06',
      communeName: 'Lens',
      identificationNumber: '250269604123456',
      holdingEnd: '2023-03-16',
      cessionAllowedFrom: '2023-03-17',
      present: true,
      outcome: null,
    });
    expect(dog.reference).toMatch(/^FR-\d{6}$/);
  });

  it('should refuse an adoption before the end of the délai franc de garde, in French', async () => {
    // the pound records adoptions only when its manager is declared an association with a refuge (L211-25 II)
    await (
      await t.as('admin')
    ).ok(
      `mutation { setFourriereManagerSetting(input: { validFrom: "2023-01-01", managerName: "SPA de Lens", refugeAssociation: true }, confirmBackdated: true) { id } }`,
    );
    const [dog] = (await agent.ok(INTAKE, { i: dogIntake({ identificationNumber: '250269604000001' }) }))
      .recordFourriereIntake;
    const r = await agent.request(OUTCOME, {
      i: { animalId: dog.id, type: 'ADOPTED', outcomeOn: '2023-03-16', adopterName: 'Julie Caron' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(r.errors?.[0].message).toBe(
      'Le délai franc de garde de huit jours ouvrés (art. L211-25 du Code rural) court jusqu’au 16/03/2023 inclus : « Adoption » n’est possible qu’à partir du 17/03/2023.',
    );
    const allowed = await agent.ok(FEES, { id: dog.id, on: '2023-03-16' });
    expect(allowed.fourriereAnimal.allowedOutcomes).toEqual(['RETURNED', 'DIED', 'ESCAPED']);
    const ok = await agent.ok(OUTCOME, {
      i: { animalId: dog.id, type: 'ADOPTED', outcomeOn: '2023-03-17', adopterName: 'Julie Caron' },
    });
    expect(ok.recordFourriereOutcome.outcome).toMatchObject({
      type: 'ADOPTED',
      outcomeOn: '2023-03-17',
      adopterName: 'Julie Caron',
      recordedByLogin: 'agent.fourriere',
    });
    const again = await agent.request(OUTCOME, { i: { animalId: dog.id, type: 'DIED', outcomeOn: '2023-03-20' } });
    expect(again.errors?.[0].message).toBe(
      'Cet animal est déjà sorti de la fourrière (adoption) : une seule sortie par animal.',
    );
  });

  it('should find the owner by chip and return the dog only once the fees are paid', async () => {
    const [dog] = (await agent.ok(INTAKE, { i: dogIntake({ identificationNumber: '250269604777888' }) }))
      .recordFourriereIntake;
    const found = await agent.ok(ANIMALS, { f: { identification: '250 269 604 777' } });
    expect(found.fourriereAnimals.items.map((a: { id: string }) => a.id)).toEqual([dog.id]);
    const search = await agent.ok(OWNER_SEARCH, {
      i: {
        animalId: dog.id,
        doneOn: '2023-03-06',
        kind: 'ICAD_LOOKUP',
        result: 'OWNER_FOUND',
        ownerName: 'Kevin Lemaire',
        ownerPhone: '06 12 34 56 78',
      },
    });
    expect(search.recordFourriereOwnerSearch.ownerSearches).toEqual([
      {
        kind: 'ICAD_LOOKUP',
        result: 'OWNER_FOUND',
        ownerName: 'Kevin Lemaire',
        ownerPhone: '06 12 34 56 78',
        recordedByLogin: 'agent.fourriere',
      },
    ]);

    // 70 € capture + 2 days × 15 € + 35 € veterinary visit
    const fees = await agent.ok(FEES, { id: dog.id, on: '2023-03-08' });
    expect(fees.fourriereAnimal.feesDue).toEqual({
      totalCents: 13500,
      tariffValidFrom: '2022-01-01',
      lines: [
        { code: 'CAPTURE', quantity: 1, amountCents: 7000 },
        { code: 'BOARDING', quantity: 2, amountCents: 3000 },
        { code: 'VET_VISIT', quantity: 1, amountCents: 3500 },
      ],
    });

    const ret = { animalId: dog.id, type: 'RETURNED', outcomeOn: '2023-03-08', ownerName: 'Kevin Lemaire' };
    const unpaid = await agent.request(OUTCOME, { i: ret });
    expect(unpaid.errors?.[0]).toMatchObject({
      message: 'Les frais de fourrière (135,00 €) doivent être payés avant la restitution.',
      extensions: { code: 'BAD_USER_INPUT', field: 'payment' },
    });
    const short = await agent.request(OUTCOME, { i: { ...ret, payment: { amountCents: 10000, method: 'CARD' } } });
    expect(short.errors?.[0].message).toBe(
      'Le paiement de 100,00 € ne couvre pas les frais de fourrière dus (135,00 €).',
    );

    const before = await indicatorValue(agent, 2023, 'fourriere.chiens_restitues');
    const paidBefore = await indicatorValue(agent, 2023, 'fourriere.frais_encaisses');
    const done = await agent.ok(OUTCOME, {
      i: { ...ret, payment: { amountCents: 13500, method: 'CARD', receiptNumber: 'QF-1' } },
    });
    expect(done.recordFourriereOutcome.outcome).toMatchObject({
      type: 'RETURNED',
      ownerName: 'Kevin Lemaire',
      stayCostCents: 13500,
    });
    expect(done.recordFourriereOutcome.payments).toEqual([
      {
        amountCents: 13500,
        method: 'CARD',
        lines: [
          { code: 'CAPTURE', amountCents: 7000 },
          { code: 'BOARDING', amountCents: 3000 },
          { code: 'VET_VISIT', amountCents: 3500 },
        ],
      },
    ]);
    expect(await indicatorValue(agent, 2023, 'fourriere.chiens_restitues')).toBe((before ?? 0) + 1);
    expect(await indicatorValue(agent, 2023, 'fourriere.frais_encaisses')).toBe((paidBefore ?? 0) + 135);
  });

  it('should identify an unidentified dog at the owner’s cost before returning it', async () => {
    const [dog] = (await agent.ok(INTAKE, { i: dogIntake({ identificationKind: 'NONE', identificationNumber: null }) }))
      .recordFourriereIntake;
    const ret = {
      animalId: dog.id,
      type: 'RETURNED',
      outcomeOn: '2023-03-07',
      ownerName: 'Céline Vasseur',
      payment: { amountCents: 18500, method: 'CASH' },
    };
    const refused = await agent.request(OUTCOME, { i: ret });
    expect(refused.errors?.[0].extensions?.field).toBe('identificationNumber');
    // 70 + 15 + 65 identification + 35
    const done = await agent.ok(OUTCOME, { i: { ...ret, identificationNumber: '250269604555666' } });
    expect(done.recordFourriereOutcome).toMatchObject({
      identificationKind: 'CHIP',
      identificationNumber: '250269604555666',
      outcome: { type: 'RETURNED', stayCostCents: 18500 },
    });
  });

  it('should let a requisition follow the court’s decision instead of the 8-day clock', async () => {
    const noRef = await agent.request(INTAKE, {
      i: dogIntake({ origin: 'REQUISITION', identificationKind: 'NONE', identificationNumber: null }),
    });
    expect(noRef.errors?.[0]).toMatchObject({
      message: 'La référence de la procédure judiciaire est obligatoire pour une réquisition.',
      extensions: { field: 'requisitionRef' },
    });
    const [dog] = (
      await agent.ok(INTAKE, {
        i: dogIntake({
          origin: 'REQUISITION',
          requisitionRef: 'PV 1234/23',
          identificationKind: 'NONE',
          identificationNumber: null,
        }),
      })
    ).recordFourriereIntake;
    expect(dog).toMatchObject({ holdingEnd: null, cessionAllowedFrom: null, holdingStatus: 'COURT' });
    const cede = { animalId: dog.id, type: 'CEDED', outcomeOn: '2023-03-08', associationName: 'SPA de Lens' };
    const early = await agent.request(OUTCOME, { i: cede });
    expect(early.errors?.[0].message).toBe(
      'Animal placé sur réquisition judiciaire : « Cession gratuite à une association (refuge) » attend la décision du tribunal, qui n’est pas encore enregistrée.',
    );
    const decided = await agent.ok(COURT, {
      i: {
        animalId: dog.id,
        decidedOn: '2023-03-08',
        ruling: 'CONFISCATION',
        content: 'Confiscation et remise à la SPA de Lens',
        expectedVersion: dog.version,
      },
    });
    expect(decided.recordFourriereCourtDecision.courtRuling).toBe('CONFISCATION');
    const returned = await agent.request(OUTCOME, {
      i: {
        animalId: dog.id,
        type: 'RETURNED',
        outcomeOn: '2023-03-08',
        ownerName: 'X',
        payment: { amountCents: 99999, method: 'CARD' },
        identificationNumber: '250269604111222',
      },
    });
    expect(returned.errors?.[0].message).toBe(
      'La décision judiciaire du 08/03/2023 ne permet pas « Restitution au propriétaire ».',
    );
    // two days after entry, well within what would be the 8 working days of an ordinary intake
    const done = await agent.ok(OUTCOME, { i: cede });
    expect(done.recordFourriereOutcome.outcome).toMatchObject({ type: 'CEDED', associationName: 'SPA de Lens' });
  });

  it('should count each kitten of a litter', async () => {
    const before = await indicatorValue(agent, 2023, 'fourriere.chats_entres');
    const d = await agent.ok(INTAKE, {
      i: {
        species: 'CAT',
        origin: 'CAPTURE_MAYOR',
        intakeAt: '2023-06-12T08:00:00.000Z',
        communeInsee: '62510',
        litterSize: 4,
        estimatedAge: '5 semaines',
      },
    });
    expect(d.recordFourriereIntake).toHaveLength(4);
    expect(new Set(d.recordFourriereIntake.map((a: { reference: string }) => a.reference)).size).toBe(4);
    expect(await indicatorValue(agent, 2023, 'fourriere.chats_entres')).toBe((before ?? 0) + 4);
    const chip = await agent.request(INTAKE, {
      i: {
        species: 'CAT',
        origin: 'CAPTURE_MAYOR',
        intakeAt: '2023-06-12T08:00:00.000Z',
        communeInsee: '62510',
        litterSize: 2,
        identificationKind: 'CHIP',
        identificationNumber: '250269604123456',
      },
    });
    expect(chip.errors?.[0].extensions?.field).toBe('litterSize');
  });

  it('should refuse a malformed chip or tattoo and an unknown commune, naming the field', async () => {
    const chip = await agent.request(INTAKE, { i: dogIntake({ identificationNumber: '25026960412345' }) });
    expect(chip.errors?.[0]).toMatchObject({
      message: 'Le numéro de puce doit compter exactement 15 chiffres.',
      extensions: { code: 'BAD_USER_INPUT', field: 'identificationNumber' },
    });
    const tattoo = await agent.request(INTAKE, {
      i: dogIntake({ identificationKind: 'TATTOO', identificationNumber: 'AB12' }),
    });
    expect(tattoo.errors?.[0].extensions?.field).toBe('identificationNumber');
    const commune = await agent.request(INTAKE, { i: dogIntake({ communeInsee: '75056' }) });
    expect(commune.errors?.[0]).toMatchObject({
      message: 'Cette commune n’est pas membre de la CALL.',
      extensions: { field: 'communeInsee' },
    });
    const litter = await agent.request(INTAKE, { i: dogIntake({ litterSize: 0 }) });
    expect(litter.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'litterSize' } });
    expect(litter.errors?.[0].message).toBe('Nombre d’animaux (portée) : doit être au moins 1.');
  });

  it('should keep 2023 prices when the director sets a 2024 tariff, and refuse it to an agent', async () => {
    const byAgent = await agent.request(TARIFF, {
      i: {
        validFrom: '2024-01-01',
        species: 'DOG',
        captureCents: 7500,
        boardingPerDayCents: 1600,
        identificationCents: 6800,
        vetVisitCents: 3800,
      },
    });
    expect(byAgent.errors?.[0]).toMatchObject({
      message: 'Seul le directeur de la fourrière modifie la grille tarifaire.',
      extensions: { code: 'FORBIDDEN' },
    });
    await director.ok(TARIFF, {
      i: {
        validFrom: '2024-01-01',
        species: 'DOG',
        captureCents: 7500,
        boardingPerDayCents: 1600,
        identificationCents: 6800,
        vetVisitCents: 3800,
      },
    });
    const [dog] = (
      await agent.ok(INTAKE, {
        i: dogIntake({ intakeAt: '2023-12-28T09:00:00.000Z', identificationNumber: '250269604000777' }),
      })
    ).recordFourriereIntake;
    expect(dog.holdingEnd).toBe('2024-01-10');
    const fees = await agent.ok(FEES, { id: dog.id, on: '2024-01-03' });
    expect(fees.fourriereAnimal.feesDue).toMatchObject({
      tariffValidFrom: '2022-01-01',
      totalCents: 7000 + 6 * 1500 + 3500,
    });
  });

  it('should show nothing of the fourrière to an agent of another directorate', async () => {
    const ads = await t.as('agent.ads');
    const list = await ads.request(ANIMALS, { f: { present: true } });
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(list.data).toBeNull();
    const write = await ads.request(INTAKE, { i: dogIntake() });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ind = await ads.request(`query { indicators(year: 2023, directorate: fourriere) { key } }`);
    expect(ind.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await (await t.as()).request(ANIMALS, { f: {} });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should list the present animals on the board, oldest first', async () => {
    const board = await agent.ok(ANIMALS, { f: { present: true }, limit: 100 });
    expect(board.fourriereAnimals.items.every((a: { present: boolean }) => a.present)).toBe(true);
    const dates = board.fourriereAnimals.items.map((a: { intakeOn: string }) => a.intakeOn);
    expect(dates).toEqual([...dates].sort());
    expect(board.fourriereAnimals.items[0]).toMatchObject({ holdingStatus: 'OVER' });
    expect(ANIMAL).toContain('holdingStatus');
  });
});
