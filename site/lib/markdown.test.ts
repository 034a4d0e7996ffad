import { describe, expect, it } from 'vitest';
import { markdownHtml } from './markdown.ts';

describe('markdownHtml', () => {
  it('renders paragraphs, emphasis, lists and safe links', () => {
    expect(markdownHtml('Een **vet** woord.\n\n- een\n- twee\n\n[Over ons](/over/) en [web](https://example.org/)')).toBe(
      '<p>Een <strong>vet</strong> woord.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n<p><a href="/over/">Over ons</a> en <a href="https://example.org/">web</a></p>\n',
    );
  });

  it('keeps raw HTML, script links and images as text', () => {
    const html = markdownHtml('<script>alert(1)</script> [klik](javascript:alert(1)) ![plaatje](x.png) & co');
    expect(html).not.toMatch(/<script|<a |<img|javascript:alert\(1\)"/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; klik plaatje &amp; co');
  });
});
