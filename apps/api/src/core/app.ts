import 'reflect-metadata';
import path from 'node:path';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSchema, type ContainerType, type PubSub } from 'type-graphql';
import { readPropertiesDirectly } from './plain-fields';
import type { GraphQLSchema } from 'graphql';
import type { RetentionYears } from '@call/domain';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { AuditLogService } from './audit/audit-log.service';
import { AlarmsResolver } from './alarms/alarms.resolver';
import { alarmRegistry, AlarmsService } from './alarms/alarms.service';
import { AuditResolver } from './audit/audit.resolver';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { AccountsService } from './auth/accounts.service';
import { AuthService, SESSION_COOKIE } from './auth/auth.service';
import { LoginAttempt } from './auth/login-attempt.entity';
import { sessionPolicyFromEnv, type SessionPolicy } from './auth/session-policy';
import { Session } from './auth/session.entity';
import { User } from './auth/user.entity';
import type { RequestContext } from './context';
import { databaseConfigFromEnv, type DatabaseConfig } from './database/config';
import { Database } from './database/database';
import { CORE_MIGRATIONS } from './database/migrations';
import { formatError } from './errors';
import { systemClock, type Clock } from './kit/clock';
import { startDailyJobs } from './kit/daily-jobs';
import { FieldLabelRegistry, ROOT_ARGUMENTS } from './kit/field-labels';
import { PAGE_ARGS_LABELS } from './kit/paging';
import { compiledQueriesGateway } from './graphql/compiled-queries';
import { denyByDefault, guardedRootFields, unguardedRootFields } from './graphql/deny-by-default';
import { DirectoratesResolver } from './graphql/directorates.resolver';
import { guardRootInputs } from './graphql/input-guard';
import { queryLimits } from './graphql/query-limits';
import { validateArgs } from './graphql/validate-args';
import { httpListener } from './http/graphql-endpoint';
import { BODY_LIMIT_BYTES, refuseLongDocuments, refuseQuietly } from './http/refusals';
import { DeclaredIndicatorValue } from './indicators/declared-indicator-value.entity';
import { FigureImpact } from './indicators/figure-impact';
import { indicatorRegistry, type IndicatorRegistry } from './indicators/indicator-registry';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { IndicatorsService } from './indicators/indicators.service';
import { ChangeBus } from './live/change-bus';
import { Live } from './live/live';
import { LiveResolver } from './live/live.resolver';
import type { DirectorateModule } from './module';
import { Commune } from './referentials/commune.entity';
import { ReferentialsResolver } from './referentials/referentials.resolver';
import { ReferentialsService } from './referentials/referentials.service';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { PersonalDataService } from './personal-data/personal-data.service';
import { retentionFromEnv } from './personal-data/retention-config';
import { ServiceMembership } from './referentials/service-membership.entity';
import { serveWeb } from './web/serve-web';
import { MODULES } from '../modules';
import { REPORT_ENTITIES } from './report/entities';
import { mountReportRoutes } from './report/report-routes';
import { ReportChaptersService } from './report/report-chapters.service';
import { ReportClosingService } from './report/report-closing.service';
import { ReportDocumentBuilder } from './report/report-document.builder';
import { ReportResolver } from './report/report.resolver';
import { ReportStructureService } from './report/report-structure.service';
import { REPORT_FIELD_LABELS } from './report/report.types';

const CORE_ENTITIES = [
  User,
  Session,
  LoginAttempt,
  AuditEntry,
  Commune,
  ServiceMembership,
  DeclaredIndicatorValue,
  ...REPORT_ENTITIES,
];

export function databaseSetup(modules: readonly DirectorateModule[] = MODULES) {
  return {
    entities: [...CORE_ENTITIES, ...modules.flatMap((m) => m.entities ?? [])],
    migrations: [...CORE_MIGRATIONS, ...modules.flatMap((m) => m.migrations ?? [])],
  };
}

export interface AppOptions {
  database?: DatabaseConfig;
  modules?: readonly DirectorateModule[];
  /** Extra resolvers (tests only: e.g. one without a rule, to prove it is refused). */
  extraResolvers?: { cls: Function; instance: object }[];
  /** Folder of the built web app to serve (quick start); absent in tests. */
  webDist?: string;
  migrate?: boolean;
  /** Start the daily jobs' timer and start-up catch-up (default); tests run them by hand. */
  dailyJobs?: boolean;
  /** The application's clock (tests fix the day). */
  clock?: Clock;
  /** Session lifetime and idle timeout; from SESSION_MAX_HOURS / SESSION_IDLE_MINUTES when absent. */
  sessions?: SessionPolicy;
  /** Retention of personal data in years; from RETENTION_<KIND>_YEARS when absent. */
  retention?: RetentionYears;
}

