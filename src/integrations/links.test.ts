import { describe, expect, it } from 'vitest';
import { anchorsOf, findBrokenLinks, pagePathOf } from './links.ts';

describe('pagePathOf', () => {
  it('maps index.html to its folder URL', () => {
    expect(pagePathOf('configure/user-training/index.html')).toBe('/configure/user-training/');
  });
  it('keeps other files as they are', () => {
    expect(pagePathOf('favicon.svg')).toBe('/favicon.svg');
  });
});

describe('anchorsOf', () => {
  it('collects ids, decoding entities', () => {
    expect(anchorsOf('<h2 id="a&amp;b">x</h2>')).toContain('a&b');
  });
});

describe('findBrokenLinks', () => {
  const pages = new Map([
    ['/', '<a href="/guide/">ok</a><a href="/guide/#steps">ok</a><a href="https://example.com/x">ext</a><a href="/favicon.svg">asset</a>'],
    ['/guide/', '<h2 id="steps">Steps</h2><a href="../#_top">up</a><a href="/missing/">bad</a><a href="#nowhere">bad anchor</a>'],
  ]);
  const broken = findBrokenLinks(pages, new Set(['/favicon.svg']), 'https://site.example');
  it('reports a link to a page that does not exist', () => {
    expect(broken).toContainEqual({ page: '/guide/', href: '/missing/', problem: 'no-such-page' });
  });
  it('reports an anchor the target page lacks', () => {
    expect(broken).toContainEqual({ page: '/guide/', href: '#nowhere', problem: 'no-such-anchor' });
  });
  it('accepts pages, anchors, assets and external links that resolve', () => {
    expect(broken).toHaveLength(2);
  });
  it('treats absolute links to the site itself as internal', () => {
    const result = findBrokenLinks(new Map([['/', '<a href="https://site.example/gone/">x</a>']]), new Set(), 'https://site.example');
    expect(result).toHaveLength(1);
  });
});
