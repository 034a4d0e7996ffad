/**
 * Where a link or an image of a body may point: a web address (http, https), an e-mail address
 * (mailto:), a phone number (tel:) or a path on the site. Anything else (javascript:, data:,
 * vbscript:, file:, a protocol-relative //host) could run code or leave the site unnoticed.
 * The target is read as a browser reads an href (the WHATWG URL parser): it drops tabs and line
 * breaks anywhere and spaces at the ends, and takes a backslash for a slash, so "java\tscript:"
 * and "/\evil.example" are what they look like to the browser.
 */
import path from 'node:path';

export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
const IMAGE_SCHEMES = ['http', 'https'] as const;

/** A base that no target can name by accident: a scheme-less target that leaves it names another host. */
const BASE = new URL('https://site.invalid/collection/');
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const LINK_HINT = 'use an http(s), mailto: or tel: address, or a path on the site such as /over/';

/** What a browser makes of the written target before it resolves it. */
function asBrowserReadsIt(target: string): string {
  // eslint-disable-next-line no-control-regex
  return target.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** Why a link target is not allowed, or undefined when it is. */
export function linkTargetProblem(target: string): string | undefined {
  return targetProblem(target, LINK_SCHEMES, LINK_HINT);
}

/**
 * Why an image target is not allowed: an http(s) address, a path on the site, or a file in
 * content/media/ written relative to the document (../media/x.jpg); Astro reads a relative image
 * at build time, so it must not point outside content/media/.
 */
export function imageTargetProblem(target: string): string | undefined {
  const hint = 'use an https address, or a file of content/media/ (../media/<file>)';
  const problem = targetProblem(target, IMAGE_SCHEMES, hint);
  if (problem) return problem;
  const read = asBrowserReadsIt(target);
  if (SCHEME.test(read) || read.startsWith('/') || read.startsWith('#') || read.startsWith('?')) return undefined;
  // A document is content/<collection>/<slug>.mdx: its relative image paths start in its folder.
  const inContent = path.posix.normalize(path.posix.join('collection', read.split(/[?#]/)[0]!));
  return inContent.startsWith('media/') ? undefined : `"${target}" is outside content/media/; ${hint}`;
}

function targetProblem(target: string, schemes: readonly string[], hint: string): string | undefined {
  const read = asBrowserReadsIt(target);
  const scheme = SCHEME.exec(read)?.[1]?.toLowerCase();
  let url: URL;
  try {
    url = new URL(read, BASE);
  } catch {
    return `"${target}" is not a valid address; ${hint}`;
  }
  if (scheme !== undefined) {
    return schemes.includes(scheme) ? undefined : `"${target}" uses ${scheme}:, which the site does not link to; ${hint}`;
  }
  // Without a scheme the target is a path on the site, unless it names a host of its own (//host, /\host).
  if (url.host !== BASE.host) return `"${target}" points at the host "${url.host}" without saying how (a protocol-relative address); ${hint}`;
  return undefined;
}
