/**
 * The pages a reader sees after "Was dit nuttig?" without JavaScript: the form posts to the
 * CMS, which answers with one of these. Plain HTML in Dutch, a link back to the page the reader
 * came from (a checked site path on the public site, never an address from the request), and
 * after ja or nee the optional comment form.
 */
import { COMMENT_MAX } from './feedback-input.ts';

export interface PageOptions {
  siteUrl: string;
  /** A checked site path, or undefined to link to the home page. */
  path?: string;
  status: number;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  body { font: 1.0625rem/1.6 system-ui, sans-serif; color: #1d2327; background: #fff; margin: 0; }
  main { max-width: 36rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
  a { color: #0b5a4a; }
  label { display: block; font-weight: 600; margin: 1.5rem 0 .25rem; }
  textarea { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; border: 2px solid #56606a; border-radius: .5rem; }
  button { font: inherit; font-weight: 600; margin-top: .75rem; padding: .5rem 1.25rem; border: 0; border-radius: .5rem; background: #0b5a4a; color: #fff; cursor: pointer; }
  button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  .muted { color: #56606a; font-size: .95rem; }
  .back { margin-top: 2rem; }
  .brand { font-weight: 700; color: #0b5a4a; margin: 0 0 2rem; }
`;

function page(title: string, body: string, { siteUrl, path, status }: PageOptions): Response {
  const back = `${siteUrl}${path ?? '/'}`;
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – Schoolnabij</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">Schoolnabij</p>
<h1>${escape(title)}</h1>
${body}
<p class="back"><a href="${escape(back)}">${path && path !== '/' ? 'Terug naar de pagina' : 'Naar de homepage van Schoolnabij'}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** After ja or nee: thanks, and the form to add a comment to that answer. */
export function thanksPage(options: Omit<PageOptions, 'status'> & { path: string; token: string }): Response {
  const form = `<p>Uw antwoord is opgeslagen.</p>
<form method="post" action="">
<input type="hidden" name="path" value="${escape(options.path)}">
<input type="hidden" name="token" value="${escape(options.token)}">
<label for="toelichting">Wilt u nog iets toelichten? (niet verplicht)</label>
<textarea id="toelichting" name="comment" rows="4" maxlength="${COMMENT_MAX}" required aria-describedby="toelichting-uitleg"></textarea>
<p id="toelichting-uitleg" class="muted">Hoogstens ${COMMENT_MAX} tekens. Zet er geen naam, e-mailadres of andere persoonsgegevens in.</p>
<button type="submit">Toelichting versturen</button>
</form>`;
  return page('Bedankt voor uw reactie', form, { ...options, status: 200 });
}

/** After the comment. */
export function commentThanksPage(options: Omit<PageOptions, 'status'> & { path: string }): Response {
  return page('Bedankt voor uw toelichting', '<p>Uw toelichting is opgeslagen. De redactie leest alle reacties.</p>', { ...options, status: 200 });
}

/** A refused post (400, 429): what went wrong, in Dutch. */
export function problemPage(messages: string[], options: PageOptions): Response {
  const list = messages.map((m) => `<p>${escape(m)}</p>`).join('\n');
  return page('Uw reactie is niet verstuurd', list, options);
}
