import { CHANGES_TOPIC } from '../../src/core/live/change-bus';
import { liveClient, sessionCookie, subscribe, untilSubscribers } from '../live/live-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { crematoriumModule } from '../../src/modules/crematorium/crematorium.module';
import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { BOOK, booking } from './crematorium.factories';

const CHANGED = `subscription($d: Directorate) { indicatorsChanged(directorate: $d) { directorate tables } }`;
type Changed = { indicatorsChanged: { directorate: string; tables: string[] } };

describe('crématorium: live figures on the director’s page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ modules: [crematoriumModule, pretMaterielModule] });
  });
  afterAll(() => t.close());

  it('should tell the crématorium’s director, and only them, that saving a cremation moved its figures', async () => {
    const director = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.crematorium')), CHANGED, {
      d: 'crematorium',
    });
    const other = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.pret_materiel')), CHANGED, {
      d: null,
    });
    await untilSubscribers(t, 2);
    const agent = await t.as('agent.crematorium');
    await agent.ok(BOOK, { i: booking() });

    const heard = await director.next();
    expect(heard.errors).toBeUndefined();
    expect(heard.data?.indicatorsChanged).toMatchObject({ directorate: 'crematorium' });
    expect(heard.data?.indicatorsChanged.tables).toContain('crematorium_cremation');
    // a marker for the other director: had the cremation reached them, it would come first
    t.app.live.bus.publish(CHANGES_TOPIC, {
      directorates: ['pret_materiel'],
      tables: ['marker'],
      at: new Date().toISOString(),
    });
    expect((await other.next()).data?.indicatorsChanged).toMatchObject({
      directorate: 'pret_materiel',
      tables: ['marker'],
    });
    await Promise.all([director.close(), other.close()]);
  });
});
