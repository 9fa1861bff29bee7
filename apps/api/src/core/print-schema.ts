import { lexicographicSortSchema, printSchema } from 'graphql';
import { productSchema } from './app';

/** The schema as the code defines it, sorted so the committed file diffs cleanly. No database needed. */
export async function printSchemaOfCode(): Promise<string> {
  const { schema } = await productSchema();
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
