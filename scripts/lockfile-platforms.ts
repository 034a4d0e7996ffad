/**
 * npm run fix:lockfile — run after `npm install` changes package-lock.json.
 *
 * The npm registry reachable from our machines serves only the linux-x64 builds of packages with
 * per-platform binaries (Astro's compiler, Pagefind, …). `npm install` then leaves the other
 * platforms' optional packages out of package-lock.json, and `npm ci` refuses the lock as out of
 * sync ("Missing: @pagefind/darwin-arm64@ from lock file"). This records each missing one as an
 * optional entry with its os and cpu, which `npm ci` skips on every other platform, exactly as it
 * would with a lock written against the full registry. Entries that exist are left untouched.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCommand } from './lib/run-command.ts';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

const PLATFORM = /[-/](android|darwin|linux|freebsd|win32|windows|wasm32)-([a-z0-9]+)/;
const OS: Record<string, string> = { windows: 'win32' };

await runCommand('fix:lockfile', () => {
  const file = 'package-lock.json';
  if (!existsSync(file)) throw new Error(`no ${file} in ${process.cwd()}: run it in the project folder, after npm install`);
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
  const added: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = key ? `${key}/node_modules/${name}` : `node_modules/${name}`;
      if (lock.packages[`node_modules/${name}`] || lock.packages[nested]) continue;
      const [, os, cpu] = PLATFORM.exec(name) ?? [];
      lock.packages[`node_modules/${name}`] = {
        version: version.replace(/^[\^~]/, ''),
        ...(cpu ? { cpu: [cpu === 'wasi' ? 'wasm32' : cpu] } : {}),
        optional: true,
        ...(os && os !== 'wasm32' ? { os: [OS[os] ?? os] } : {}),
      };
      added.push(`${name}@${version}`);
    }
  }
  // Keep npm's own order, so that a later `npm install` leaves the file as it is.
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `recorded ${added.length} platform package(s): ${added.join(', ')}` : 'package-lock.json is complete');
});
