import type { CodegenConfig } from '@graphql-codegen/cli';

/** The API's committed schema is the contract (printed by `pnpm --filter @call/api schema:print`). */
export const schemaPath = '../api/schema.graphql';

/** Overridable so that the staleness test can generate into a temporary folder and compare. */
const outDir = process.env.CODEGEN_OUT_DIR ?? './src/gql/';

const config: CodegenConfig = {
  schema: schemaPath,
  // one operation per file under each feature's graphql/ folder, written with the generated `graphql()` tag
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.spec.{ts,tsx}'],
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: { Date: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
