/**
 * content/ cannot reach outside itself: a symbolic link anywhere in it, to a file or a folder, is
 * a violation naming the link, and no reader follows one; a media path that climbs out of
 * content/media/ is refused where it is written.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatViolation } from './index.ts';
import { copyOfSampleContent, validPracticeExample, writeDocument } from '../test/support/content-fixture.ts';

const lines = (dir: string) => checkContent(dir).violations.map(formatViolation);
const LINK = 'is a symbolic link; content/ may hold only files and folders of its own (put the file itself here)';

describe('symbolic links in content/', () => {
  let dir: string;
  let base: Record<string, unknown>;
  beforeEach(() => {
    dir = copyOfSampleContent();
    base = validPracticeExample(dir);
  });

  const links: [string, string, string][] = [
    ['a folder in media/', 'media/etc', '/etc'],
    ['a file in media/', 'media/passwd.pdf', '/etc/passwd'],
    ['a file deeper in media/', 'media/sub/hosts.jpg', '/etc/hosts'],
    ['a document', 'practice-examples/passwd.mdx', '/etc/passwd'],
    ['a collection folder', 'events', '/etc'],
    ['a taxonomy file', 'themes.yaml', '/etc/passwd'],
    ['a link that points nowhere', 'media/nergens.jpg', '/nergens/te/vinden'],
  ];
  it.each(links)('refuses %s, naming the link and nothing it points at', (_name, at, target) => {
    const link = path.join(dir, at);
    mkdirSync(path.dirname(link), { recursive: true });
    if (at === 'events' || at === 'themes.yaml') {
      // Replace the real entry by the link (the sample has both).
      rmSync(link, { recursive: true });
    }
    symlinkSync(target, link);
    const found = lines(dir);
    expect(found).toContain(`${link}: ${LINK}`);
    // Nothing read through the link: no line quotes what it points at.
    expect(found.join('\n')).not.toMatch(/root:|localhost|passwd:/);
  });

  it('refuses a media reference through a linked folder', () => {
    symlinkSync('/etc', path.join(dir, 'media', 'etc'));
    writeDocument(dir, 'practice-examples', 'proef', { ...base, attachments: [{ title: 'Wachtwoorden', src: 'media/etc/passwd' }] });
    expect(lines(dir)).toEqual([`${path.join(dir, 'media', 'etc')}: ${LINK}`]);
  });

  it.each(['media/../../etc/passwd', 'media/a/../../../etc/passwd', '/etc/passwd'])('refuses the attachment path %j, which leaves content/media/', (src) => {
    writeDocument(dir, 'practice-examples', 'proef', { ...base, attachments: [{ title: 'Plan', src }] });
    expect(lines(dir)).toEqual([
      expect.stringMatching(new RegExp(`proef\\.mdx: attachments\\.0\\.src: expected a path under content/media/ in lower case, for example "media/dronten-estafette\\.jpg", got "${src.replace(/[.]/g, '\\.')}"$`)),
    ]);
  });

  it('refuses a body image that climbs out of content/media/, naming the file, the field and the line', () => {
    const file = writeDocument(dir, 'practice-examples', 'proef', base, 'Tekst.\n\n![Wachtwoorden](../../../../etc/passwd)\n');
    writeFileSync(path.join(dir, 'media', 'proef.jpg'), 'x');
    expect(lines(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.]/g, '\\.')}: body: line \\d+: image "\\.\\./\\.\\./\\.\\./\\.\\./etc/passwd" is outside content/media/`)),
    ]);
  });
});
