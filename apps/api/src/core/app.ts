import 'reflect-metadata';
import path from 'node:path';
import fs from 'node:fs';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService, SESSION_COOKIE } from './auth/auth.service';
import { Session } from './auth/session.entity';
import { User } from './auth/user.entity';
import type { RequestContext } from './context';
import { databaseConfigFromEnv, type DatabaseConfig } from './database/config';
import { Database } from './database/database';
import { CORE_MIGRATIONS } from './database/migrations';
import { formatError, registerFieldLabels } from './errors';
import { denyByDefault, guardedRootFields, unguardedRootFields } from './graphql/deny-by-default';
import { DirectoratesResolver } from './graphql/directorates.resolver';
import { inputGuard } from './graphql/input-guard';
import { QUERY_LIMITS, queryLimits } from './graphql/query-limits';
import { DECLARED_INDICATORS } from './indicators/declared-indicators';
import { DeclaredIndicatorValue } from './indicators/declared-indicator-value.entity';
import { IndicatorRegistry } from './indicators/indicator-registry';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { IndicatorsService } from './indicators/indicators.service';
import type { DirectorateModule } from './module';
import { Commune } from './referentials/commune.entity';
import { ReferentialsResolver } from './referentials/referentials.resolver';
import { ReferentialsService } from './referentials/referentials.service';
import { ServiceMembership } from './referentials/service-membership.entity';
import { MODULES } from '../modules';

export const CORE_ENTITIES = [User, Session, AuditEntry, Commune, ServiceMembership, DeclaredIndicatorValue];

export function databaseSetup(modules: readonly DirectorateModule[] = MODULES) {
  return {
    entities: [...CORE_ENTITIES, ...modules.flatMap((m) => m.entities)],
    migrations: [...CORE_MIGRATIONS, ...modules.flatMap((m) => m.migrations)],
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
}

export const CORE_RESOLVERS: Function[] = [
  AuthResolver,
  ReferentialsResolver,
  IndicatorsResolver,
  DirectoratesResolver,
];

/**
 * The GraphQL schema of a set of resolver classes, with the access rules and deny-by-default applied.
 * Needs no database: `instanceOf` may return nothing when the schema is only printed or inspected.
 */
export async function buildAppSchema(
  resolverClasses: Function[],
  instanceOf: (cls: Function) => object | undefined = () => undefined,
) {
  const container: ContainerType = {
    get: (cls) => {
      const inst = instanceOf(cls as Function);
      if (!inst) throw new Error(`Résolveur non enregistré : ${(cls as Function).name}`);
      return inst;
    },
  };
  const guarded = guardedRootFields(resolverClasses);
  const schema = await buildSchema({
    resolvers: resolverClasses as [Function, ...Function[]],
    container,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [denyByDefault(guarded), inputGuard],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return { schema, unguarded: unguardedRootFields(schema, guarded) };
}

/** The schema of the product as shipped: core and every module. */
export function productSchema(modules: readonly DirectorateModule[] = MODULES) {
  return buildAppSchema([...CORE_RESOLVERS, ...modules.flatMap((m) => m.resolvers)]);
}

export interface App {
  db: Database;
  schema: GraphQLSchema;
  express: Express;
  registry: IndicatorRegistry;
  unguarded: string[];
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<App> {
  const modules = options.modules ?? MODULES;
  const db = await Database.open(options.database ?? databaseConfigFromEnv(), databaseSetup(modules));
  if (options.migrate !== false) await db.migrate();

  const audit = new AuditService();
  const auth = new AuthService(db, audit);
  const registry = new IndicatorRegistry([...DECLARED_INDICATORS, ...modules.flatMap((m) => m.indicators)]);
  registerFieldLabels({
    id: 'Identifiant',
    year: 'Année',
    directorate: 'Direction',
    login: 'Identifiant',
    password: 'Mot de passe',
    displayName: 'Nom affiché',
    role: 'Rôle',
    directorates: 'Directions',
    communeInsee: 'Commune',
    validFrom: 'Début',
    validTo: 'Fin',
  });
  for (const m of modules) if (m.fieldLabels) registerFieldLabels(m.fieldLabels);

  const instances = new Map<Function, object>([
    [AuthResolver, new AuthResolver(auth)],
    [ReferentialsResolver, new ReferentialsResolver(new ReferentialsService(db, audit))],
    [IndicatorsResolver, new IndicatorsResolver(new IndicatorsService(db, registry, audit))],
    [DirectoratesResolver, new DirectoratesResolver(new Set(modules.map((m) => m.directorate)))],
  ]);
  for (const m of modules) for (const [cls, inst] of m.createResolvers({ db, audit })) instances.set(cls, inst);
  for (const e of options.extraResolvers ?? []) instances.set(e.cls, e.instance);
  const { schema, unguarded } = await buildAppSchema([...instances.keys()], (cls) => instances.get(cls));
  if (unguarded.length && !options.extraResolvers)
    console.warn(`[api] champs sans règle d’accès (refusés) : ${unguarded.join(', ')}`);

  const production = process.env.NODE_ENV === 'production';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: (formatted, error) => formatError(formatted, error),
    includeStacktraceInErrorResponses: false,
    // the web's types come from the committed schema file: production needs no introspection
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [queryLimits],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      // MUI (emotion) injects its styles at run time
      contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  // behind nginx (docker/): the Secure cookie flag follows X-Forwarded-Proto
  app.set('trust proxy', 'loopback, uniquelocal');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    // an import of 5 Mo is under 7 Mo in base64: anything larger is refused before it is read
    express.json({ limit: BODY_LIMIT }),
    refuseLongDocuments,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = readCookie(req.headers.cookie, SESSION_COOKIE);
        const user = token ? await auth.userForSession(token) : null;
        return { user, sessionToken: user ? token : null, req, res, loaders: new Map() };
      },
    }),
  );
  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) {
    const dist = options.webDist;
    app.use(express.static(dist, { index: false }));
    // the single-page app answers every other GET with its shell
    app.use((req, res, next) => (req.method === 'GET' ? res.sendFile(path.join(dist, 'index.html')) : next()));
  }

  app.use(refuseQuietly);

  return {
    db,
    schema,
    express: app,
    registry,
    unguarded,
    close: async () => {
      await apollo.stop();
      await db.close();
    },
  };
}

const BODY_LIMIT = '8mb';

const refusal = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** A document longer than any the web sends is refused before GraphQL parses it. */
function refuseLongDocuments(req: Request, res: Response, next: NextFunction) {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && query.length > QUERY_LIMITS.documentLength)
    return void refusal(
      res,
      400,
      'BAD_USER_INPUT',
      `Requête refusée : document de plus de ${QUERY_LIMITS.documentLength} caractères.`,
    );
  next();
}

/** Express's own error page shows the stack outside production: answer in French, without it, in every mode. */
function refuseQuietly(err: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) {
  if (err.type === 'entity.too.large')
    return void refusal(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `Requête refusée : le corps dépasse ${BODY_LIMIT.replace('mb', ' Mo')}.`,
    );
  if (err.status && err.status < 500)
    return void refusal(res, err.status, 'BAD_REQUEST', 'Requête mal formée (JSON invalide ?).');
  console.error('[api] erreur interne', err);
  refusal(
    res,
    500,
    'INTERNAL_SERVER_ERROR',
    'Une erreur interne est survenue. Réessayez ; si elle persiste, prévenez le support.',
  );
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