const CORE_RESOLVERS: Function[] = [
  AuthResolver,
  AuditResolver,
  PersonalDataResolver,
  ReferentialsResolver,
  IndicatorsResolver,
  AlarmsResolver,
  ReportResolver,
  DirectoratesResolver,
  LiveResolver,
];

/**
 * The GraphQL schema of a set of resolver classes, with the access rules and deny-by-default applied.
 * Needs no database: `instanceOf` may return nothing when the schema is only printed or inspected.
 */
async function buildAppSchema(
  resolverClasses: Function[],
  instanceOf: (cls: Function) => object | undefined = () => undefined,
  pubSub: PubSub = new ChangeBus(),
) {
  const container: ContainerType = {
    get: (cls) => {
      const inst = instanceOf(cls as Function);
      if (!inst) throw new Error(`Résolveur non enregistré : ${(cls as Function).name}`);
      return inst;
    },
  };
  const guarded = guardedRootFields(resolverClasses);
  readPropertiesDirectly();
  const schema = await buildSchema({
    resolvers: resolverClasses as [Function, ...Function[]],
    container,
    authChecker,
    authMode: 'error',
    validateFn: validateArgs,
    pubSub,
  });
  denyByDefault(schema, guarded);
  return { schema, unguarded: unguardedRootFields(schema, guarded) };
}

/** The schema of the product as shipped: core and every module. */
export function productSchema(modules: readonly DirectorateModule[] = MODULES) {
  return buildAppSchema([...CORE_RESOLVERS, ...modules.flatMap((m) => m.resolvers ?? [])]);
}

const CORE_FIELD_LABELS = {
  LoginInput: { login: 'Identifiant', password: 'Mot de passe' },
  CreateUserInput: {
    login: 'Identifiant',
    password: 'Mot de passe',
    displayName: 'Nom affiché',
    role: 'Rôle',
    directorates: 'Directions',
  },
  UpdateUserInput: { displayName: 'Nom affiché', role: 'Rôle', directorates: 'Directions' },
  ChangePasswordInput: { currentPassword: 'Mot de passe actuel', newPassword: 'Nouveau mot de passe' },
  AddServiceMembershipInput: {
    service: 'Service',
    option: 'Option',
    communeInsee: 'Commune',
    validFrom: 'Début',
    validTo: 'Fin',
  },
  AuditFilter: {
    entity: 'Type d’enregistrement',
    entityId: 'Référence',
    userLogin: 'Utilisateur',
    from: 'Du',
    to: 'Au',
    offset: 'Décalage',
    limit: 'Lignes par page',
  },
  PageArgs: PAGE_ARGS_LABELS,
  ...REPORT_FIELD_LABELS,
  [ROOT_ARGUMENTS]: {
    id: 'Identifiant',
    year: 'Année',
    directorate: 'Direction',
    source: 'Source',
    partId: 'Partie',
    position: 'Position',
    title: 'Titre',
    reason: 'Raison',
    comment: 'Commentaire',
    expectedVersion: 'Version chargée',
  },
};

/** Labels of the core and of every module; an input type labelled by two owners fails at start-up. */
export function fieldLabelRegistry(modules: readonly DirectorateModule[] = MODULES): FieldLabelRegistry {
  const registry = new FieldLabelRegistry().add('core', CORE_FIELD_LABELS);
  for (const m of modules) if (m.fieldLabels) registry.add(m.directorate, m.fieldLabels);
  return registry;
}

