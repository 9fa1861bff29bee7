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

  it('should give the share of visited dwellings with defects, computed from the visit grids', async () => {
    const rows = await t.app.db.read((em) =>
      em.query<{ visited: number; with_defect: number; serious: number }[]>(
        `SELECT count(*)::int AS visited,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pdl_defect x WHERE x.dossier_id = d.id))::int AS with_defect,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pdl_defect x WHERE x.dossier_id = d.id
                                               AND x.severity IN ('MAJOR', 'CRITICAL')))::int AS serious
           FROM pdl_apml_dossier d WHERE d.visited_on BETWEEN '2023-01-01' AND '2023-12-31'`,
      ),
    );
    const { visited, with_defect, serious } = rows[0];
    expect(with_defect).toBeGreaterThan(0);
    expect(y2023.get('permis_louer.taux_logements_desordres')!.value).toBeCloseTo((with_defect * 100) / visited, 1);
    expect(y2023.get('permis_louer.taux_logements_desordres_graves')!.value).toBeCloseTo((serious * 100) / visited, 1);
    const worst = by(y2023, 'permis_louer.visites', 'worstDefect');
    expect(worst.NONE).toBe(visited - with_defect);
    expect(worst.CRITICAL).toBe(serious);
  });

  it('should mark the 13 unnamed communes of 2020 as demo memberships, and date Lens’s whole territory from 2025', async () => {
    const rows = await t.app.db.read((em) =>
      em.query<{ demo: number; named: number }[]>(
        `SELECT count(*) FILTER (WHERE source LIKE 'démo%')::int AS demo,
                count(*) FILTER (WHERE source NOT LIKE 'démo%')::int AS named
           FROM service_membership WHERE service = 'permis_louer'`,
      ),
    );
    expect(rows[0]).toEqual({ demo: 13, named: 7 });
    const lens = await t.app.db.read((em) =>
      em.query<{ kind: string; valid_from: string; valid_to: string | null }[]>(
        `SELECT p.kind, to_char(p.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(p.valid_to, 'YYYY-MM-DD') AS valid_to
           FROM pdl_perimeter p JOIN commune c ON c.insee_code = p.commune_insee
          WHERE c.name = 'Lens' ORDER BY p.valid_from`,
      ),
    );
    expect(lens).toEqual([
      { kind: 'STREETS', valid_from: '2020-01-01', valid_to: '2024-12-31' },
      { kind: 'WHOLE_COMMUNE', valid_from: '2025-01-01', valid_to: null },
    ]);
    const unlinked = await t.app.db.read((em) =>
      em.query(`SELECT count(*)::int AS n FROM pdl_perimeter WHERE membership_id IS NULL`),
    );
    expect(unlinked[0].n).toBe(0);
  });

  it('should keep a current queue of dossiers awaiting decision', async () => {
    const q = (await director.ok(DOSSIERS, { f: { tacitQueue: true } })).pdlApmlDossiers;
    expect(q.total).toBeGreaterThanOrEqual(8);
    expect(q.items.some((i: { urgency: string }) => i.urgency === 'RED')).toBe(true);
  });
});
