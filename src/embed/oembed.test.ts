import { describe, expect, it } from 'vitest';
import { buildOembed, STATIC_PLAYGROUND_NOTE } from './oembed.ts';
import { buildEmbedSnippet } from './snippet.ts';
import { EMBED_WIDGETS } from './widgets.ts';

const site = 'https://docs.example.org';

describe('buildOembed', () => {
  it('is an oEmbed 1.0 rich response whose html is the embed snippet', () => {
    const widget = EMBED_WIDGETS[0];
    const oembed = buildOembed({ site, widget });
    expect(oembed).toEqual({
      version: '1.0',
      type: 'rich',
      title: widget.title,
      provider_name: 'Lync Online Federation 101',
      provider_url: 'https://docs.example.org/',
      html: buildEmbedSnippet({ site, widget }),
      width: 720,
      height: widget.height,
    });
  });

  it('gives every widget whole-pixel, positive dimensions (the spec requires both for rich)', () => {
    for (const widget of EMBED_WIDGETS) {
      const { width, height } = buildOembed({ site, widget });
      expect(Number.isInteger(width) && width > 0).toBe(true);
      expect(Number.isInteger(height) && height > 0).toBe(true);
    }
  });

  it('says in its title what state it embeds, when told', () => {
    const widget = EMBED_WIDGETS[1];
    expect(buildOembed({ site, widget, note: STATIC_PLAYGROUND_NOTE }).title).toBe(`${widget.title} (the playground’s default scenario, not a shared link’s)`);
    expect(buildOembed({ site, widget, query: '?v=1&p=ls2010' }).html).toContain('/embed/playground/?v=1&amp;p=ls2010"');
  });

  it('survives JSON: what the endpoint serves parses back to the same object', () => {
    const oembed = buildOembed({ site, widget: EMBED_WIDGETS[1] });
    expect(JSON.parse(JSON.stringify(oembed))).toEqual(oembed);
  });
});
