import type { ImageMetadata } from 'astro';

/** Every image under content/media/, so that Astro's image pipeline can optimise it. */
const images = import.meta.glob<{ default: ImageMetadata }>('@content/media/**/*.{jpg,jpeg,png,webp,avif,gif}', {
  eager: true,
});
const byPath = new Map(Object.entries(images).map(([key, mod]) => [key.slice(key.lastIndexOf('/media/') + 1), mod.default]));

/** The image for a contract path such as "media/dronten.jpg". */
export function contentImage(src: string): ImageMetadata {
  const image = byPath.get(src);
  if (!image) throw new Error(`Image not found: content/${src} (referenced as "${src}"; is it a jpg, png, webp, avif or gif?)`);
  return image;
}

/** The public address of any file under content/media/ (attachments keep a stable URL). */
export function mediaUrl(src: string): string {
  return `/${src}`;
}
