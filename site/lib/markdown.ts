import { marked } from 'marked';

/** HTML of an editor's short Markdown (a theme introduction, an FAQ answer); raw HTML in it is shown as text. */
export function markdownHtml(markdown: string): string {
  return marked.parse(markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;'), { async: false });
}
