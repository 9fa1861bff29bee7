import { startTestApp, type TestApp } from '../support/test-app';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { ANIMALS, INDICATORS } from './fourriere.factories';

type Ind = {
  key: string;
  value: number | null;
  previousValue: number | null;
  breakdowns: { dimension: string; items: { member: string; label: string; value: number }[] }[];
};

describe('fourrière demo seed: the 2023 report’s figures, computed by the indicator engine', () => {
  let t: TestApp;
  let byKey: Map<string, Ind>;

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [fourriereModule] });
    const director = await t.as('directeur.fourriere');
    const d = await director.ok<{ indicators: Ind[] }>(INDICATORS, { y: 2023 });
    byKey = new Map(d.indicators.map((i) => [i.key, i]));
  });
  afterAll(() => t.close());

  const value = (k: string) => byKey.get(k)?.value;
  const breakdown = (k: string, dim: string) =>
    Object.fromEntries(
      byKey
        .get(k)!
        .breakdowns.find((b) => b.dimension === dim)!
        .items.map((i) => [i.member, i.value]),
    );

  it('should reproduce the dogs of the report: 386 found, 27 on requisition, 239 returned, 123 to adoption', () => {
    expect(value('fourriere.chiens_entres')).toBe(386);
    expect(value('fourriere.chiens_requisitions')).toBe(27);
    expect(breakdown('fourriere.chiens_entres', 'origin')).toEqual({ CAPTURE_MAYOR: 359, REQUISITION: 27 });
    expect(value('fourriere.chiens_restitues')).toBe(239);
    expect(value('fourriere.chiens_adoption')).toBe(123);
    expect(breakdown('fourriere.chiens_adoption', 'type')).toEqual({ CEDED: 95, ADOPTED: 28 });
  });

  it('should reproduce the cats of the report: 86 counting litters, 6 returned, 14 adopted through associations', () => {
    expect(value('fourriere.chats_entres')).toBe(86);
    expect(value('fourriere.chats_restitues')).toBe(6);
    expect(value('fourriere.chats_adoption')).toBe(14);
    expect(value('fourriere.entrees')).toBe(472);
    expect(breakdown('fourriere.entrees', 'species')).toEqual({ DOG: 386, CAT: 86 });
  });

  it('should spread the activity over communes and months, with 2022 for the evolution', () => {
    expect(Object.keys(breakdown('fourriere.entrees', 'month'))).toHaveLength(12);
    expect(Object.keys(breakdown('fourriere.entrees', 'commune')).length).toBeGreaterThan(25);
    expect(byKey.get('fourriere.chiens_entres')!.previousValue).toBe(404);
    expect(byKey.get('fourriere.chats_entres')!.previousValue).toBe(98);
    expect(byKey.get('fourriere.chiens_restitues')!.previousValue).toBe(253);
  });

  it('should give the outcomes, the stay and the animals present on 31 December', () => {
    expect(breakdown('fourriere.sorties', 'type')).toEqual({
      RETURNED: 245,
      CEDED: 109,
      ADOPTED: 28,
      RELEASED: 38,
      EUTHANISED: 20,
      DIED: 15,
      ESCAPED: 2,
    });
    expect(value('fourriere.presents_fin_annee')).toBe(15);
    expect(breakdown('fourriere.presents_fin_annee', 'species')).toEqual({ DOG: 11, CAT: 4 });
    // 239 + 6 returned out of 472 entered (all of them returned within 2023)
    expect(value('fourriere.taux_restitution')).toBe(51.91);
    expect(breakdown('fourriere.taux_restitution', 'species')).toEqual({ DOG: 61.92, CAT: 6.98 });
    // the seed is deterministic (seeded PRNG): these are its exact figures
    expect(value('fourriere.duree_sejour_moyenne')).toBe(13.9);
    expect(value('fourriere.duree_sejour_mediane')).toBe(6);
    expect(value('fourriere.frais_encaisses')).toBe(45825);
    expect(value('fourriere.cout_sejours')).toBe(138295);
    expect(Object.values(breakdown('fourriere.cout_sejours', 'commune')).reduce((a, b) => a + b, 0)).toBeCloseTo(
      138295,
      2,
    );
  });

  it('should put a few animals on today’s board', async () => {
    const agent = await t.as('agent.fourriere');
    const board = await agent.ok(ANIMALS, { f: { present: true } });
    expect(board.fourriereAnimals.total).toBeGreaterThanOrEqual(8);
    expect(board.fourriereAnimals.items.some((a: { holdingStatus: string }) => a.holdingStatus === 'COURT')).toBe(true);
  });
});
