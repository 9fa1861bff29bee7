import { lexicographicSortSchema, printSchema } from 'graphql';
import { createApp } from './app';

/** The schema as the code defines it, sorted so the committed file diffs cleanly. */
export async function printSchemaOfCode(): Promise<string> {
  const app = await createApp({ database: { kind: 'pglite', dataDir: null }, migrate: false });
  try {
    return printSchema(lexicographicSortSchema(app.schema)) + '\n';
  } finally {
    await app.close();
  }
}
