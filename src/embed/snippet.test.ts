import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, EMBED_SANDBOX } from './snippet.ts';
import { EMBED_WIDGETS } from './widgets.ts';

const site = 'https://docs.example.org';
const widget = { id: 'playground', title: 'Can my users reach this person?', height: 1500 };

/** Runs the snippet's script against a stub host page: its message listener and its iframes. */
function hostPage(snippet: string, frameCount = 1) {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)?.[1];
  if (!script) throw new Error('no script in the snippet');
  const frames = Array.from({ length: frameCount }, () => ({ contentWindow: {}, height: 'initial' }));
  let listener: ((event: unknown) => void) | undefined;
  const addEventListener = (type: string, fn: (event: unknown) => void) => {
    if (type === 'message') listener = fn;
  };
  const document = { querySelectorAll: (selector: string) => (selector === 'iframe[data-lf-embed]' ? frames : []) };
  new Function('addEventListener', 'document', script)(addEventListener, document);
  const send = (event: { origin: string; source: unknown; data: unknown }) => listener?.(event);
  return { frames, send };
}

describe('buildEmbedSnippet', () => {
  it('is an iframe of the embed page, full width, borderless, lazy, with a title and a default height', () => {
    const snippet = buildEmbedSnippet({ site, widget });
    expect(snippet).toMatch(/^<iframe src="https:\/\/docs\.example\.org\/embed\/playground\/" /);
    expect(snippet).toContain('title="Can my users reach this person? (Lync Online Federation 101)"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('style="width:100%;border:0"');
    expect(snippet).toContain('height="1500"');
  });

  it('keeps a base path, with or without its trailing slash', () => {
    expect(buildEmbedSnippet({ site: 'https://example.org/docs', widget })).toContain('src="https://example.org/docs/embed/playground/"');
    expect(buildEmbedSnippet({ site: 'https://example.org/docs/', widget })).toContain('src="https://example.org/docs/embed/playground/"');
  });

  it('escapes the title for the attribute', () => {
    const snippet = buildEmbedSnippet({ site, widget: { ...widget, title: `Partner's "Edge" <b>&</b>` } });
    expect(snippet).toContain('title="Partner&#39;s &quot;Edge&quot; &lt;b&gt;&amp;&lt;/b&gt; (Lync Online Federation 101)"');
  });

  it('sets the height from a message sent by the embed iframe on the embed origin', () => {
    const { frames, send } = hostPage(buildEmbedSnippet({ site, widget }));
    send({ origin: site, source: frames[0]?.contentWindow, data: { type: 'lf-embed-height', height: 812.4, widget: 'playground' } });
    expect(frames[0]?.height).toBe('813');
  });

  it('ignores messages from another origin, another window, of another type or with no usable height', () => {
    const { frames, send } = hostPage(buildEmbedSnippet({ site, widget }));
    const source = frames[0]?.contentWindow;
    send({ origin: 'https://evil.example', source, data: { type: 'lf-embed-height', height: 10 } });
    send({ origin: site, source: {}, data: { type: 'lf-embed-height', height: 10 } });
    send({ origin: site, source, data: { type: 'other', height: 10 } });
    send({ origin: site, source, data: { type: 'lf-embed-height', height: '10' } });
    send({ origin: site, source, data: { type: 'lf-embed-height', height: -5 } });
    send({ origin: site, source, data: { type: 'lf-embed-height', height: Number.NaN } });
    send({ origin: site, source, data: null });
    expect(frames[0]?.height).toBe('initial');
  });

  it('resizes only the iframe that sent the message, and never beyond 20000 px', () => {
    const { frames, send } = hostPage(buildEmbedSnippet({ site, widget }), 2);
    send({ origin: site, source: frames[1]?.contentWindow, data: { type: 'lf-embed-height', height: 1e9 } });
    expect(frames.map((f) => f.height)).toEqual(['initial', '20000']);
  });

  it('asks for the clipboard (Copy inside the embed) and gives the sandbox it recommends', () => {
    const snippet = buildEmbedSnippet({ site, widget });
    expect(snippet).toContain(' allow="clipboard-write"');
    expect(snippet).toContain(' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(EMBED_SANDBOX).not.toContain('allow-top-navigation');
  });

  it('accepts a height from its own iframe sandboxed to the origin "null", and from no other window', () => {
    const { frames, send } = hostPage(buildEmbedSnippet({ site, widget }), 2);
    send({ origin: 'null', source: {}, data: { type: 'lf-embed-height', height: 10 } });
    send({ origin: 'null', source: null, data: { type: 'lf-embed-height', height: 10 } });
    expect(frames.map((f) => f.height)).toEqual(['initial', 'initial']);
    send({ origin: 'null', source: frames[1]?.contentWindow, data: { type: 'lf-embed-height', height: 640 } });
    expect(frames.map((f) => f.height)).toEqual(['initial', '640']);
  });

  it('opens a given state with the link parameters, escaped for the attribute', () => {
    const snippet = buildEmbedSnippet({ site, widget, query: '?v=1&you="x"<y>' });
    expect(snippet).toContain('src="https://docs.example.org/embed/playground/?v=1&amp;you=&quot;x&quot;&lt;y&gt;"');
  });

  it('exists for every embeddable widget', () => {
    for (const w of EMBED_WIDGETS) expect(buildEmbedSnippet({ site, widget: w })).toContain(`/embed/${w.id}/`);
  });
});
