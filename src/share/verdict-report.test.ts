import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_URL, reportTarget, SOURCE_PLACEHOLDER, type VerdictReport } from './verdict-report.ts';

const REPORT: VerdictReport = {
  verdict: 'IM: blocked, Presence: blocked',
  permalink: 'https://federation.example.org/playground/?ck=abcde&v=1&p=ls2010',
  rules: ['partner-edge-tenant-domain-not-allowed', 'partner-edge-no-route'],
  version: '0.1.0',
};

describe('reportTarget', () => {
  it('prefills an issue on the tracker with the permalink, the rule ids, the version and room for a source', () => {
    const target = reportTarget('https://github.com/example/lync-federation-101/issues/new', REPORT);
    expect(target.kind).toBe('link');
    if (target.kind !== 'link') return;
    const url = new URL(target.href);
    expect(url.origin + url.pathname).toBe('https://github.com/example/lync-federation-101/issues/new');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain(REPORT.permalink);
    for (const id of REPORT.rules) expect(body).toContain(id);
    expect(body).toContain('0.1.0');
    expect(body).toContain(SOURCE_PLACEHOLDER);
    expect(url.searchParams.get('title')).toContain('IM: blocked');
  });
  it('gives text to copy, saying why, with no tracker set or a bad one', () => {
    for (const tracker of [undefined, '', 'not a url', 'javascript:alert(1)']) {
      const target = reportTarget(tracker, REPORT);
      expect(target.kind).toBe('text');
      if (target.kind === 'text') {
        expect(target.why).toContain('no issue tracker');
        expect(target.text).toContain(REPORT.permalink);
      }
    }
  });
  it('never gives a link longer than the limit, and keeps everything in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60 }), { maxLength: 200 }), (rules) => {
        const report = { ...REPORT, rules };
        const target = reportTarget('https://tracker.example/issues/new', report);
        if (target.kind === 'link') expect(target.href.length).toBeLessThanOrEqual(MAX_REPORT_URL);
        else {
          expect(target.why).toContain('too long');
          for (const id of rules) expect(target.text).toContain(id);
        }
      }),
    );
  });
});
