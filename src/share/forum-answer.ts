/**
 * "Copy as forum answer": the verdict, the reasons, the fixes with their commands and the
 * permalink, ready to paste into a forum reply, as Markdown, plain text or BBCode. Built only from
 * the evaluation and the rules' own words.
 */
import type { Actor, Evaluation, Platform, ReasonCode, Rule, RuleId, WarningCode } from '../rules/index.ts';
import { GA_DATE, monthYear, RULES } from '../rules/index.ts';
import { cite, CONFIDENCE_LABEL, siteHref, type Citation } from '../rules/sources.ts';
import { ACTOR_LABEL, MODALITY_LABEL, PLATFORM_LABEL } from './labels.ts';

export type AnswerFormat = 'markdown' | 'text' | 'bbcode';

const VERDICT: Record<string, string> = { works: 'works', blocked: 'blocked', 'not-supported': 'not supported' };
/** The partner kind inside a sentence: "(another Lync Online tenant)", "(OCS 2007 on premises)". */
const partnerName = (platform: Platform) => PLATFORM_LABEL[platform].replace(/^Another /, 'another ');
/** Who acts, as a forum answer names them (the labels' own words). */
export const ACTOR: Record<Actor, string> = ACTOR_LABEL;

const byId = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

function explanation(evaluation: Evaluation, code: ReasonCode | WarningCode): string {
  for (const step of evaluation.trace) {
    const rule = byId.get(step.rule);
    if (rule?.code === code && (step.status === 'fail' || step.status === 'warn')) return rule.explanation;
  }
  return RULES.find((rule) => rule.code === code)?.explanation ?? code;
}

export interface Markup {
  bold: (text: string) => string;
  heading: (text: string) => string;
  item: (text: string) => string;
  list: (items: string[]) => string;
  code: (code: string, language: string) => string;
  link: (url: string) => string;
}

export const MARKUP: Record<AnswerFormat, Markup> = {
  markdown: {
    bold: (t) => `**${t}**`,
    heading: (t) => `**${t}**`,
    item: (t) => `- ${t}`,
    list: (items) => items.join('\n'),
    code: (c, lang) => `\`\`\`${lang === 'powershell' ? 'powershell' : 'text'}\n${c}\n\`\`\``,
    link: (u) => `<${u}>`,
  },
  text: {
    bold: (t) => t,
    heading: (t) => t.toUpperCase(),
    item: (t) => `- ${t}`,
    list: (items) => items.join('\n'),
    code: (c) => c.split('\n').map((line) => `    ${line}`).join('\n'),
    link: (u) => u,
  },
  bbcode: {
    bold: (t) => `[b]${t}[/b]`,
    heading: (t) => `[b]${t}[/b]`,
    item: (t) => `[*]${t}`,
    list: (items) => `[list]\n${items.join('\n')}\n[/list]`,
    code: (c) => `[code]${c}[/code]`,
    link: (u) => `[url]${u}[/url]`,
  },
};

/**
 * One source as a forum line: the fact or the article's sentence, how sure, and each link (the
 * site's own evidence pages made absolute against the shared link, so they open from a forum).
 */
export function sourceLine(m: Markup, c: Citation, site: string): string {
  const links = c.links.map((l) => (l.href ? `${l.title} ${m.link(siteHref(l.href, site))}` : l.title));
  return m.item(`${c.text} (${CONFIDENCE_LABEL[c.confidence]}): ${links.join('; ')}`);
}

/** The sources of the rules that fired, each once, in troubleshooting order. */
function sources(evaluation: Evaluation, m: Markup, site: string): string[] {
  const lines: string[] = [];
  for (const step of evaluation.trace) {
    const rule = step.status === 'fail' || step.status === 'warn' ? byId.get(step.rule) : undefined;
    if (!rule) continue;
    const line = sourceLine(m, cite(rule.source), site);
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

/** The answer for an evaluation and the link that reopens it. */
export function forumAnswer(evaluation: Evaluation, link: string, format: AnswerFormat): string {
  const m = MARKUP[format];
  const { tenant, partner } = evaluation.scenario;
  const who = 'address' in partner ? partner.address : partner.domain;
  const blocks: string[] = [];
  // A date other than general availability is stated in the question: "as of March 2012".
  const asOf = evaluation.asOf ?? GA_DATE;
  const when = asOf === GA_DATE ? '' : `, as of ${monthYear(asOf)}`;
  blocks.push(m.heading(`Can ${tenant.domain} reach ${who} (${partnerName(partner.platform)})${when}?`));
  blocks.push(
    m.list(
      evaluation.results.map((r) => m.item(`${MODALITY_LABEL[r.modality]}: ${m.bold(VERDICT[r.verdict] ?? r.verdict)}${r.certainty === 'uncertain' ? ' (uncertain)' : ''}`)),
    ),
  );
  const reasons = [...new Set(evaluation.results.flatMap((r) => r.reasons))];
  if (reasons.length > 0) blocks.push(`${m.heading('Why')}\n${m.list(reasons.map((code) => m.item(explanation(evaluation, code))))}`);
  const uncertain = evaluation.results.find((r) => r.uncertainty)?.uncertainty;
  if (uncertain) blocks.push(uncertain);
  if (evaluation.fixes.length > 0) {
    const parts: string[] = [m.heading('How to fix it')];
    for (const actor of Object.keys(ACTOR_LABEL) as Actor[]) {
      const fixes = evaluation.fixes.filter((fix) => fix.actor === actor);
      if (fixes.length === 0) continue;
      parts.push(m.bold(`${ACTOR_LABEL[actor]}:`));
      for (const fix of fixes) {
        const lines = [m.item(fix.title), ...fix.steps.map((step) => `  ${step}`)];
        parts.push(lines.join('\n'));
        for (const command of fix.commands) parts.push(m.code(command.code, command.language));
      }
    }
    blocks.push(parts.join('\n\n'));
  }
  if (evaluation.warnings.length > 0) {
    blocks.push(`${m.heading('Good to know')}\n${m.list(evaluation.warnings.map((code) => m.item(explanation(evaluation, code))))}`);
  }
  if (evaluation.history && evaluation.history.length > 0) {
    const items = evaluation.history.map((h) => {
      const docs = h.sources.map((d) => (d.href ? `${d.title}${d.date ? `, ${d.date}` : ''} ${m.link(siteHref(d.href, link))}` : d.title));
      return m.item(`${h.when}: ${h.text} (${docs.join('; ')})`);
    });
    blocks.push(`${m.heading(`Changed between June 2011 and ${monthYear(asOf)}`)}\n${m.list(items)}`);
  }
  const cited = sources(evaluation, m, link);
  if (cited.length > 0) blocks.push(`${m.heading('Sources')}\n${m.list(cited)}`);
  blocks.push(`Try it yourself, with this exact setup: ${m.link(link)}`);
  return blocks.join('\n\n');
}
