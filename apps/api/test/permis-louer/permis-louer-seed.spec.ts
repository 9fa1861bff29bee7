import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { DOSSIERS, indicators } from './permis-louer.factories';

type Figures = Awaited<ReturnType<typeof indicators>>;

describe('permis de louer demo seed: the 2023 report’s figures, computed from records', () => {
  let t: TestApp;
  let director: GqlClient;
  let y2023: Figures;
  let y2022: Figures;

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [permisLouerModule] });
    director = await t.as('directeur.permis_louer');
    y2023 = await indicators(director, 2023);
    y2022 = await indicators(director, 2022);
  });
  afterAll(() => t.close());

  const by = (f: Figures, key: string, dim: string) =>
    Object.fromEntries(
      f
        .get(key)!
        .breakdowns.find((b) => b.dimension === dim)!
        .items.map((i) => [i.member, i.value]),
    );

  it('should count 1668 APML in 2023 and 5102 since 2020', () => {
    expect(y2023.get('permis_louer.apml_dossiers')!.value).toBe(1668);
    expect(y2023.get('permis_louer.apml_depuis_debut')!.value).toBe(5102);
  });

  it('should count 18 communes in the scheme in 2022 and 20 in 2023', () => {
    expect(y2022.get('permis_louer.communes')!.value).toBe(18);
    expect(y2023.get('permis_louer.communes')!.value).toBe(20);
  });

  it('should count 3765 addresses controlled with a 30 % filing rate, 1025 reports, 102 orders, 11 fines for 22,000 €', () => {
    expect(y2023.get('permis_louer.adresses_controlees')!.value).toBe(3765);
    expect(Math.round(y2023.get('permis_louer.taux_depot_apres_controle')!.value!)).toBe(30);
    expect(y2023.get('permis_louer.signalements_ddtm')!.value).toBe(1025);
    expect(by(y2023, 'permis_louer.signalements_ddtm', 'authority')).toEqual({ PREFET: 1025 });
    expect(y2023.get('permis_louer.arretes')!.value).toBe(102);
    expect(y2023.get('permis_louer.titres_perception')!.value).toBe(11);
    expect(y2023.get('permis_louer.amendes_montant')!.value).toBe(22000);
  });

  it('should count 50 APD of which 13 final approvals, and 48 dossiers followed with the ANAH', () => {
    expect(y2023.get('permis_louer.apd_dossiers')!.value).toBe(50);
    expect(y2023.get('permis_louer.apd_accords_finaux')!.value).toBe(13);
    expect(y2023.get('permis_louer.dossiers_anah')!.value).toBe(48);
  });

  it('should give the front desk’s figures: 1888 calls, 297 walk-ins, 678 about the permis de louer', () => {
    expect(y2023.get('permis_louer.guh_appels')!.value).toBe(1888);
    expect(y2023.get('permis_louer.guh_passages')!.value).toBe(297);
    expect(y2023.get('permis_louer.guh_contacts_permis_louer')!.value).toBe(678);
    const person = by(y2023, 'permis_louer.guh_contacts', 'person');
    expect([person.OWNER_OCCUPIER, person.LANDLORD]).toEqual([1039, 706]);
    const subject = by(y2023, 'permis_louer.guh_contacts', 'subject');
    expect([subject.ANAH, subject.ADIL]).toEqual([309, 149]);
    const purpose = by(y2023, 'permis_louer.guh_contacts', 'purpose');
    const total = y2023.get('permis_louer.guh_contacts')!.value!;
    expect(
      [purpose.INFORMATION, purpose.APPOINTMENT, purpose.FOLLOW_UP].map((n) => Math.round((n * 1000) / total) / 10),
    ).toEqual([30.1, 28.7, 28.2]);
  });

  it('should count tacit authorisations among the decisions without anyone recording them', () => {
    const outcomes = by(y2023, 'permis_louer.apml_decisions', 'outcome');
    expect(outcomes.TACITE).toBeGreaterThan(0);
    expect(y2023.get('permis_louer.apml_tacites')!.value).toBe(outcomes.TACITE);
  });

  it('should keep a current queue of dossiers awaiting decision', async () => {
    const q = (await director.ok(DOSSIERS, { f: { tacitQueue: true } })).pdlApmlDossiers;
    expect(q.total).toBeGreaterThanOrEqual(8);
    expect(q.items.some((i: { urgency: string }) => i.urgency === 'RED')).toBe(true);
  });
});
