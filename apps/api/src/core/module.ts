import type { DirectorateKey } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from './audit/audit.service';
import type { Database } from './database/database';
import type { Cube } from './indicators/cube';
import type { IndicatorDefinition } from './indicators/indicator-definition';

/** What the core lends a module: nothing of another module. */
export interface CoreServices {
  db: Database;
  audit: AuditService;
}

export interface SeedContext {
  em: EntityManager;
  /** Demo users by login, created by the core seed. */
  users: Map<string, { id: string; login: string }>;
  /** The year of demo activity (the report's 2023). */
  year: number;
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
  /** French labels of input fields, for validation messages. */
  fieldLabels?: Record<string, string>;
  seed?(ctx: SeedContext): Promise<void>;
}
