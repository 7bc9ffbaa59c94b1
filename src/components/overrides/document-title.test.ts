import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from './document-title.ts';

describe('documentTitle', () => {
  it('keeps the site title when the whole fits', () => {
    expect(documentTitle('Glossary', 'Lync Online Federation 101')).toBe('Glossary | Lync Online Federation 101');
  });

  it('drops the site title when the whole would be too long', () => {
    const page = 'How do I set up federation in the Lync Online control panel?';
    expect(`${page} | Lync Online Federation 101`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(documentTitle(page, 'Lync Online Federation 101')).toBe(page);
  });

  it('names the site once on the page titled as the site (the home page)', () => {
    expect(documentTitle('Lync Online Federation 101', 'Lync Online Federation 101')).toBe('Lync Online Federation 101');
  });

  it('is exactly at the limit inclusive', () => {
    const site = 'Site';
    const page = 'x'.repeat(MAX_TITLE_LENGTH - ' | Site'.length);
    expect(documentTitle(page, site)).toHaveLength(MAX_TITLE_LENGTH);
    expect(documentTitle(`${page}x`, site)).toBe(`${page}x`);
  });
});