export interface App {
  db: Database;
  schema: GraphQLSchema;
  /** What answers HTTP: GraphQL's JSON POSTs directly, everything else through express's routes. */
  listener: RequestListener;
  /** An HTTP server on `listener`, listening, with GraphQL subscriptions on its /graphql path. */
  listen(port: number, host: string): Promise<Server>;
  registry: IndicatorRegistry;
  unguarded: string[];
  live: Live;
  /** Runs the modules' daily jobs now (they also run at start-up and every hour). */
  runDailyJobs(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const modules = options.modules ?? MODULES;
  const alarms = alarmRegistry(modules);
  const db = await Database.open(options.database ?? databaseConfigFromEnv(), databaseSetup(modules));
  // a cube naming a column the entities do not have fails here, at start-up
  const registry = await indicatorRegistry(modules, db.dataSource).catch(async (e: unknown) => {
    await db.close();
    throw e;
  });
  if (options.migrate !== false) await db.migrate();

  const audit = new AuditService();
  const auth = new AuthService(db, options.sessions ?? sessionPolicyFromEnv());
  const clock = options.clock ?? systemClock;
  const labels = fieldLabelRegistry(modules);
  const uniqueKeys = Object.fromEntries(modules.flatMap((m) => Object.entries(m.uniqueKeys ?? {})));

  const indicators = new IndicatorsService(db, registry, audit);
  const figures = new FigureImpact(db, registry);
  const instances = new Map<Function, object>([
    [AuthResolver, new AuthResolver(auth, new AccountsService(db, audit, auth.cache))],
    [AuditResolver, new AuditResolver(new AuditLogService(db))],
    [
      PersonalDataResolver,
      new PersonalDataResolver(new PersonalDataService(db, audit, modules, options.retention ?? retentionFromEnv())),
    ],
    [ReferentialsResolver, new ReferentialsResolver(new ReferentialsService(db, audit, clock, figures))],
    [AlarmsResolver, new AlarmsResolver(new AlarmsService(db, clock, alarms))],
    [IndicatorsResolver, new IndicatorsResolver(indicators)],
    [
      ReportResolver,
      new ReportResolver(
        new ReportStructureService(db, audit, registry),
        new ReportChaptersService(db, audit, indicators),
        new ReportClosingService(db, audit, indicators, clock),
      ),
    ],
    [
      DirectoratesResolver,
      new DirectoratesResolver(new Set(modules.filter((m) => m.resolvers?.length).map((m) => m.directorate))),
    ],
    [LiveResolver, new LiveResolver((token) => auth.userForSession(token))],
  ]);
  for (const m of modules)
    for (const [cls, inst] of m.createResolvers?.({ db, audit, clock, figures }) ?? []) instances.set(cls, inst);
  for (const e of options.extraResolvers ?? []) instances.set(e.cls, e.instance);
  // live figures: committed writes are published (LISTEN/NOTIFY) and fanned out to subscriptions
  const live = new Live();
  await live.start(db, modules, registry);
  const { schema, unguarded } = await buildAppSchema([...instances.keys()], (cls) => instances.get(cls), live.bus);
  guardRootInputs(schema, (t, f) => labels.label(t, f));
  if (unguarded.length && !options.extraResolvers)
    console.warn(`[api] champs sans règle d’accès (refusés) : ${unguarded.join(', ')}`);

  const production = process.env.NODE_ENV === 'production';
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledQueriesGateway(schema),
    formatError: (formatted, error) =>
      formatError(formatted, error, undefined, (t, f) => labels.label(t, f), uniqueKeys),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [queryLimits],
    // no cache hints are used: the default cache-control plugin would only add a hook to every resolved field
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  const securityHeaders = helmet({
    // MUI (emotion) injects its styles at run time
    contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
  });
  app.use(securityHeaders);
  // behind nginx (docker/): the Secure cookie flag follows X-Forwarded-Proto
  app.set('trust proxy', 'loopback, uniquelocal');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  const context = async (req: Request, res: Response): Promise<RequestContext> => ({
    ...(await sessionOf(auth, req.headers.cookie)),
    req,
    res,
    loaders: new Map(),
  });
  // GraphQL sent otherwise than as a JSON POST (the screens' way, served by `listener`)
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT_BYTES }),
    refuseLongDocuments,
    expressMiddleware(apollo, { context: ({ req, res }) => context(req, res) }),
  );
  mountReportRoutes(app, {
    db,
    builder: new ReportDocumentBuilder(db, indicators, clock),
    userOf: async (req) => (await sessionOf(auth, req.headers.cookie)).user,
  });
  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) {
    app.use(serveWeb(options.webDist));
  }

  const jobs = startDailyJobs(modules, { db, audit, clock, figures }, { timer: options.dailyJobs !== false });
  app.use(refuseQuietly);

  const listener = httpListener({ express: app, apollo, context, securityHeaders });
  const serveSubscriptions = (server: Server) =>
    live.serve(server, schema, async (req: IncomingMessage) => {
      const { user, sessionToken } = await sessionOf(auth, req.headers.cookie);
      // a subscription's resolvers read only the user: there is no express request or response on a socket
      return { user, sessionToken, req: req as never, res: undefined as never, loaders: new Map() };
    });
  return {
    db,
    schema,
    listener,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const server = createServer(listener);
        server.once('error', reject);
        server.listen(port, host, () => {
          serveSubscriptions(server);
          resolve(server);
        });
      }),
    registry,
    unguarded,
    live,
    runDailyJobs: () => jobs.runNow(),
    close: async () => {
      jobs.stop();
      await live.close();
      await apollo.stop();
      await db.close();
    },
  };
}

/** The user of the session cookie of a WebSocket upgrade request (as the HTTP context does). */
async function sessionOf(auth: AuthService, cookies: string | undefined) {
  const token = readCookie(cookies, SESSION_COOKIE);
  const user = token ? await auth.userForSession(token) : null;
  return { user, sessionToken: user ? token : null };
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    // a malformed value (bad %-escape) is no session: the request is anonymous, not an error
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null;
    }
  }
  return null;
}
