/**
 * The one jest configuration every package spreads into its own jest.config.js.
 * Tests live beside the code (src/**\/*.test.ts) and run against a real Temporal server,
 * so the timeout leaves room for a server to start.
 */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60_000,
};
