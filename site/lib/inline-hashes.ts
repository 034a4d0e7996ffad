/**
 * The CSP hashes of what a page runs or styles inline: <script> elements without src (data
 * blocks such as type="application/json" are not run, so not hashed), <style> elements and
 * style="…" attributes. A browser hashes the exact text between the tags, so this reads the
 * raw text as htmlparser2 tokenizes it (script and style content is never entity-decoded).
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Script types a browser runs (an empty type is JavaScript); everything else is a data block. */
const RUN = /^(|module|importmap|speculationrules|(text|application)\/(javascript|ecmascript)|text\/jscript)$/;

export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hashes of one page, each once, in document order. */
export function inlineHashes(html: string): InlineHashes {
  const found = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  // A page without any of these needs no parse: content pages have none.
  if (!/<script|<style|\sstyle\s*=/i.test(html)) return { scripts: [], styles: [], styleAttributes: [] };
  let open: { into: Set<string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.style !== undefined) found.styleAttributes.add(sha256Source(attributes.style));
        if (name === 'script' && attributes.src === undefined && RUN.test((attributes.type ?? '').trim().toLowerCase())) {
          open = { into: found.scripts, text: '' };
        } else if (name === 'style') {
          open = { into: found.styles, text: '' };
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) {
          open.into.add(sha256Source(open.text));
          open = undefined;
        }
      },
    },
    // Attribute values decoded, as the browser hashes them; raw text of script and style stays raw.
    { decodeEntities: true },
  );
  parser.end(html);
  return { scripts: [...found.scripts], styles: [...found.styles], styleAttributes: [...found.styleAttributes] };
}
