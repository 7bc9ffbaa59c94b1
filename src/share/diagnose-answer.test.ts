/**
 * The diagnosis's forum answer as of a date, rendered by real renderers (markdown-it for Markdown,
 * @bbob as phpBB reads BBCode, after its HTML escaping): the question says "as of March 2012" for a
 * date other than general availability and nothing at GA; after a dated change that makes the
 * outcome uncertain, the answer says so with its reason, and lists the change with its source.
 */
import bbobHTML from '@bbob/html';
import presetHTML5 from '@bbob/preset-html5';
import MarkdownIt from 'markdown-it';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../rules/diagnose.ts';
import { diagnoseAnswer } from './diagnose-answer.ts';
import { diagnoseLink, emptyLink, encodeDiagnoseParams, type DiagnoseLink } from './diagnose-params.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const RENDER = {
  markdown: (s: string) => new MarkdownIt('commonmark').render(s),
  bbcode: (s: string) => bbobHTML(escapeHtml(s), presetHTML5(), { contextFreeTags: ['code'] }),
} as const;
const BOLD = { markdown: 'strong', bbcode: 'span[style*="bold"]' } as const;

/** A Messenger contact who accepted: IM works at general availability. */
const MESSENGER: DiagnoseLink = {
  ...emptyLink(),
  symptom: 'im',
  you: 'contoso.com',
  them: 'tommy@hotmail.com',
  answers: [
    ['tenant.dnsVerified', 'yes'],
    ['tenant.federation.mode', 'allow-all-except-blocked'],
    ['tenant.publicIm', 'enabled'],
    ['tenant.userExternalAccess', 'yes'],
    ['partner.acceptsContactRequest', 'yes'],
  ],
};

function answerFor(link: DiagnoseLink, format: 'markdown' | 'bbcode') {
  const d = diagnoseLink(link);
  const step = d.result?.ok ? d.result.step : null;
  if (step?.kind !== 'outcome') throw new Error(`no outcome for ${encodeDiagnoseParams(link)}: ${JSON.stringify(d.result)}`);
  const url = `https://federation.example.org/troubleshooting/diagnose/?${encodeDiagnoseParams(link)}`;
  return { outcome: step as Outcome, url, root: parse(RENDER[format](diagnoseAnswer(link, d.answered, step, url, format))) };
}

describe.each(['markdown', 'bbcode'] as const)('the diagnosis answer as of a date (%s)', (format) => {
  it('says nothing of a date at general availability', () => {
    const { outcome, root } = answerFor(MESSENGER, format);
    expect(outcome.decided && outcome.works).toBe(true);
    const heading = root.querySelectorAll(BOLD[format])[0]?.text;
    expect(heading).toBe("Why can't contoso.com use IM with tommy@hotmail.com?");
    expect(root.text).not.toMatch(/as of|Uncertain|Changed between/);
  });

  it('says "as of March 2012" in the question, and the link carries the date', () => {
    const { root, url } = answerFor({ ...MESSENGER, asOf: '2012-03-01' }, format);
    expect(root.querySelectorAll(BOLD[format])[0]?.text).toBe("Why can't contoso.com use IM with tommy@hotmail.com, as of March 2012?");
    expect(url).toContain('asof=2012-03-01');
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href')?.replace(/&amp;/g, '&'))).toContain(url);
    // Nothing dated changes a Messenger IM answer by March 2012.
    expect(root.text).not.toMatch(/Uncertain|Changed between/);
  });

  it('after Messenger was retired (April 2013): uncertain, with why, and the change listed with its source', () => {
    const { outcome, root } = answerFor({ ...MESSENGER, asOf: '2013-06-15' }, format);
    expect(outcome.works).toBe(true);
    expect(outcome.uncertainty).toMatch(/retired/);
    const bolds = root.querySelectorAll(BOLD[format]).map((b) => b.text);
    expect(bolds[0]).toBe("Why can't contoso.com use IM with tommy@hotmail.com, as of June 2013?");
    expect(bolds).toContain('Uncertain:');
    expect(root.text).toContain(outcome.uncertainty!);
    expect(bolds).toContain('Changed between June 2011 and June 2013');
    const items = root.querySelectorAll('li').map((li) => li.text);
    expect(items.some((t) => t.startsWith('April 2013: ') && t.includes('Windows Live Messenger'))).toBe(true);
  });
});
