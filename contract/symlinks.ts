/**
 * content/ holds only its own files and folders. A symbolic link (to a file or a folder) would let
 * the build read, and the media copy publish, whatever it points at (`ln -s /etc content/media/etc`),
 * so every link anywhere below content/ is a violation, and nothing that walks content/ follows one.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every symbolic link below dir, without following any (readdir's own recursion follows linked folders); sorted. */
export function symbolicLinksIn(dir: string): string[] {
  const links: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) links.push(at);
    else if (entry.isDirectory()) links.push(...symbolicLinksIn(at));
  }
  return links.sort();
}

export const SYMLINK_MESSAGE = 'is a symbolic link; content/ may hold only files and folders of its own (put the file itself here)';
