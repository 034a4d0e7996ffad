import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'site/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'cms/**/*.test.ts', 'bench/**/*.test.ts'],
    // Builds the sample site once into a temporary folder and serves it for the build and e2e tests.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: keep browser tests from starving the rest.
    maxWorkers: 2,
    // expect.poll waits for a state, not a speed: on two loaded cores the admin can take seconds to render.
    expect: { poll: { timeout: 15_000 } },
  },
});
