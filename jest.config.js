/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The browser tests build the add-in first; give them room on a 2-core machine.
  testTimeout: 20_000,
};
