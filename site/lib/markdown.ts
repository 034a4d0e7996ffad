import { Marked, type Tokens } from 'marked';

/** Links may go to the web, to mail or to a path of the site; any other scheme (javascript:, data:) is shown as text. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/|#)/i;

const markdown = new Marked({
  async: false,
  renderer: {
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      return SAFE_HREF.test(token.href) ? `<a href="${token.href.replace(/"/g, '&quot;')}">${text}</a>` : text;
    },
    // Images belong in a document's body, with their alt text from Media; here only the words stay.
    image(token: Tokens.Image) {
      return token.text;
    },
  },
});

/** HTML of an editor's short Markdown (a theme introduction, an FAQ answer); raw HTML in it is shown as text. */
export function markdownHtml(source: string): string {
  return markdown.parse(source.replace(/&/g, '&amp;').replace(/</g, '&lt;')) as string;
}
