import { statSync } from 'node:fs';

/**
 * A file as it was read or written: [size, mtimeMs, inode]. The same stamp means the same file:
 * a rewrite changes its time, a copy (even with its time set back) its inode.
 */
export type FileStamp = [number, number, number];

/** The stamp of a regular file, or undefined when there is none at that path. */
export function stampOf(file: string): FileStamp | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? [stat.size, stat.mtimeMs, stat.ino] : undefined;
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}
