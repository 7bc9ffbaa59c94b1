/**
 * "Copy as forum answer": the verdict, the reasons, the fixes with their commands and the
 * permalink, ready to paste into a forum reply, as Markdown, plain text or BBCode. Built only from
 * the evaluation and the rules' own words.
 */
import type { Actor, AppliedNoteOut, Evaluation, Platform, ReasonCode, Rule, RuleId, WarningCode } from '../rules/index.ts';
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

/**
 * How each format writes the answer's parts. Every text goes through `text` (or a part that calls
 * it): what the reader typed (a domain, an address like `_tom_@fabrikam.com`) and the rules' own
 * words are shown literally, never read as markup. Blocks (a heading, a paragraph, a list, a code
 * block) are separate blocks in every renderer: CommonMark and GFM need a blank line between them
 * (a line under a list item's text is a lazy continuation of its paragraph), BBCode needs `[*]`
 * inside `[list]…[/list]` (phpBB and vBulletin show a loose `[*]` as it is).
 */
export interface Markup {
  /** Prose, escaped for the format. */
  text: (text: string) => string;
  /** Prose in bold (escaped inside). */
  bold: (text: string) => string;
  /** A block that heads a section (escaped inside). */
  heading: (text: string) => string;
  /** A list of items, each already written with `text`/`bold`/`link`. */
  list: (items: string[]) => string;
  /** A numbered list of items, each already written. */
  steps: (items: string[]) => string;
  code: (code: string, language: string) => string;
  link: (url: string) => string;
}

