/**
 * The fair peer's build (bench/hugo.ts: Hugo, then Pagefind over its output) in a process of its
 * own, so that bench/run.ts can take its peak memory under GNU time as it does for ours.
 * Usage: node bench/peer-build.ts <hugo site>; prints one JSON line (HugoPagefindBuild).
 */
import { waitForChildren } from './child-processes.ts';
import { buildHugoPagefind } from './hugo.ts';

const [site] = process.argv.slice(2);
if (!site) throw new Error('usage: node bench/peer-build.ts <hugo site>');
const build = await buildHugoPagefind(site);
// Pagefind's binary counts in the peak only once this process has waited for it.
await waitForChildren();
console.log(JSON.stringify(build));
