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

export const probeModule: DirectorateModule = {
  directorate: 'rh',
  entities: [ProbeRecord],
  migrations: [ProbeInit1900000000000],
  resolvers: [ProbeResolver],
  createResolvers: ({ db }) => new Map([[ProbeResolver, new ProbeResolver(db)]]),
  fieldLabels: {
    ProbeInput: { happenedOn: 'Date', category: 'Catégorie de test', communeInsee: 'Commune', amount: 'Montant' },
  },
  indicators: [
    {
      kind: 'computed',
      key: 'rh.probe_count',
      label: 'Enregistrements de test',
      unit: 'count',
      directorate: 'rh',
      version: 1,
      source: {
        table: 'probe_record',
        joins: [{ table: 'commune', alias: 'c', on: 'c.insee_code = t.commune_insee' }],
      },
      measure: { type: 'count' },
      time: { kind: 'event', sql: 't.happened_on' },
      dimensions: [
        'month',
        { key: 'category', label: 'Par catégorie', sql: 't.category', labels: { a: 'Catégorie A', b: 'Catégorie B' } },
        { key: 'commune', label: 'Par commune', sql: 't.commune_insee', labelSql: 'c.name' },
      ],
      drillMembers: [
        { key: 'date', label: 'Date', sql: 't.happened_on' },
        { key: 'commune', label: 'Commune', sql: 'c.name' },
        { key: 'amount', label: 'Montant', sql: 't.amount' },
      ],
    },
    {
      kind: 'computed',
      key: 'rh.probe_median_amount',
      label: 'Montant médian',
      unit: 'euros',
      directorate: 'rh',
      version: 1,
      source: { table: 'probe_record' },
      measure: { type: 'median', sql: 't.amount' },
      time: { kind: 'event', sql: 't.happened_on' },
      drillMembers: [{ key: 'amount', label: 'Montant', sql: 't.amount' }],
    },
    {
      kind: 'computed',
      key: 'rh.probe_share_a',
      label: 'Part de la catégorie A',
      unit: 'percent',
      directorate: 'rh',
      version: 1,
      source: { table: 'probe_record' },
      measure: { type: 'percent', where: [{ sql: 't.category', op: 'eq', value: 'a' }] },
      time: { kind: 'event', sql: 't.happened_on' },
      drillMembers: [
        { key: 'category', label: 'Catégorie', sql: 't.category', labels: { a: 'Catégorie A', b: 'Catégorie B' } },
      ],
    },
  ],
};
