import type { DirectorateKey, LocalDate, RetentionKind } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from './audit/audit.service';
import type { Database } from './database/database';
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
  /** French labels of input fields, for validation messages. */
  fieldLabels?: Record<string, string>;
  seed?(ctx: SeedContext): Promise<void>;
  personalData?: PersonalDataHook;
}
