import type { DirectorateKey, LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from './audit/audit.service';
import type { Database } from './database/database';
import type { Cube } from './indicators/cube';
import type { IndicatorDefinition } from './indicators/indicator-definition';
import type { Clock } from './kit/clock';
import type { FieldLabels } from './kit/field-labels';
import type { UniqueKeys } from './errors';

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
 * A directorate's manifest: the only thing of a module the core imports. A directorate without a module has a
 * light manifest declaring only its declared indicators.
 * `createResolvers` receives the core services and returns resolver instances keyed by their class.
 */
export interface DirectorateModule {
  directorate: DirectorateKey;
  entities?: Function[];
  migrations?: Function[];
  resolvers?: Function[];
  createResolvers?(core: CoreServices): Map<Function, object>;
  /** The module's tables as the indicators see them (`<directorate>.cubes.ts`). */
  cubes?: Cube[];
  /** Indicators over the cubes, and declared ones (their yearly value is entered). */
  indicators: IndicatorDefinition[];
  /** French labels of the module's input fields by GraphQL input type, for validation messages. */
  fieldLabels?: FieldLabels;
  /** What the module's unique columns mean, to report a lost race as what it is (`table.column`). */
  uniqueKeys?: UniqueKeys;
  seed?(ctx: SeedContext): Promise<void>;
}
