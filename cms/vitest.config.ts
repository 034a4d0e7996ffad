import { defineConfig } from 'vitest/config';

/** The CMS tests alone, without the site build of the root config: vitest run --config cms/vitest.config.ts */
export default defineConfig({
  test: {
    include: ['cms/**/*.test.ts'],
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    maxWorkers: 2,
    // expect.poll waits for a state, not a speed: on two loaded cores the admin can take seconds to render.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: true,
  },
});
