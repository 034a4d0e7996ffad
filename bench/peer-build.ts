/**
 * The fair peer's build (bench/hugo.ts: Hugo, then Pagefind over its output) in a process of its
 * own, so that bench/run.ts can take its peak memory under GNU time as it does for ours.
 * Usage: node bench/peer-build.ts <hugo site>; prints one JSON line (HugoPagefindBuild).
 */
import { buildHugoPagefind } from './hugo.ts';

const [site] = process.argv.slice(2);
if (!site) throw new Error('usage: node bench/peer-build.ts <hugo site>');
console.log(JSON.stringify(await buildHugoPagefind(site)));
