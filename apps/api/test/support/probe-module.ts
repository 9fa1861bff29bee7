/**
 * A minimal directorate module used only by the core's tests: one table, one mutation, indicators.
 * It proves the engine end to end without depending on any real module.
 */
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import { Column, Entity, PrimaryGeneratedColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Rule } from '../../src/core/auth/rules';
import type { RequestContext } from '../../src/core/context';
import type { Database } from '../../src/core/database/database';
import type { DirectorateModule } from '../../src/core/module';
import { LocalDateScalar } from '../../src/core/graphql/scalars';
import { count, defineCube, median, percent } from '../../src/core/indicators/cube';
import { MODULES } from '../../src/modules';
import { rhModule } from '../../src/modules/rh/rh.module';

@Entity({ name: 'probe_record' })
export class ProbeRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'happened_on', type: 'date' }) happenedOn: string;
  @Column({ type: 'varchar', length: 20 }) category: string;
  @Column({ name: 'commune_insee', type: 'varchar', length: 5 }) communeInsee: string;
  @Column({ type: 'integer' }) amount: number;
}

export class ProbeInit1900000000000 implements MigrationInterface {
  name = 'ProbeInit1900000000000';
  async up(q: QueryRunner) {
    await q.query(
      `CREATE TABLE "probe_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY, "happened_on" date NOT NULL, "category" varchar(20) NOT NULL, "commune_insee" varchar(5) NOT NULL REFERENCES commune(insee_code), "amount" integer NOT NULL)`,
    );
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE "probe_record"`);
  }
}

@InputType()
class ProbeInput {
  @Field(() => LocalDateScalar) happenedOn: string;
  @Field() @Length(1, 20, { message: 'doit faire de 1 à 20 caractères.' }) category: string;
  @Field() communeInsee: string;
  @Field() amount: number;
}

@ObjectType()
class ProbeType {
  @Field(() => ID) id: string;
}

@Resolver()
export class ProbeResolver {
  constructor(private readonly db: Database) {}

  @Authorized(Rule.write('rh'))
  @Mutation(() => ProbeType)
  addProbeRecord(@Arg('input') input: ProbeInput, @Ctx() _ctx: RequestContext): Promise<ProbeType> {
    return this.db.transaction((em) => em.save(em.create(ProbeRecord, input)));
  }
}

/** The probe table as the indicators see it. */
export const probeCube = defineCube({
  name: 'probe_record',
  directorate: 'rh',
  table: 'probe_record',
  joins: { commune: { table: 'commune', on: '{commune}.insee_code = {CUBE}.commune_insee' } },
  time: { happened: { kind: 'event', sql: '{CUBE}.happened_on' } },
  dimensions: {
    category: { label: 'Par catégorie', sql: '{CUBE}.category', labels: { a: 'Catégorie A', b: 'Catégorie B' } },
    commune: { label: 'Par commune', sql: '{CUBE}.commune_insee', labelSql: '{commune}.name' },
  },
  segments: { categoryA: { sql: '{CUBE}.category', op: 'eq', value: 'a' } },
  drill: {
    members: [
      { key: 'date', label: 'Date', sql: '{CUBE}.happened_on' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'amount', label: 'Montant', sql: '{CUBE}.amount' },
    ],
    order: '{CUBE}.happened_on',
  },
});

export const PROBE_INDICATORS = [
  probeCube.indicator('rh.probe_count', {
    label: 'Enregistrements de test',
    unit: 'count',
    measure: count(),
    time: 'happened',
    by: ['month', 'category', 'commune'],
  }),
  probeCube.indicator('rh.probe_median_amount', {
    label: 'Montant médian',
    unit: 'euros',
    measure: median('{CUBE}.amount'),
    time: 'happened',
    drill: [{ key: 'amount', label: 'Montant', sql: '{CUBE}.amount' }],
  }),
  probeCube.indicator('rh.probe_share_a', {
    label: 'Part de la catégorie A',
    unit: 'percent',
    measure: percent({ sql: '{CUBE}.category', op: 'eq', value: 'a' }),
    time: 'happened',
    drill: [
      { key: 'category', label: 'Catégorie', sql: '{CUBE}.category', labels: { a: 'Catégorie A', b: 'Catégorie B' } },
    ],
  }),
];

/**
 * The probe stands in for the rh directorate: it keeps rh's declared figures, as a module replacing a light
 * manifest does. The other directorates keep their own manifests.
 */
export const probeModule: DirectorateModule = {
  directorate: 'rh',
  entities: [ProbeRecord],
  migrations: [ProbeInit1900000000000],
  resolvers: [ProbeResolver],
  createResolvers: ({ db }) => new Map([[ProbeResolver, new ProbeResolver(db)]]),
  fieldLabels: {
    ProbeInput: { happenedOn: 'Date', category: 'Catégorie de test', communeInsee: 'Commune', amount: 'Montant' },
  },
  cubes: [probeCube],
  indicators: [...rhModule.indicators, ...PROBE_INDICATORS],
};

/** The manifests of a test app whose only module is `module`: every other directorate declares its figures. */
export const withDeclaredDirectorates = (module: DirectorateModule): DirectorateModule[] => [
  ...MODULES.filter((m) => !m.resolvers && m.directorate !== module.directorate),
  module,
];
