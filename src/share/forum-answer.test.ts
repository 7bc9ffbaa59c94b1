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
});
