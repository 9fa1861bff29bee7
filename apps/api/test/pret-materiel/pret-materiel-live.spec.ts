import { CHANGES_TOPIC } from '../../src/core/live/change-bus';
import { liveClient, sessionCookie, subscribe, untilSubscribers } from '../live/live-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { crematoriumModule } from '../../src/modules/crematorium/crematorium.module';
import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { KIND, MOVEMENT } from './pret-materiel.factories';

const CHANGED = `subscription($d: Directorate) { indicatorsChanged(directorate: $d) { directorate tables } }`;
type Changed = { indicatorsChanged: { directorate: string; tables: string[] } };

describe('prêt de matériel: live figures on the director’s page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ modules: [crematoriumModule, pretMaterielModule] });
  });
  afterAll(() => t.close());

  it('should tell the prêt de matériel’s director, and only them, that a stock movement moved its figures', async () => {
    const director = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.pret_materiel')), CHANGED, {
      d: 'pret_materiel',
    });
    const other = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.crematorium')), CHANGED, {
      d: null,
    });
    await untilSubscribers(t, 2);
    const agent = await t.as('agent.pret_materiel');
    const kind = (await agent.ok<{ createPretKind: { id: string } }>(KIND, { i: { name: 'Podium', unit: 'M2' } }))
      .createPretKind;
    expect((await director.next()).data?.indicatorsChanged.tables).toContain('pret_kind');
    await agent.ok(MOVEMENT, { i: { kindId: kind.id, movedOn: '2023-01-10', movement: 'ACQUISITION', quantity: 50 } });

    const heard = await director.next();
    expect(heard.errors).toBeUndefined();
    expect(heard.data?.indicatorsChanged).toMatchObject({ directorate: 'pret_materiel' });
    expect(heard.data?.indicatorsChanged.tables).toContain('pret_stock_movement');
    // a marker for the other director: had the prêt's writes reached them, they would come first
    t.app.live.bus.publish(CHANGES_TOPIC, {
      directorates: ['crematorium'],
      tables: ['marker'],
      at: new Date().toISOString(),
    });
    expect((await other.next()).data?.indicatorsChanged).toMatchObject({
      directorate: 'crematorium',
      tables: ['marker'],
    });
    await Promise.all([director.close(), other.close()]);
  });
});
