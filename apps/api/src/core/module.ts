import type { DirectorateKey, LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from './audit/audit.service';
import type { Database } from './database/database';
import type { IndicatorDefinition } from './indicators/indicator-definition';
import type { Clock } from './kit/clock';
import type { DailyJob } from './kit/daily-jobs';
import type { FieldLabels } from './kit/field-labels';

/** What the core lends a module: nothing of another module. */
export interface CoreServices {
  db: Database;
  audit: AuditService;
  /** Today in Paris and now: the only source of business dates (tests fix it). */
  clock: Clock;
}

export interface SeedContext {
  em: EntityManager;
  /** Demo users by login, created by the core seed. */
  users: Map<string, { id: string; login: string }>;
  /** The year of demo activity (the report's 2023). */
  year: number;
  /** Today, from the application's clock: the demo queues and board are current. */
  today: LocalDate;
}

/**
 * A directorate's manifest: the only thing of a module the core imports.
 * `createResolvers` receives the core services and returns resolver instances keyed by their class.
 */
export interface DirectorateModule {
  directorate: DirectorateKey;
  entities: Function[];
  migrations: Function[];
  resolvers: Function[];
  createResolvers(core: CoreServices): Map<Function, object>;
  indicators: IndicatorDefinition[];
  /** French labels of the module's input fields by GraphQL input type, for validation messages. */
  fieldLabels?: FieldLabels;
  seed?(ctx: SeedContext): Promise<void>;
  /** A real installation (no demo data): what the installer hands over in files named by the environment. */
  seedProduction?(ctx: ProductionSeedContext): Promise<void>;
  /** What the law does by itself with time, run by the API process (see kit/daily-jobs.ts). */
  dailyJobs?: DailyJob[];
}

export interface ProductionSeedContext {
  em: EntityManager;
  env: Readonly<Record<string, string | undefined>>;
}
