import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 100;

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
 * A page from a query builder: offset/limit (joins are many-to-one), and beside it a plain `count(*)` of the same
 * rows without their selection or order (the ORM's getManyAndCount counts DISTINCT ids, several times slower on a
 * large table). `map` also receives the raw rows, for columns selected beside the entity (e.g. a user's name).
 */
export async function pageOf<E extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<E>,
  { offset, limit }: PageArgs,
  map: (rows: E[], raw: Record<string, unknown>[]) => T[] | Promise<T[]>,
): Promise<PageOf<T>> {
  // the count is cloned before the page's offset and limit are set
  const [total, { entities, raw }] = await Promise.all([
    countRows(qb),
    qb.offset(offset).limit(limit).getRawAndEntities(),
  ]);
  return { items: await map(entities, raw), total, offset, limit };
}

/** The rows a query builder would return, counted by a plain `count(*)` (its joins must be many-to-one). */
export async function countRows<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<number> {
  const row = await qb.clone().select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string | number }>();
  return Number(row?.total ?? 0);
}
