import { fixedClock } from '../../src/core/kit/clock';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { indicators, LENS } from './permis-louer.factories';

const APD = 'id version number outcome tacitOn decidedOn finalApprovalOn';
const DEPOSIT_APD = `mutation($i: PdlApdDepositInput!) { depositPdlApd(input: $i) { ${APD} } }`;
const DECIDE_APD = `mutation($i: PdlApdDecideInput!) { decidePdlApd(input: $i) { ${APD} } }`;
const APPROVE = `mutation($i: PdlApdStepInput!) { approvePdlApdWorks(input: $i) { ${APD} } }`;
const CONTACT = `mutation($i: PdlContactInput!) { recordPdlContact(input: $i) }`;

describe('permis de louer: APD (permis de diviser) and the front desk log, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;
  const apd = (receivedOn: string) => ({
    ownerName: 'SCI Horizon',
    street: '20 rue de la Gare',
    communeInsee: LENS,
    dwellingsCount: 3,
    receivedOn,
  });

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
  });
  afterAll(() => t.close());

  it('should decide an APD within fifteen days, then record the final approval after works as its own step', async () => {
    const before = await indicators(agent, 2024);
    const d = (await agent.ok(DEPOSIT_APD, { i: apd('2024-06-10') })).depositPdlApd;
    expect(d).toMatchObject({ number: 'APD-2024-00001', tacitOn: '2024-06-26', outcome: null });
    const early = await agent.request(APPROVE, { i: { apdId: d.id, expectedVersion: d.version, on: '2024-06-12' } });
    expect(early.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const refusal = await agent.request(DECIDE_APD, {
      i: { apdId: d.id, expectedVersion: d.version, on: '2024-06-12', decision: 'REFUS' },
    });
    expect(refusal.errors?.[0].extensions?.field).toBe('reasons');
    const ok = (
      await agent.ok(DECIDE_APD, {
        i: { apdId: d.id, expectedVersion: d.version, on: '2024-06-12', decision: 'ACCORD' },
      })
    ).decidePdlApd;
    const final = (await agent.ok(APPROVE, { i: { apdId: d.id, expectedVersion: ok.version, on: '2024-06-14' } }))
      .approvePdlApdWorks;
    expect(final).toMatchObject({ outcome: 'ACCORD', finalApprovalOn: '2024-06-14' });
    const after = await indicators(agent, 2024);
    expect(after.get('permis_louer.apd_dossiers')!.value).toBe(
      (before.get('permis_louer.apd_dossiers')!.value ?? 0) + 1,
    );
    expect(after.get('permis_louer.apd_accords_finaux')!.value).toBe(
      (before.get('permis_louer.apd_accords_finaux')!.value ?? 0) + 1,
    );
    const list = await agent.ok<{ pdlApdDossiers: { total: number; items: { id: string; communeName: string }[] } }>(
      `{ pdlApdDossiers(limit: 10) { total items { id communeName finalApprovalOn } } }`,
    );
    expect(list.pdlApdDossiers.total).toBe(1);
    expect(list.pdlApdDossiers.items[0]).toMatchObject({
      id: d.id,
      communeName: 'Lens',
      finalApprovalOn: '2024-06-14',
    });
    const one = await agent.ok<{ pdlApdDossier: { version: number } }>(
      `query($id: ID!) { pdlApdDossier(id: $id) { version } }`,
      {
        id: d.id,
      },
    );
    expect(one.pdlApdDossier.version).toBe(final.version);
  });

  it('should make an APD tacit after fifteen days of silence and refuse a later decision', async () => {
    const d = (await agent.ok(DEPOSIT_APD, { i: apd('2024-05-20') })).depositPdlApd;
    expect(d).toMatchObject({ outcome: 'TACITE', decidedOn: '2024-06-05' });
    const late = await agent.request(DECIDE_APD, {
      i: { apdId: d.id, expectedVersion: d.version, on: '2024-06-06', decision: 'REFUS', reasons: 'x' },
    });
    expect(late.errors?.[0].message).toMatch(/tacitement acquise depuis le 05\/06\/2024/);
  });

  it('should log a front desk contact and count it by subject and channel', async () => {
    await agent.ok(CONTACT, {
      i: {
        contactOn: '2024-06-14',
        channel: 'WALK_IN',
        personType: 'LANDLORD',
        subject: 'PERMIS_LOUER',
        purpose: 'FOLLOW_UP',
      },
    });
    const future = await agent.request(CONTACT, {
      i: { contactOn: '2024-06-16', channel: 'PHONE', personType: 'LANDLORD', subject: 'ANAH', purpose: 'INFORMATION' },
    });
    expect(future.errors?.[0].extensions?.field).toBe('contactOn');
    const ind = await indicators(agent, 2024);
    expect(ind.get('permis_louer.guh_passages')!.value).toBe(1);
    expect(ind.get('permis_louer.guh_contacts_permis_louer')!.value).toBe(1);
    const list = await agent.ok<{ pdlContacts: { total: number; items: object[] } }>(
      `{ pdlContacts(limit: 5) { total items { contactOn channel personType subject purpose recordedByLogin } } }`,
    );
    expect(list.pdlContacts).toEqual({
      total: 1,
      items: [
        {
          contactOn: '2024-06-14',
          channel: 'WALK_IN',
          personType: 'LANDLORD',
          subject: 'PERMIS_LOUER',
          purpose: 'FOLLOW_UP',
          recordedByLogin: 'agent.permis_louer',
        },
      ],
    });
  });
});
