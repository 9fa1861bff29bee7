import type { DirectorateKey, LocalDate, RetentionKind } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AlarmDefinition } from './alarms/alarm-definition';
import type { AuditService } from './audit/audit.service';
import type { Database } from './database/database';
import type { Cube } from './indicators/cube';
import type { FigureImpact } from './indicators/figure-impact';
import type { IndicatorDefinition } from './indicators/indicator-definition';
import type { Clock } from './kit/clock';
import type { DailyJob } from './kit/daily-jobs';
import type { FieldLabels } from './kit/field-labels';
import type { UniqueKeys } from './errors';

/** What the core lends a module: nothing of another module. */
export interface CoreServices {
  db: Database;
  audit: AuditService;
  /** Today in Paris and now: the only source of business dates (tests fix it). */
  clock: Clock;
  /** What a back-dated setting would change in the published figures (applied, measured, rolled back). */
  figures: FigureImpact;
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

/** What a module holds about one person, for a subject access request (RGPD art. 15). */
export interface PersonalDataSection {
  /** French label of the kind of record, e.g. "Dossiers ADS (demandeur)". */
  label: string;
  rows: Record<string, unknown>[];
}

/** A module's personal fields: erased past retention, exported on request. Indicators must not change. */
export interface PersonalDataHook {
  retention: RetentionKind;
  /** Anonymises records whose active life ended before `cutoff`; returns how many were changed. */
  anonymiseBefore(em: EntityManager, cutoff: LocalDate): Promise<number>;
  /**
   * Records naming the person, at most `limit` per kind: match names and contacts with `ILIKE :pattern`
   * (the search, LIKE wildcards escaped, wrapped in %).
   */
  exportFor(em: EntityManager, query: { pattern: string; limit: number }): Promise<PersonalDataSection[]>;
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
  personalData?: PersonalDataHook;
  /** A real installation (no demo data): what the installer hands over in files named by the environment. */
  seedProduction?(ctx: ProductionSeedContext): Promise<void>;
  /** What the law does by itself with time, run by the API process (see kit/daily-jobs.ts). */
  dailyJobs?: DailyJob[];
  /** Records needing action as of today, shown on the directorate's dashboard (see alarms/alarm-definition.ts). */
  alarms?: AlarmDefinition[];
}

export interface ProductionSeedContext {
  em: EntityManager;
  env: Readonly<Record<string, string | undefined>>;
}
