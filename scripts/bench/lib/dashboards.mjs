// The directors' dashboards in the platform benchmark: the first load of each directorate's dashboard (its
// indicators for the year to date, compared with the same date last year, with their breakdowns; and ten years of
// series, the two requests sent together as the page does), and the delay from an agent's save to the figure
// refetched by a director subscribed to the change feed, on the ten-year data set.
import { performance } from 'node:perf_hooks';
import { apiRequire } from './common.mjs';
import { gql } from './servers.mjs';

export const DIRECTORATES = ['ads', 'fourriere', 'permis_louer', 'crematorium', 'pret_materiel'];

const INDICATORS = `query($year: Int!, $asOf: Date, $d: Directorate) { indicators(year: $year, asOf: $asOf, directorate: $d) {
  key label unit directorate kind value previousValue evolution periodEnd previousPeriodEnd drillable
  breakdowns { dimension label items { member label value } } } }`;
const SERIES = `query($d: Directorate, $to: Int!) { indicatorSeries(directorate: $d, to: $to, years: 10) {
  key label unit points { year value declared } } }`;

/** One dashboard's first load: the page's two queries together; resolves with the number of figures. */
export function dashboardLoad(url, cookie, directorate, today) {
  const year = Number(today.slice(0, 4));
  return Promise.all([
    gql(url, INDICATORS, { year, asOf: today, d: directorate }, cookie),
    gql(url, SERIES, { d: directorate, to: year - 1 }, cookie),
  ]).then(([a, b]) => ({
    indicators: a.indicators.length,
    points: b.indicatorSeries.reduce((n, s) => n + s.points.length, 0),
  }));
}

/**
 * An agent records fourrière intakes today; the director, subscribed to the fourrière's changes (graphql-ws, as the
 * web does), refetches the dashboard's indicators on each event. Returns the delays from the save acknowledged to
 * the event and to the refetched figure (ms).
 */
export async function saveToFigure(url, agent, director, saves, today) {
  const { createClient } = apiRequire('graphql-ws');
  const WebSocket = apiRequire('ws');
  const year = Number(today.slice(0, 4));
  const figure = async () =>
    (await gql(url, INDICATORS, { year, asOf: today, d: 'fourriere' }, director)).indicators.find(
      (i) => i.key === 'fourriere.entrees',
    ).value;
  class DirectorSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie: director } });
    }
  }
  const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: DirectorSocket, retryAttempts: 0 });
  let onEvent = () => undefined;
  let ready;
  const subscribed = new Promise((r) => (ready = r));
  ws.on('connected', () => setTimeout(ready, 200));
  ws.subscribe(
    { query: 'subscription { indicatorsChanged(directorate: fourriere) { directorate tables } }' },
    { next: () => onEvent(performance.now()), error: (e) => console.error('abonnement :', e), complete: () => {} },
  );
  await subscribed;
  const INTAKE = `mutation($i: FourriereIntakeInput!) { recordFourriereIntake(input: $i) { id } }`;
  const toEvent = [];
  const toFigure = [];
  let expected = await figure();
  for (let i = 0; i < saves; i++) {
    expected += 1;
    const heard = new Promise((resolve) => (onEvent = resolve));
    const shown = heard.then(async (at) => {
      const value = await figure();
      if (value !== expected) throw new Error(`chiffre ${value}, attendu ${expected}`);
      return [at, performance.now()];
    });
    await gql(
      url,
      INTAKE,
      {
        i: {
          species: i % 2 ? 'CAT' : 'DOG',
          origin: 'CAPTURE_MAYOR',
          intakeAt: new Date(Date.now() - 60_000).toISOString(),
          communeInsee: '62498',
        },
      },
      agent,
    );
    const acked = performance.now();
    const [eventAt, figureAt] = await shown;
    // the event may overtake the HTTP answer: counted from the acknowledgement, never below zero
    toEvent.push(Math.max(0, eventAt - acked));
    toFigure.push(figureAt - acked);
    await new Promise((r) => setTimeout(r, 200));
  }
  await ws.dispose();
  return { toEvent, toFigure };
}
