/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The whole partner journey against a real server started from its build (embedded PostgreSQL
  // included): minutes, not seconds, on a busy 2-core machine.
  testTimeout: 180_000,
};
