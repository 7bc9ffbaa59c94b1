import { describe, expect, it } from 'vitest';
import { siteLink } from './site-link.ts';

describe('siteLink', () => {
  it('puts the path and query on the published site, whatever page it was copied from', () => {
    expect(siteLink('https://federation.example.org', 'http://localhost:4321', '/playground/', 'v=1&p=ls2010')).toBe('https://federation.example.org/playground/?v=1&p=ls2010');
    expect(siteLink('https://federation.example.org/', 'https://preview.pages.dev', '/configure/public-im/', '?pim.v=1')).toBe('https://federation.example.org/configure/public-im/?pim.v=1');
  });
  it('falls back on the page origin with no site, and writes no empty "?"', () => {
    expect(siteLink(undefined, 'http://localhost:4321', '/playground/')).toBe('http://localhost:4321/playground/');
    expect(siteLink('', 'http://localhost:4321', '/playground/', '')).toBe('http://localhost:4321/playground/');
  });
});
