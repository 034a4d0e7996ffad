/**
 * Debian packages the benchmark needs (hugo, wdutch), installed with apt-get when missing and
 * running as root, as on our machines.
 */
import { spawnSync } from 'node:child_process';

/** Runs `apt-get install` for the package unless present() already holds; returns present() after. */
export function ensureDebianPackage(name: string, present: () => boolean, log: (line: string) => void): boolean {
  if (present()) return true;
  if (process.getuid?.() !== 0) return false;
  log(`installing Debian's ${name} (apt-get install -y ${name})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', name], { stdio: 'ignore', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
  return present();
}
