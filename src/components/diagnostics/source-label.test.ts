import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../tools/trace/catalogue.ts';
import { sourceLabel } from './source-label.ts';

describe('sourceLabel', () => {
  it('names Microsoft\'s specification MS-OCER, linked to it', () => {
    const label = sourceLabel(CATALOGUE.find((e) => e.code === 1005)!.source);
    expect(label).toEqual({ text: 'MS-OCER', href: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\/.*ms-ocer/) });
  });

  it('names the 2012 blog posts as such, each linked to the post itself', () => {
    expect(sourceLabel(CATALOGUE.find((e) => e.code === 1034)!.source)).toEqual({ text: 'blog, 2012', href: 'https://jon.netdork.net/2012/07/18/lync-federation-and-dns/' });
    expect(sourceLabel(CATALOGUE.find((e) => e.code === 1047)!.source)).toEqual({ text: 'blog, 2012', href: 'https://www.risual.com/2012/06/lync-federation-issue-presence-unknown-with-a-remote-lyncocs-partner/' });
  });

  it('shows any other source by its first link, whole', () => {
    expect(sourceLabel({ kind: 'evidence', evidence: 'dns#the-four-values', confidence: 'sourced', note: 'A new source.' })).toEqual({
      text: 'Evidence: DNS records',
      href: '/reference/evidence/dns/#the-four-values',
    });
    expect(sourceLabel({ kind: 'seed', paragraph: 14, quote: 'File transfer' }).href).toMatch(/^http:\/\/www\.ultimate-communications\.com\//);
  });
});
