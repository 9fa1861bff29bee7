import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { dogIntake, FEES, INTAKE, OUTCOME, setDefaultTariffs } from './fourriere.factories';

const MANAGER = `mutation($i: FourriereManagerSettingInput!) { setFourriereManagerSetting(input: $i, confirmBackdated: true) { validFrom refugeAssociation inForce } }`;
const AT = `query($id: ID!) { fourriereAnimal(id: $id) { intakeAt intakeOn holdingEnd } }`;

describe('fourrière as the law runs it: Paris time, one chip per animal present, adoption (L211-25 II)', () => {
  let t: TestApp;
  let agent: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [fourriereModule] });
    agent = await t.as('agent.fourriere');
    admin = await t.as('admin');
    await setDefaultTariffs(await t.as('directeur.fourriere'));
  });
  afterAll(() => t.close());

  const intake = async (over: Record<string, unknown>) =>
    (await agent.ok(INTAKE, { i: dogIntake({ identificationKind: 'NONE', identificationNumber: null, ...over }) }))
      .recordFourriereIntake[0];

  it('should read 23:30 on 31 December without offset as Paris time, in the old year', async () => {
    const dog = await intake({ intakeAt: '2023-12-31T23:30' });
    expect(dog.intakeOn).toBe('2023-12-31');
    const read = await agent.ok(AT, { id: dog.id });
    expect(read.fourriereAnimal.intakeAt).toBe('2023-12-31T22:30:00.000Z');
    // with an explicit offset it is that instant: 23:30 UTC is already 1 January in Paris
    expect((await intake({ intakeAt: '2023-12-31T23:30:00Z' })).intakeOn).toBe('2024-01-01');
  });

  it('should follow the change to summer time on the last Sunday of March', async () => {
    const before = await intake({ intakeAt: '2024-03-31T01:30' });
    const after = await intake({ intakeAt: '2024-03-31T23:30' });
    expect((await agent.ok(AT, { id: before.id })).fourriereAnimal.intakeAt).toBe('2024-03-31T00:30:00.000Z');
    expect((await agent.ok(AT, { id: after.id })).fourriereAnimal).toMatchObject({
      intakeAt: '2024-03-31T21:30:00.000Z',
      intakeOn: '2024-03-31',
    });
    const gap = await agent.request(INTAKE, {
      i: dogIntake({ identificationKind: 'NONE', identificationNumber: null, intakeAt: '2024-03-31T02:30' }),
    });
    expect(gap.errors?.[0]).toMatchObject({
      message: 'L’heure 02:30 n’existe pas le 31/03/2024 en France (passage à l’heure d’été) : saisissez 03:30.',
      extensions: { code: 'BAD_USER_INPUT', field: 'intakeAt' },
    });
  });

  it('should refuse a chip already present in the pound, naming the animal, and accept it once it has left', async () => {
    const chip = { identificationKind: 'CHIP', identificationNumber: '250269604999001' };
    const [first] = (await agent.ok(INTAKE, { i: dogIntake(chip) })).recordFourriereIntake;
    const again = await agent.request(INTAKE, {
      i: dogIntake({ ...chip, identificationNumber: '250 269 604 999 001' }),
    });
    expect(again.errors?.[0]).toMatchObject({
      message: `Ce numéro d’identification est déjà celui de l’animal ${first.reference}, présent en fourrière depuis le 06/03/2023 : ouvrez sa fiche plutôt que de l’enregistrer une seconde fois.`,
      extensions: { code: 'BAD_USER_INPUT', field: 'identificationNumber', details: { animalId: first.id } },
    });
    await agent.ok(OUTCOME, { i: { animalId: first.id, type: 'ESCAPED', outcomeOn: '2023-03-07', reason: 'Fugue' } });
    const back = await agent.ok(INTAKE, { i: dogIntake({ ...chip, intakeAt: '2023-05-02T10:00' }) });
    expect(back.recordFourriereIntake[0].id).not.toBe(first.id);
  });

  it('should refuse two simultaneous intakes of the same chip but one', async () => {
    const i = dogIntake({ identificationKind: 'CHIP', identificationNumber: '250269604999002' });
    const results = await Promise.all([agent.request(INTAKE, { i }), agent.request(INTAKE, { i })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it('should reserve adoption to associations with a refuge unless an administrator declares the manager one', async () => {
    const dog = await intake({});
    const adopt = { animalId: dog.id, type: 'ADOPTED', outcomeOn: '2023-03-20', adopterName: 'Julie Caron' };
    const refused = await agent.request(OUTCOME, { i: adopt });
    expect(refused.errors?.[0].message).toContain('art. L211-25 II du Code rural');
    expect((await agent.ok(FEES, { id: dog.id, on: '2023-03-20' })).fourriereAnimal.allowedOutcomes).not.toContain(
      'ADOPTED',
    );
    const setting = { validFrom: '2023-01-01', managerName: 'SPA de Lens', refugeAssociation: true };
    expect((await agent.request(MANAGER, { i: setting })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const declared = await admin.ok(MANAGER, { i: setting });
    expect(declared.setFourriereManagerSetting).toEqual([
      { validFrom: '2023-01-01', refugeAssociation: true, inForce: true },
    ]);
    const done = await agent.ok(OUTCOME, { i: adopt });
    expect(done.recordFourriereOutcome.outcome.type).toBe('ADOPTED');
  });
});
