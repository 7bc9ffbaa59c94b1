import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { anchorLabel, rehypeHeadingAnchors, unprefixed } from './heading-anchors.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: rehypeHeadingAnchors(), features: { gfm: true } })).html;

describe('heading links', () => {
  it('wrap each heading with a link to it, named by aria-label and holding no text', async () => {
    expect((await html('## Add a *contact*\n\n### Then wait')).trim()).toBe(
      '<div class="sl-heading-wrapper"><h2 id="add-a-contact">Add a <em>contact</em></h2><a class="sl-anchor-link" href="#add-a-contact" aria-label="Section titled “Add a contact”"></a></div>\n' +
        '<div class="sl-heading-wrapper"><h3 id="then-wait">Then wait</h3><a class="sl-anchor-link" href="#then-wait" aria-label="Section titled “Then wait”"></a></div>',
    );
    expect(anchorLabel('A')).toBe('Section titled “A”');
  });
});

describe('footnotes', () => {
  it('keep every id and link, renamed consistently without the user-content- prefix, and their accessible names', async () => {
    const out = await html('Text.[^a] More.[^a]\n\n[^a]: The note.');
    expect(out).not.toContain('user-content-');
    expect(out).not.toContain('data-footnote');
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const links = [...out.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(['fnref-a', 'fnref-a-2', 'fn-a', 'footnote-label']));
    expect(links.filter((link) => !ids.includes(link))).toEqual([]);
    expect(out).toContain('aria-describedby="footnote-label"');
    expect(out).toContain('aria-label="Back to reference 1"');
    expect(out).toContain('aria-label="Back to reference 1-2"');
    // The footnotes' heading is hidden (sr-only): no link beside it.
    expect(out).toMatch(/<h2 class="sr-only" id="footnote-label">Footnotes<\/h2>\n?<ol>/);
  });

  it('unprefixed strips the prefix from an id or a fragment link only', () => {
    expect(unprefixed('user-content-fn-a')).toBe('fn-a');
    expect(unprefixed('#user-content-fnref-a')).toBe('#fnref-a');
    expect(unprefixed('/page/#user-content-x')).toBe('/page/#user-content-x');
    expect(unprefixed('other')).toBe('other');
  });
});
