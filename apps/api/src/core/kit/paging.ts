// decorated (type-graphql): the metadata polyfill first, whoever imports the kit first
import 'reflect-metadata';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

const MAX_PAGE_SIZE = 100;

/** The bounded page arguments of every list: no request reads more than MAX_PAGE_SIZE rows. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Nombre d’éléments à sauter' })
  @Min(0, { message: 'doit être positif ou nul.' })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25, description: `Taille de page (1 à ${MAX_PAGE_SIZE})` })
  @Min(1, { message: `doit être comprise entre 1 et ${MAX_PAGE_SIZE}.` })
  @Max(MAX_PAGE_SIZE, { message: `doit être comprise entre 1 et ${MAX_PAGE_SIZE}.` })
  limit: number = 25;
}

export const PAGE_ARGS_LABELS = { offset: 'Décalage', limit: 'Taille de page' };

/** One page of a list: its items, the total counted by the database, and where the page starts. */
export interface PageOf<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * The GraphQL type of a page of `Item`, named `<name>`: `@ObjectType('AnimalPage') class AnimalPage extends
 * Page(AnimalView) {}`.
 */
export function Page<T>(Item: abstract new (...args: never[]) => T) {
  @ObjectType()
  abstract class PageClass implements PageOf<T> {
    @Field(() => [Item]) items: T[];
    @Field(() => Int, { description: 'Nombre total d’éléments (toutes pages)' }) total: number;
    @Field(() => Int) offset: number;
    @Field(() => Int) limit: number;
  }
  return PageClass;
}

/**
 * A page from a query builder: offset/limit (joins are many-to-one), and in the same statement a plain `count(*)` of
 * the same rows without their selection or order (the ORM's getManyAndCount adds a second query counting DISTINCT
 * ids, several times slower on a large table). `map` also receives the raw rows, for columns selected beside the
 * entity (e.g. a user's name).
 */
export async function pageOf<E extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<E>,
  { offset, limit }: PageArgs,
  map: (rows: E[], raw: Record<string, unknown>[]) => T[] | Promise<T[]>,
): Promise<PageOf<T>> {
  // an uncorrelated sub-select: computed once, with the page's own parameters
  const { entities, raw } = await qb
    .addSelect(`(${countQuery(qb).getQuery()})`, PAGE_TOTAL)
    .offset(offset)
    .limit(limit)
    .getRawAndEntities<Record<string, unknown>>();
  // past the last page there is no row to carry the total
  const total = raw.length ? Number(raw[0][PAGE_TOTAL]) : await countRows(qb);
  return { items: await map(entities, raw), total, offset, limit };
}

/**
 * A page of raw rows (the query selects its columns with aliases): as `pageOf`, without building entities, for
 * the hot lists. The statement's text is built once per shape of query (its selection, joins, conditions and order,
 * not their values) and the page's bounds are parameters: every page of a list is one prepared statement.
 */
export async function rawPageOf<E extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<E>,
  { offset, limit }: PageArgs,
  map: (raw: Record<string, unknown>[]) => T[],
): Promise<PageOf<T>> {
  const [sql, params] = qb.connection.driver.escapeQueryWithParameters(pageText(qb), {
    ...qb.getParameters(),
    [PAGE_LIMIT]: limit,
    [PAGE_OFFSET]: offset,
  });
  // the builder's own runner (a transaction's) when it has one
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const raw = await preparedQuery<Record<string, unknown>>(runner?.manager ?? qb.connection.manager, sql, params);
  const total = raw.length ? Number(raw[0][PAGE_TOTAL]) : await countRows(qb);
  return { items: map(raw), total, offset, limit };
}

const PAGE_LIMIT = 'pageLimit';
const PAGE_OFFSET = 'pageOffset';
/**
 * Texts of page statements by data source (its schema is written in them) and shape of query; a handful of lists,
 * each with a few filters and sorts.
 */
const pageTextsOf = new WeakMap<DataSource, Map<string, string>>();
const PAGE_TEXTS_MAX = 500;

/** The builder's page statement with its count, named parameters left in (`:commune`, `:pageLimit`…). */
function pageText<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): string {
  let pageTexts = pageTextsOf.get(qb.connection);
  if (!pageTexts) pageTextsOf.set(qb.connection, (pageTexts = new Map<string, string>()));
  const shape = shapeOf(qb);
  const known = pageTexts.get(shape);
  if (known) return known;
  const text = `${qb
    .clone()
    .addSelect(`(${countQuery(qb).getQuery()})`, PAGE_TOTAL)
    .getQuery()} LIMIT :${PAGE_LIMIT} OFFSET :${PAGE_OFFSET}`;
  if (pageTexts.size >= PAGE_TEXTS_MAX) pageTexts.clear();
  pageTexts.set(shape, text);
  return text;
}

/**
 * What a builder's text depends on: everything the statement is written from except the parameters' values
 * (conditions keep their `:names`). Joins name their target (a property path, or an entity class by its name).
 */
function shapeOf<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): string {
  const m = qb.expressionMap;
  const target = (t: unknown) => (typeof t === 'function' ? `class ${(t as { name: string }).name}` : t);
  return JSON.stringify([
    m.mainAlias
      ? [m.mainAlias.hasMetadata ? target(m.mainAlias.metadata.target) : m.mainAlias.tablePath, m.mainAlias.name]
      : null,
    m.selects,
    m.joinAttributes.map((j) => [j.direction, target(j.entityOrProperty), j.alias.name, j.condition, j.isMappingMany]),
    m.wheres,
    m.orderBys,
    m.groupBys,
    m.havings,
    [m.selectDistinct, m.selectDistinctOn, m.skip, m.take, m.offset, m.limit, m.lockMode, m.withDeleted],
  ]);
}

const PAGE_TOTAL = 'page_total';

/**
 * The rows a query builder would return, counted by a plain `count(*)` (its joins must be many-to-one). A left join
 * that no condition reads neither multiplies nor filters the rows: it is left out of the count.
 */
export async function countRows<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<number> {
  const row = await countQuery(qb).getRawOne<{ total: string | number }>();
  return Number(row?.total ?? 0);
}

function countQuery<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): SelectQueryBuilder<E> {
  const count = qb.clone().select('COUNT(*)', 'total').orderBy().offset(undefined).limit(undefined);
  const conditions = JSON.stringify(count.expressionMap.wheres);
  const read = (alias: string) => conditions.includes(`${alias}.`) || conditions.includes(`"${alias}".`);
  count.expressionMap.joinAttributes = count.expressionMap.joinAttributes.filter(
    (j) => j.direction !== 'LEFT' || read(j.alias.name),
  );
  return count;
}
