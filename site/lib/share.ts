/**
 * Plain share links for an article: no script, no iframe, nothing loaded from the services
 * until a visitor follows one.
 */
export interface ShareLink {
  /** What the link says, in Dutch. */
  label: string;
  service: 'email' | 'linkedin' | 'whatsapp' | 'bluesky';
  href: string;
}

export function shareLinks(title: string, url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { service: 'email', label: 'E-mail', href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}` },
    { service: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { service: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${text}` },
    { service: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${text}` },
  ];
}
