import { adsDossierInput } from '../ads/ads.factories';
import { COURT, dogIntake, INTAKE } from '../fourriere/fourriere.factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateAdsDossierInput!) { updateAdsDossier(id: $id, input: $i) { version applicantName } }`;
const MOVE = `mutation($id: ID!, $i: AdsTransitionInput!) { transitionAdsDossier(id: $id, input: $i) { version status } }`;
const DOSSIER = `query($id: ID!) { adsDossier(id: $id) { version applicantName status } }`;
const ANIMAL = `query($id: ID!) { fourriereAnimal(id: $id) { version courtRuling courtDecision } }`;

const STALE = (subject: string) =>
  new RegExp(
    `^${subject} entre-temps par Agent — [^:]+ le \\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2} : rechargez la page\\.$`,
  );

describe('optimistic locking: a stale save is refused, never silently applied', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.as('agent.ads');
    director = await t.as('directeur.ads');
  });
  afterAll(() => t.close());

  it('should accept one of two corrections made from the same version and refuse the other', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, { i: adsDossierInput() });
    expect(d.version).toBe(1);
    const results = await Promise.all(
      ['Jeanne Martin', 'Jean Martin'].map((applicantName, k) =>
        (k ? director : agent).request(UPDATE, { id: d.id, i: { applicantName, expectedVersion: d.version } }),
      ),
    );
    const saved = results.filter((r) => r.data?.updateAdsDossier);
    const refused = results.flatMap((r) => r.errors ?? []);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(refused[0].message).toMatch(/^Ce dossier a été modifié entre-temps par .+ : rechargez la page\.$/);
    // what is stored is the save that won, nothing of the refused one
    const stored = (await agent.ok(DOSSIER, { id: d.id })).adsDossier;
    expect(stored).toMatchObject({ version: 2, applicantName: saved[0].data.updateAdsDossier.applicantName });
  });

  it('should name the agent who changed the dossier when a step is saved from an old screen', async () => {
    const { createAdsDossier: d } = await agent.ok(CREATE, { i: adsDossierInput({ applicantName: 'SCI Liévin' }) });
    await agent.ok(UPDATE, { id: d.id, i: { applicantName: 'SCI Liévin Centre', expectedVersion: d.version } });
    const stale = await director.request(MOVE, {
      id: d.id,
      i: { action: 'DECLARE_COMPLETE', on: '2025-03-12', expectedVersion: d.version },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(STALE('Ce dossier a été modifié'));
    expect((await agent.ok(DOSSIER, { id: d.id })).adsDossier).toMatchObject({ version: 2, status: 'DEPOSITED' });
    // reloaded, the same step goes through
    const fresh = await director.ok(MOVE, {
      id: d.id,
      i: { action: 'DECLARE_COMPLETE', on: '2025-03-12', expectedVersion: 2 },
    });
    expect(fresh.transitionAdsDossier).toMatchObject({ version: 3, status: 'COMPLETE' });
  });

  it('should keep one of two court decisions recorded for one animal from the same version', async () => {
    const pound = await t.as('agent.fourriere');
    const [dog] = (
      await pound.ok(INTAKE, {
        i: dogIntake({
          origin: 'REQUISITION',
          requisitionRef: 'PV 77/23',
          identificationKind: 'NONE',
          identificationNumber: null,
        }),
      })
    ).recordFourriereIntake;
    const decide = (ruling: string, content: string) =>
      pound.request(COURT, {
        i: { animalId: dog.id, decidedOn: '2023-03-08', ruling, content, expectedVersion: dog.version },
      });
    const results = await Promise.all([
      decide('CONFISCATION', 'Confiscation et remise à la SPA de Lens'),
      decide('RESTITUTION', 'Restitution au propriétaire'),
    ]);
    const saved = results.filter((r) => r.data?.recordFourriereCourtDecision);
    const refused = results.flatMap((r) => r.errors ?? []);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(refused[0].message).toMatch(STALE('Cette fiche a été modifiée'));
    const stored = (await pound.ok(ANIMAL, { id: dog.id })).fourriereAnimal;
    expect(stored.version).toBe(dog.version + 1);
    expect(stored.courtRuling).toBe(saved[0].data.recordFourriereCourtDecision.courtRuling);
  });
});
