import { describe, expect, it } from 'vitest';
import { evaluateInput, type Evaluation } from '../rules/index.ts';
import { PRESETS } from '../scenarios/presets.ts';
import { forumAnswer } from './forum-answer.ts';

function blockedOnPremises(): Evaluation {
  const input = structuredClone(PRESETS['partner-on-premises'].scenario) as { partner: { allowedDomains: unknown[] } };
  input.partner.allowedDomains = [];
  const result = evaluateInput(input);
  if (!result.ok) throw new Error(result.message);
  return result.evaluation;
}
const LINK = 'https://example.org/playground/?v=1&p=ls2010';

describe('forumAnswer', () => {
  it('gives the verdict per modality, the reasons, the commands and the link, in Markdown', () => {
    const answer = forumAnswer(blockedOnPremises(), LINK, 'markdown');
    expect(answer).toContain('**Can contoso.com reach litwareinc.com (Lync Server 2010 on premises)?**');
    expect(answer).toContain('- IM: **blocked**');
    expect(answer).toContain('```powershell');
    expect(answer).toContain("New-CsAllowedDomain -Identity 'contoso.com'");
    expect(answer).toContain(`<${LINK}>`);
  });
  it('writes plain text without markup, commands indented', () => {
    const answer = forumAnswer(blockedOnPremises(), LINK, 'text');
    expect(answer).not.toMatch(/\*\*|```|\[b\]/);
    expect(answer).toMatch(/\n {4}New-CsAllowedDomain/);
    expect(answer).toContain(LINK);
  });
  it('writes BBCode with lists and code blocks', () => {
    const answer = forumAnswer(blockedOnPremises(), LINK, 'bbcode');
    expect(answer).toContain('[list]');
    expect(answer).toContain('[code]');
    expect(answer).toContain(`[url]${LINK}[/url]`);
  });
  it('says it works when it does, with no fix section beyond file transfer', () => {
    const result = evaluateInput({ ...PRESETS['both-on-lync-online'].scenario, modalities: ['im', 'presence'] });
    if (!result.ok) throw new Error(result.message);
    const answer = forumAnswer(result.evaluation, LINK, 'markdown');
    expect(answer).toContain('- IM: **works**');
    expect(answer).not.toContain('How to fix it');
  });
  it('states a later date in the question, and each dated change with its date and source', () => {
    const input = { ...structuredClone(PRESETS['messenger-microsoft-address'].scenario), asOf: '2013-06-15' };
    const result = evaluateInput(input);
    if (!result.ok) throw new Error(result.message);
    const answer = forumAnswer(result.evaluation, `${LINK}&asof=2013-06-15`, 'markdown');
    expect(answer).toContain(', as of June 2013?**');
    expect(answer).toContain('**Changed between June 2011 and June 2013**');
    expect(answer).toContain('April 2013: Windows Live Messenger was retired');
    expect(answer).toContain('<https://rupesh.me/tag/skype/>');
    expect(answer).toContain('(uncertain)');
  });
  it('says nothing of dates for general availability, with or without asOf', () => {
    for (const asOf of [undefined, '2011-06-28']) {
      const result = evaluateInput({ ...PRESETS['messenger-microsoft-address'].scenario, ...(asOf ? { asOf } : {}) });
      if (!result.ok) throw new Error(result.message);
      const answer = forumAnswer(result.evaluation, LINK, 'markdown');
      expect(answer).not.toContain(', as of');
      expect(answer).not.toContain('Changed between');
    }
  });
});