/** The ASCII punctuation CommonMark and GFM may read as inline markup (`\` escapes each). */
const MARKDOWN_INLINE = /[\\`*_[\]<>&~|!]/g;

/**
 * Text for CommonMark, GFM and Discourse: inline markup characters escaped with a backslash, what
 * would start a block at the start of a line (a heading, a list, a quote, a numbered list) escaped,
 * and an @ that starts a word escaped (Discourse would read @name as a mention).
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_INLINE, '\\$&')
    .replace(/(^|\s)@/g, '$1\\@')
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text for BBCode. Neither phpBB nor vBulletin has an escape for "[" (phpBB has no [noparse]), so
 * an empty bold tag is put between "[" and what follows: `[[b][/b]url]` shows "[url]", and no tag
 * can start there. A "*" is written in bold: BBCode readers that take `[list]*one*two` as a list
 * (@bbob, and forums built on it) would split an item at a bare "*". HTML is escaped by the forum
 * itself (phpBB and vBulletin show "<" as it is).
 */
export function bbcodeText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\[|\*/g, (c) => (c === '[' ? '[[b][/b]' : '[b]*[/b]'));
}

/** A code fence longer than any run of backticks inside the code. */
function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

export const MARKUP: Record<AnswerFormat, Markup> = {
  markdown: {
    text: markdownText,
    bold: (t) => `**${markdownText(t.trim())}**`,
    heading: (t) => `**${markdownText(t.trim())}**`,
    list: (items) => items.map((item) => `- ${item}`).join('\n'),
    steps: (items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    code: (c, lang) => `${fence(c)}${lang === 'powershell' ? 'powershell' : 'text'}\n${c}\n${fence(c)}`,
    link: (u) => `<${u.replace(/[<>\s]/g, encodeURIComponent)}>`,
  },
  text: {
    text: (t) => t,
    bold: (t) => t,
    heading: (t) => t.toUpperCase(),
    list: (items) => items.map((item) => `- ${item}`).join('\n'),
    steps: (items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    code: (c) => c.split('\n').map((line) => `    ${line}`).join('\n'),
    link: (u) => u,
  },
  bbcode: {
    text: bbcodeText,
    bold: (t) => `[b]${bbcodeText(t)}[/b]`,
    heading: (t) => `[b]${bbcodeText(t)}[/b]`,
    list: (items) => `[list]\n${items.map((item) => `[*]${item}`).join('\n')}\n[/list]`,
    steps: (items) => `[list=1]\n${items.map((item) => `[*]${item}`).join('\n')}\n[/list]`,
    code: (c) => `[code]${c}[/code]`,
    link: (u) => `[url]${u.replace(/[[\]\s]/g, encodeURIComponent)}[/url]`,
  },
};

/**
 * A fix: its title and its steps as separate blocks (a bold line, then a numbered list), then its
 * commands, each a code block.
 */
export function fixBlocks(m: Markup, fix: { title: string; steps: readonly string[]; commands: ReadonlyArray<{ code: string; language: string }> }): string[] {
  const blocks = [m.bold(fix.title)];
  if (fix.steps.length > 0) blocks.push(m.steps(fix.steps.map(m.text)));
  for (const command of fix.commands) blocks.push(m.code(command.code, command.language));
  return blocks;
}

/**
 * One source as a forum line: the fact or the article's sentence, how sure, and each link (the
 * site's own evidence pages made absolute against the shared link, so they open from a forum).
 */
export function sourceLine(m: Markup, c: Citation, site: string): string {
  const links = c.links.map((l) => (l.href ? `${m.text(l.title)} ${m.link(siteHref(l.href, site))}` : m.text(l.title)));
  return `${m.text(`${c.text} (${CONFIDENCE_LABEL[c.confidence]}):`)} ${links.join('; ')}`;
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

/** The dated changes in effect at `asOf` (history.ts), each with its sources: none at general availability. */
export function changedBlocks(m: Markup, history: readonly AppliedNoteOut[] | undefined, asOf: string, link: string): string[] {
  if (!history || history.length === 0) return [];
  const items = history.map((h) => {
    const docs = h.sources.map((d) => {
      const title = m.text(`${d.title}${d.date ? `, ${d.date}` : ''}`);
      return d.href ? `${title} ${m.link(siteHref(d.href, link))}` : title;
    });
    return `${m.text(`${h.when}: ${h.text} (`)}${docs.join(m.text('; '))}${m.text(')')}`;
  });
  return [m.heading(`Changed between June 2011 and ${monthYear(asOf)}`), m.list(items)];
}

/** The answer for an evaluation and the link that reopens it (on SITE_URL: see site-link.ts). */
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
      evaluation.results.map(
        (r) => `${m.text(`${MODALITY_LABEL[r.modality]}:`)} ${m.bold(VERDICT[r.verdict] ?? r.verdict)}${r.certainty === 'uncertain' ? m.text(' (uncertain)') : ''}`,
      ),
    ),
  );
  const reasons = [...new Set(evaluation.results.flatMap((r) => r.reasons))];
  if (reasons.length > 0) blocks.push(m.heading('Why'), m.list(reasons.map((code) => m.text(explanation(evaluation, code)))));
  const uncertain = evaluation.results.find((r) => r.uncertainty)?.uncertainty;
  if (uncertain) blocks.push(m.text(uncertain));
  if (evaluation.fixes.length > 0) {
    blocks.push(m.heading('How to fix it'));
    for (const actor of Object.keys(ACTOR_LABEL) as Actor[]) {
      const fixes = evaluation.fixes.filter((fix) => fix.actor === actor);
      if (fixes.length === 0) continue;
      blocks.push(m.bold(`${ACTOR_LABEL[actor]}:`));
      for (const fix of fixes) blocks.push(...fixBlocks(m, fix));
    }
  }
  if (evaluation.warnings.length > 0) {
    blocks.push(m.heading('Good to know'), m.list(evaluation.warnings.map((code) => m.text(explanation(evaluation, code)))));
  }
  blocks.push(...changedBlocks(m, evaluation.history, asOf, link));
  const cited = sources(evaluation, m, link);
  if (cited.length > 0) blocks.push(m.heading('Sources'), m.list(cited));
  blocks.push(`${m.text('Try it yourself, with this exact setup:')} ${m.link(link)}`);
  return blocks.join('\n\n');
}
