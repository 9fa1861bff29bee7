/** Integration tests go through the real GraphQL schema on a real database (PGlite, or PostgreSQL when DATABASE_URL is set). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@call/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  testTimeout: 60000,
};
