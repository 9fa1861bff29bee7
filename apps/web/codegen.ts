import { existsSync } from 'node:fs';

import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's committed schema is the contract; the provisional copy only serves until it exists.
const apiSchema = '../api/schema.graphql';
export const schemaPath = existsSync(apiSchema) ? apiSchema : './schema.provisional.graphql';

/** Output folder is overridable so the staleness test can generate into a temporary folder. */
const outDir = process.env.CODEGEN_OUT_DIR ?? './src/gql/';

const config: CodegenConfig = {
  schema: schemaPath,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
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
