// The annual report generated from the ten-year data set: time to build and render the whole report as DOCX and PDF.
//   node scripts/bench/report.mjs [postgres://…/bench] [--year 2025] [--runs 3]
// Needs the built API (`npm run build`) and a data set from generate.mjs. Opens the year's report (2023 template)
// if it is not open yet, then downloads each format `runs` times as the DGS and prints the times and sizes.
import { parseArgs } from './lib/common.mjs';
import { gql, signIn, startApi, stopChild } from './lib/servers.mjs';

const args = parseArgs(process.argv.slice(2), { runs: 3, year: new Date().getUTCFullYear() - 1 });
const dbUrl = args._[0] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench';
const year = Number(args.year);
const runs = Number(args.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const api = await startApi({ databaseUrl: dbUrl });
try {
  const dgs = await signIn(api.url, 'dgs', 'demo-call-2023');
  const opened = await gql(api.url, 'mutation($y: Int!) { openReportYear(year: $y) { year } }', { y: year }, dgs, true);
  if (opened.body.errors) console.log(`rapport ${year} déjà ouvert (${opened.body.errors[0].message})`);
  const base = api.url.replace(/\/graphql$/, '');
  for (const format of ['docx', 'pdf']) {
    const times = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/rapport/${year}.${format}`, { headers: { cookie: dgs } });
      if (res.status !== 200) throw new Error(`${format} : HTTP ${res.status} ${await res.text()}`);
      size = (await res.arrayBuffer()).byteLength;
      times.push(performance.now() - t0);
    }
    console.log(
      `rapport ${year} en ${format.toUpperCase()} : médiane ${Math.round(median(times))} ms ` +
        `(min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}, ${runs} fois), ` +
        `${Math.round(size / 1024)} ko`,
    );
  }
} finally {
  await stopChild(api.child);
}
