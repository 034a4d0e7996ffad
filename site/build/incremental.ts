/**
 * Whether a build reuses the pages of the build before (Astro's experimental.incrementalBuild,
 * keyed by site/lib/cache-key.ts). The publish job's builds do: each publication renders only the
 * pages whose data changed. Other builds (npm run build, the tests' sample build, the bench's
 * full builds) do not, since keeping every page in the cache as well costs a full build of
 * 10,000 documents 10-25 s of writing. test/incremental-build.test.ts proves both give the same dist/.
 */
export const INCREMENTAL_BUILD_ENV = 'SCHOOLNABIJ_INCREMENTAL_BUILD';

export function incrementalBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env[INCREMENTAL_BUILD_ENV] === '1';
}
