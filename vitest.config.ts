import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 60_000,
    // Model files are read from src/nlp/weights/ by the Node entry, as the CLI and the workers do.
    setupFiles: ['src/platform/node.ts'],
  },
});
