import { fixedClock } from '../../src/core/kit/clock';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { IMPORT, indicators, LENS, OFFENCE, SANCTION_STEP } from './permis-louer.factories';

const HEADER = 'adresse;code_insee;date_controle;resultat';

describe('permis de louer: CAF control batches and the sanctions pipeline, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
  });
  afterAll(() => t.close());

  it('should import nothing when a line is bad, naming each bad line, then import a clean batch whole', async () => {
    const bad = [
      HEADER,
      `3 rue de la Gare;${LENS};2024-03-04;Dossier déposé après contact`,
      `;99999;2024-13-01;ALREADY_AUTHORISED`,
      `8 rue Basly;${LENS};2024-03-05;peut-être`,
    ].join('\n');
    const r = (await agent.ok(IMPORT, { i: { fileName: 'caf-mars.csv', receivedOn: '2024-03-01', csv: bad } }))
      .importPdlControlBatch;
    expect(r.imported).toBe(false);
    expect(r.lines).toBe(3);
    expect(r.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    expect(r.errors[0].message).toMatch(/adresse manquante.*code INSEE « 99999 » inconnu.*date de contrôle/);
    expect(r.errors[1].message).toMatch(/résultat « peut-être » inconnu/);
    expect((await indicators(agent, 2024)).get('permis_louer.adresses_controlees')!.value ?? 0).toBe(0);

    const good = [
      HEADER,
      `3 rue de la Gare;${LENS};2024-03-04;Dossier déposé après contact`,
      `8 rue Basly;${LENS};2024-03-05;NO_ANSWER`,
      `1 rue Zola;${LENS};2024-03-06;not_let`,
      '',
    ].join('\r\n');
    const ok = (await agent.ok(IMPORT, { i: { fileName: 'caf-mars.csv', receivedOn: '2024-03-01', csv: good } }))
      .importPdlControlBatch;
    expect(ok).toEqual({ imported: true, lines: 3, errors: [] });
    const ind = await indicators(agent, 2024);
    expect(ind.get('permis_louer.adresses_controlees')!.value).toBe(3);
    expect(ind.get('permis_louer.taux_depot_apres_controle')!.value).toBeCloseTo(33.3, 1);
    // the refused file left no batch; the imported one is listed with its counts
    const batches = await agent.ok<{ pdlControlBatches: { total: number; items: object[] } }>(
      `{ pdlControlBatches(limit: 10) { total items { fileName receivedOn addresses filedAfterContact } } }`,
    );
    expect(batches.pdlControlBatches).toEqual({
      total: 1,
      items: [{ fileName: 'caf-mars.csv', receivedOn: '2024-03-01', addresses: 3, filedAfterContact: 1 }],
    });
  });

  it('should refuse a file without the expected header, naming the field', async () => {
    const r = await agent.request(IMPORT, { i: { fileName: 'x.csv', receivedOn: '2024-03-01', csv: 'a;b\n1;2' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('should send an offence found before the law of 9 April 2024 to the préfet, after it to the EPCI president', async () => {
    const offence = {
      ownerName: 'SCI Les Tilleuls',
      street: '4 rue de la Gare',
      communeInsee: LENS,
      offence: 'LET_WITHOUT_AUTHORISATION',
    };
    const before = (await agent.ok(OFFENCE, { i: { ...offence, foundOn: '2023-09-01' } })).recordPdlOffence;
    expect(before).toMatchObject({ authority: 'PREFET', maxFine: 5000 });
    const since = (await agent.ok(OFFENCE, { i: { ...offence, ownerName: 'Jean Dupont', foundOn: '2024-05-02' } }))
      .recordPdlOffence;
    expect(since).toMatchObject({ authority: 'EPCI_PRESIDENT', maxFine: 5000 });
    const despite = (
      await agent.ok(OFFENCE, {
        i: { ...offence, ownerName: 'Paul Roy', offence: 'LET_DESPITE_REFUSAL', foundOn: '2024-05-02' },
      })
    ).recordPdlOffence;
    expect(despite.maxFine).toBe(15000);
  });

  it('should walk report → observations → order within the ceiling, then count the order and the fine', async () => {
    const s0 = (
      await agent.ok(OFFENCE, {
        i: {
          ownerName: 'Luc Petit',
          street: '9 rue de la Gare',
          communeInsee: LENS,
          offence: 'LET_WITHOUT_AUTHORISATION',
          foundOn: '2024-04-20',
        },
      })
    ).recordPdlOffence;
    const step = (s: { id: string; version: number }, stepName: string, on: string, amount?: number) =>
      agent.request(SANCTION_STEP, { i: { sanctionId: s.id, expectedVersion: s.version, step: stepName, on, amount } });
    const skip = await step(s0, 'ORDER', '2024-06-01', 1000);
    expect(skip.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const s1 = (await step(s0, 'REPORT', '2024-04-22')).data!.recordPdlSanctionStep;
    const s2 = (await step(s1, 'INVITE', '2024-05-02')).data!.recordPdlSanctionStep;
    const tooSoon = await step(s2, 'ORDER', '2024-05-30', 3000);
    expect(tooSoon.errors?.[0].extensions?.field).toBe('on');
    expect(tooSoon.errors?.[0].message).toMatch(/délai d’observations/);
    const tooMuch = await step(s2, 'ORDER', '2024-06-10', 6000);
    expect(tooMuch.errors?.[0].extensions?.field).toBe('amount');
    expect(tooMuch.errors?.[0].message).toMatch(/5\s000 € \(L635-7\)/);
    const s3 = (await step(s2, 'ORDER', '2024-06-10', 3000)).data!.recordPdlSanctionStep;
    expect(s3).toMatchObject({ orderedOn: '2024-06-10', amount: 3000 });
    await step(s3, 'REVENUE_ORDER', '2024-06-12');
    const ind = await indicators(agent, 2024);
    expect(ind.get('permis_louer.signalements_ddtm')!.value).toBe(1);
    expect(ind.get('permis_louer.arretes')!.value).toBe(1);
    expect(ind.get('permis_louer.amendes_montant')!.value).toBe(3000);
    const toCollect = await agent.ok<{ pdlSanctions: { total: number; items: object[] } }>(
      `{ pdlSanctions(filter: { stage: TO_COLLECT }, limit: 10) { total items { id ownerName communeName stage } } }`,
    );
    expect(toCollect.pdlSanctions).toEqual({
      total: 1,
      items: [{ id: s0.id, ownerName: 'Luc Petit', communeName: 'Lens', stage: 'TO_COLLECT' }],
    });
    const toReport = await agent.ok<{ pdlSanctions: { total: number } }>(
      `{ pdlSanctions(filter: { stage: TO_REPORT }, limit: 10) { total } }`,
    );
    expect(toReport.pdlSanctions.total).toBe(3); // the three offences of the previous test
  });
});
