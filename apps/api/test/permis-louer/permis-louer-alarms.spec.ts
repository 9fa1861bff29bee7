import { fixedClock } from '../../src/core/kit/clock';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { liveClient, sessionCookie, subscribe, untilSubscribers } from '../live/live-client';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  apmlDeposit,
  COMPLETE,
  DECIDE,
  DEPOSIT,
  DOSSIERS,
  joinScheme,
  LENS,
  PERIMETER,
} from './permis-louer.factories';

type Apml = { id: string; version: number; number: string; urgency: string | null; tacitOn: string };
const CHANGED = `subscription($d: Directorate) { indicatorsChanged(directorate: $d) { directorate tables } }`;

// today is Saturday 15 June 2024 for the whole file
describe('permis de louer: the alarm of APML close to a tacit authorisation, and the live figures', () => {
  let t: TestApp;
  let agent: GqlClient;
  const deposit = async (receivedOn: string, ownerName: string) =>
    (
      await agent.ok<{ depositPdlApml: Apml }>(DEPOSIT, {
        i: apmlDeposit({ receivedOn, depositedOn: receivedOn, ownerName }),
      })
    ).depositPdlApml;
  // as the core sees it: through the module's manifest
  const alarm = permisLouerModule.alarms!.find((a) => a.key === 'permis_louer.apml_close_to_tacit')!;

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
    await joinScheme(await t.as('admin'), LENS, '2022-07-01');
    await agent.ok(PERIMETER, {
      i: { communeInsee: LENS, kind: 'WHOLE_COMMUNE', publishedOn: '2022-01-10', validFrom: '2022-07-10' },
    });
  });
  afterAll(() => t.close());

  it('should count and list exactly the undecided dossiers silence will authorise in fewer than seven days', async () => {
    const tomorrow = await deposit('2024-05-15', 'Tacite demain'); // tacit on 16 June
    const sixDays = await deposit('2024-05-20', 'Tacite dans six jours'); // 21 June
    await deposit('2024-05-21', 'Tacite dans sept jours'); // 22 June: not red yet
    await deposit('2024-05-10', 'Déjà tacite'); // 11 June: acquired, no longer an alarm
    const decided = await deposit('2024-05-16', 'Décidé'); // 17 June, but decided
    const c = (
      await agent.ok<{ completePdlApml: Apml }>(COMPLETE, {
        i: { dossierId: decided.id, expectedVersion: decided.version, on: '2024-05-17' },
      })
    ).completePdlApml;
    await agent.ok(DECIDE, {
      i: { dossierId: c.id, expectedVersion: c.version, on: '2024-06-14', decision: 'ACCORD' },
    });

    const page = await t.app.db.read((em) => alarm.find(em, '2024-06-15', { limit: 10, offset: 0 }));
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id)).toEqual([tomorrow.id, sixDays.id]);
    expect(page.rows[0]).toMatchObject({
      reference: tomorrow.number,
      label: 'Tacite demain — 5 rue de la Gare, Lens',
      dueDate: '2024-06-16',
      detail: 'Tacite le 16/06/2024 (dans 1 jour) sans décision notifiée',
    });
    expect(alarm.recordPath(tomorrow.id)).toBe(`/permis-louer/apml/${tomorrow.id}`);

    // the same records as the red ones of the tacit queue on the screen
    const queue = await agent.ok<{ pdlApmlDossiers: { items: Apml[] } }>(DOSSIERS, { f: { tacitQueue: true } });
    expect(queue.pdlApmlDossiers.items.filter((d) => d.urgency === 'RED').map((d) => d.id)).toEqual(
      page.rows.map((r) => r.id),
    );
    // paged: the total stays, the rows move
    const second = await t.app.db.read((em) => alarm.find(em, '2024-06-15', { limit: 1, offset: 1 }));
    expect(second).toEqual({ total: 2, rows: [page.rows[1]] });
  });

  it('should tell the director’s page live when a permis de louer record is saved', async () => {
    const director = subscribe<{ indicatorsChanged: { directorate: string; tables: string[] } }>(
      liveClient(t, await sessionCookie(t, 'directeur.permis_louer')),
      CHANGED,
      { d: 'permis_louer' },
    );
    await untilSubscribers(t, 1);
    await deposit('2024-06-14', 'Dossier en direct');
    const heard = await director.next();
    expect(heard.errors).toBeUndefined();
    expect(heard.data?.indicatorsChanged.directorate).toBe('permis_louer');
    expect(heard.data?.indicatorsChanged.tables).toContain('pdl_apml_dossier');
    await director.close();
  });
});
