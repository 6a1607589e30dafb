module.exports = { preset: 'ts-jest', testEnvironment: 'node', testMatch: ['**/tests/**/*.spec.ts'] }
