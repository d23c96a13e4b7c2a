import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (type-graphql requires it); Vite would pick the .mjs
    // build for our imports, giving two graphql copies. Use the one Node uses.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    // One real Neo4j for the whole run, started by the project itself (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    include: ['tests/**/*.test.ts', 'loaders/**/*.test.ts', 'src/**/*.test.ts'],
    // Test files share that one database (Community has one user database): run them one at a
    // time so a file's clean-up never races another's writes.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Stopping Neo4j at the end of the run takes ~10 s (it drains and checkpoints).
    teardownTimeout: 90_000,
  },
});
