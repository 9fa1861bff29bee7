import { createReportFromTemplate } from './report/report-template';
import { systemClock, type Clock } from './kit/clock';
import type { EntityManager } from 'typeorm';
import { DIRECTORATES, passwordProblem } from '@call/domain';
import { createUserRecord } from './auth/auth.service';
import { hashPassword } from './auth/password';
import { User } from './auth/user.entity';
import type { Database } from './database/database';
import type { DirectorateModule } from './module';
import { Commune } from './referentials/commune.entity';
import { callMemberCommunes } from './referentials/official-communes';
import { ServiceMembership } from './referentials/service-membership.entity';
import { MEMBERSHIP_SEEDS } from './referentials/service-memberships.data';

export const DEMO_PASSWORD = 'demo-call-2023';
const DEMO_YEAR = 2023;

export interface DemoLogin {
  login: string;
  displayName: string;
  role: 'AGENT' | 'DIRECTOR' | 'DGS' | 'ADMIN';
  directorates: (typeof DIRECTORATES)[number]['key'][];
}

/** One demo user per role and directorate. */
export const DEMO_LOGINS: DemoLogin[] = [
  { login: 'admin', displayName: 'Administrateur', role: 'ADMIN', directorates: [] },
  { login: 'dgs', displayName: 'Directrice générale des services', role: 'DGS', directorates: [] },
  ...DIRECTORATES.flatMap((d): DemoLogin[] => [
    { login: `directeur.${d.key}`, displayName: `Direction — ${d.label}`, role: 'DIRECTOR', directorates: [d.key] },
    { login: `agent.${d.key}`, displayName: `Agent — ${d.label}`, role: 'AGENT', directorates: [d.key] },
  ]),
];

/** Communes from the official division data, and the dated service memberships of the report. */
async function seedReferentials(em: EntityManager): Promise<void> {
  const communes = callMemberCommunes();
  if (communes.length !== 36)
    throw new Error(`La CALL compte 36 communes, le découpage officiel en donne ${communes.length}`);
  await em.upsert(Commune, communes, ['inseeCode']);
  if (await em.count(ServiceMembership)) return;
  const byName = new Map(communes.map((c) => [c.name, c.inseeCode]));
  for (const m of MEMBERSHIP_SEEDS) {
    const insee = byName.get(m.commune);
    if (!insee) throw new Error(`Commune inconnue dans les adhésions : ${m.commune}`);
    await em.insert(ServiceMembership, {
      service: m.service,
      option: m.option,
      communeInsee: insee,
      validFrom: m.validFrom,
      validTo: m.validTo ?? null,
      source: m.source,
    });
  }
}

/** Referentials always; demo users and a year of activity only on an empty database. Idempotent. */
export async function seed(
  db: Database,
  modules: readonly DirectorateModule[],
  options: {
    demo: boolean;
    activity?: boolean;
    adminPassword?: string;
    clock?: Clock;
    /** Production only: variables naming the files modules read (e.g. FOURRIERE_TARIFFS_FILE). */
    env?: Readonly<Record<string, string | undefined>>;
  },
): Promise<{ seededDemo: boolean }> {
  // hashed before the unit of work, which on PGlite holds the only session
  let adminHash: string | null = null;
  if (!options.demo && options.adminPassword !== undefined) {
    const problem = passwordProblem(options.adminPassword, 'admin');
    if (problem) throw new Error(`ADMIN_PASSWORD refusé : ${problem}`);
    adminHash = await hashPassword(options.adminPassword);
  }
  const demoHash = options.demo ? await hashPassword(DEMO_PASSWORD) : null;
  return db.transaction(async (em) => {
    await seedReferentials(em);
    const empty = (await em.count(User)) === 0;
    if (!options.demo) {
      // production: the first administrator, from the environment, on an empty database only
      if (empty && adminHash)
        await createUserRecord(
          em,
          { login: 'admin', displayName: 'Administrateur', role: 'ADMIN', directorates: [] },
          adminHash,
        );
      for (const m of modules) await m.seedProduction?.({ em, env: options.env ?? {} });
      return { seededDemo: false };
    }
    if (!empty) return { seededDemo: false };
    const users = new Map<string, { id: string; login: string }>();
    for (const u of DEMO_LOGINS) {
      const created = await createUserRecord(em, u, demoHash!);
      users.set(u.login, { id: created.id, login: created.login });
    }
    if (options.activity !== false) {
      for (const m of modules)
        await m.seed?.({ em, users, year: DEMO_YEAR, today: (options.clock ?? systemClock).today() });
      // the demo year's report, opened with the 2023 structure: the directors can write their chapters
      await createReportFromTemplate(em, DEMO_YEAR);
    }
    return { seededDemo: true };
  });
}
