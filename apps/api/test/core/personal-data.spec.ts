import { DEFAULT_RETENTION } from '@call/domain';
import { AuditService } from '../../src/core/audit/audit.service';
import { PersonalDataService } from '../../src/core/personal-data/personal-data.service';
import { MODULES } from '../../src/modules';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const INDICATORS = `{ indicators(year: 2023) { key value previousValue breakdowns { dimension items { member value } } } }`;
const EXPORT = `query($s: String!) { personalDataExport(search: $s) { label rows } }`;

describe('personal data: retention and subject access', () => {
  let t: TestApp;
  let admin: GqlClient;
  let dgs: GqlClient;
  beforeAll(async () => {
    t = await startTestApp({ activity: true });
    admin = await t.as('admin');
    dgs = await t.as('dgs');
  });
  afterAll(() => t.close());

  it('should export what is held about one person, bounded, to the administrator only', async () => {
    const [{ applicant_name: name }] = await t.app.db.read((em) =>
      em.query(`SELECT applicant_name FROM ads_dossier ORDER BY number LIMIT 1`),
    );
    const found = await admin.ok(EXPORT, { s: name });
    const ads = found.personalDataExport.find((s: { label: string }) => s.label.startsWith('Dossiers ADS'));
    expect(ads.rows.length).toBeGreaterThan(0);
    expect(ads.rows.length).toBeLessThanOrEqual(200);
    expect(
      ads.rows.every((r: { applicantName: string; landAddress: string }) =>
        `${r.applicantName} ${r.landAddress}`.toLowerCase().includes(name.toLowerCase()),
      ),
    ).toBe(true);
    const account = await admin.ok(EXPORT, { s: 'agent.ads' });
    expect(account.personalDataExport.map((s: { label: string }) => s.label)).toContain('Comptes utilisateurs');
    const short = await admin.request(EXPORT, { s: 'ab' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect((await dgs.request(EXPORT, { s: name })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should anonymise records past retention and leave every indicator equal', async () => {
    const before = (await dgs.ok(INDICATORS)).indicators;
    const service = new PersonalDataService(t.app.db, new AuditService(), MODULES, DEFAULT_RETENTION);
    // far enough in the future for every closed record of the demo year to be past retention
    const reports = await service.anonymise(null, '2045-01-01');
    const count = (kind: string) => reports.find((r) => r.kind === kind)!.records;
    expect(count('ads')).toBeGreaterThan(1000);
    expect(count('fourriere')).toBeGreaterThan(100);
    expect(count('audit')).toBeGreaterThan(0);
    expect((await dgs.ok(INDICATORS)).indicators).toEqual(before);

    const [left] = await t.app.db.read((em) =>
      em.query(`SELECT
        (SELECT count(*) FROM ads_dossier WHERE closed_on IS NOT NULL AND applicant_name <> 'anonymisé')::int AS ads,
        (SELECT count(*) FROM fourriere_outcome WHERE owner_name <> 'anonymisé' OR adopter_name <> 'anonymisé')::int AS owners,
        (SELECT count(*) FROM fourriere_payment WHERE payer_name <> 'anonymisé')::int AS payers,
        (SELECT count(*) FROM audit_entry WHERE user_login <> 'anonymisé' AND at < '2040-01-01')::int AS audit`),
    );
    expect(left).toEqual({ ads: 0, owners: 0, payers: 0, audit: 0 });
    // idempotent: a second run finds nothing more
    const again = await service.anonymise(null, '2045-01-01');
    expect(again.filter((r) => r.kind !== 'audit').every((r) => r.records === 0)).toBe(true);
  });

  it('should let the administrator run the job, and nobody else', async () => {
    const r = await admin.ok(`mutation { anonymisePastRetention { kind cutoff records } }`);
    expect(r.anonymisePastRetention.map((x: { kind: string }) => x.kind)).toEqual(['fourriere', 'ads', 'audit']);
    const agent = await t.as('agent.ads');
    const refused = await agent.request(`mutation { anonymisePastRetention { kind } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
