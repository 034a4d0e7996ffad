/**
 * The values a page takes from the moment of its build rather than from content/. They are
 * declared here so that the incremental build's cache keys (site/lib/cache-key.ts) include them
 * and the comparison with a full build (test/incremental-build.test.ts) knows them.
 */
export const BUILD_VALUES = {
  /** The year of the footer's "© 2026 Schoolnabij". */
  year: new Date().getFullYear(),
} as const;
