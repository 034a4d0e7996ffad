/**
 * Which file of the served folder a request path names, decided before anything touches the
 * disk: the path is decoded once, strictly, and refused (400) when it is malformed (bad or
 * overlong UTF-8 such as %E0%A4%A or %c0%ae), holds a NUL or a backslash, an empty segment, or
 * a `.` or `..` segment, however it was encoded (../, %2e%2e%2f, ..%2f). A file is served only
 * when its real path, symbolic links resolved, lies inside the folder.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type RequestPath = { ok: true; path: string } | { ok: false };

/** The decoded path of a request target's path part (`/zoeken/`), or not ok when it must be refused. */
export function decodeRequestPath(pathname: string): RequestPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false };
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return { ok: false };
  const segments = decoded.slice(1).split('/');
  // The last segment is empty for a folder path (/themas/); any other empty one is `//`.
  if (segments.some((segment, i) => segment === '.' || segment === '..' || (segment === '' && i < segments.length - 1))) return { ok: false };
  return { ok: true, path: decoded };
}

/**
 * The file inside `root` to answer the decoded path with (`index.html` of a folder path), or
 * undefined when there is none, or when it is a link to something outside `root`.
 */
export function fileInside(root: string, decoded: string): string | undefined {
  const wanted = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  let real: string;
  try {
    real = realpathSync(wanted);
    if (!statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const realRoot = realpathSync(root);
  return real.startsWith(realRoot + path.sep) ? real : undefined;
}
