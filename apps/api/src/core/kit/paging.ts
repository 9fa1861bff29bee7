import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

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

/** A page from a query builder: offset/limit (joins are many-to-one), the count by the database. */
export async function pageOf<E, T>(
  qb: {
    offset(n: number): unknown;
    limit(n: number): unknown;
    getManyAndCount(): Promise<[E[], number]>;
  },
  { offset, limit }: PageArgs,
  map: (rows: E[]) => T[] | Promise<T[]>,
): Promise<PageOf<T>> {
  qb.offset(offset);
  qb.limit(limit);
  const [rows, total] = await qb.getManyAndCount();
  return { items: await map(rows), total, offset, limit };
}
