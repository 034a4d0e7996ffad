/**
 * The fair peer's build (bench/hugo.ts: Hugo, then Pagefind over its output) in a process of its
 * own, so that bench/run.ts can take the peak memory of its process tree as it does for ours.
 * Usage: node bench/peer-build.ts <hugo site>; prints one JSON line (HugoPagefindBuild).
 */
import { waitForChildren } from './child-processes.ts';
import { buildHugoPagefind } from './hugo.ts';

const [site] = process.argv.slice(2);
if (!site) throw new Error('usage: node bench/peer-build.ts <hugo site>');
const build = await buildHugoPagefind(site);
// Pagefind's close() does not wait for its binary; nor would a process that ended here.
await waitForChildren();
console.log(JSON.stringify(build));
