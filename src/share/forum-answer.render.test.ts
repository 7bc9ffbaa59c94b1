/**
 * The forum answers as forums show them (issue 27): rendered by the real renderers forums use,
 * CommonMark (markdown-it), GFM (marked), Discourse-style Markdown (markdown-it with line breaks
 * kept, as Discourse does) and BBCode as phpBB and vBulletin read it (@bbob with its HTML5 preset,
 * after the HTML escaping both forums do first). The HTML each one writes is parsed and its
 * structure asserted: the heading, the verdicts as a list, each fix's title and steps as separate
 * blocks (a paragraph, then a numbered list), each command a code block, the link a link; and the
 * text the reader typed shown literally. Over generated scenarios and generated typed text.
 */
import bbobHTML from '@bbob/html';
import presetHTML5 from '@bbob/preset-html5';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateInput, type Evaluation } from '../rules/index.ts';
import { PRESETS } from '../scenarios/presets.ts';
import { scenarioArb } from '../../test/unit/arbitraries.ts';
import { forumAnswer, type AnswerFormat } from './forum-answer.ts';
import { diagnoseAnswer } from './diagnose-answer.ts';
import { MODALITY_LABEL } from './labels.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const commonmark = new MarkdownIt('commonmark');
const discourse = new MarkdownIt('default', { breaks: true, linkify: true, html: false });
const gfm = new Marked({ gfm: true, breaks: false });

interface Renderer {
  name: string;
  format: Exclude<AnswerFormat, 'text'>;
  render: (source: string) => string;
  /** The element each renderer writes for bold text. */
  bold: string;
}

const RENDERERS: Renderer[] = [
  { name: 'CommonMark (markdown-it)', format: 'markdown', render: (s) => commonmark.render(s), bold: 'strong' },
  { name: 'GFM (marked)', format: 'markdown', render: (s) => gfm.parse(s, { async: false }), bold: 'strong' },
  { name: 'Discourse-style (markdown-it, breaks, linkify)', format: 'markdown', render: (s) => discourse.render(s), bold: 'strong' },
  // phpBB and vBulletin escape HTML, then read BBCode; [code] content is not read as tags.
  {
    name: 'BBCode (@bbob, as phpBB and vBulletin read it)',
    format: 'bbcode',
    render: (s) => bbobHTML(escapeHtml(s), presetHTML5(), { contextFreeTags: ['code'] }),
    bold: 'span[style*="bold"]',
  },
];

/**
 * The HTML as a tree (<pre> parsed as elements, not kept as raw text). An address a renderer made a
 * mailto link (Discourse's linkify) is read as the address it links to: linkify shows an IDN
 * address in Unicode (tommy@bücher.example for tommy@xn--bcher-kva.example), its link keeps it
 * (percent-encoded: ^+@0.$ links to %5E+@0.$, found by the property below).
 */
function parse(html: string): HTMLElement {
  const root = parseHtml(html, { blockTextElements: { script: true, style: true } });
  for (const a of root.querySelectorAll('a[href^="mailto:"]')) a.set_content(unescapeLink(a.getAttribute('href')!.slice('mailto:'.length)));
  return root;
}
/** A link's address as written: markdown-it percent-encodes what a URL may not hold (^ as %5E). */
function unescapeLink(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
/** A link's address. @bbob escapes the [url]'s already escaped "&" once more; phpBB does not. */
const hrefs = (root: HTMLElement) => root.querySelectorAll('a').map((a) => (a.getAttribute('href') ?? '').replace(/&amp;/g, '&'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (el: HTMLElement) => squash(el.text);

/** Typed text for the answer's every slot: heavy on what Markdown and BBCode would read as markup. */
const typedArb = fc
  .array(fc.oneof(fc.constantFrom(...'_*[]`<>&@#-+.!|~()\\:/=1'.split(''), '[*]', '[url]', '[/list]', '[b]', '**', '__', '<script>', '&amp;', '_tom_@fabrikam.com'), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => squash(parts.join('')))
  .filter((t) => t.length > 0);

const LINK = 'https://federation.example.org/playground/?v=1&p=ls2010&you=contoso.com';

function blockedOnPremises(): Evaluation {
  const input = structuredClone(PRESETS['partner-on-premises'].scenario) as { partner: { allowedDomains: unknown[] } };
  input.partner.allowedDomains = [];
  const result = evaluateInput(input);
  if (!result.ok) throw new Error(result.message);
  return result.evaluation;
}

/** The evaluation with typed text in every slot the answer writes from: domains, fix titles and steps. */
function withTyped(evaluation: Evaluation, typed: string): Evaluation {
  const scenario = structuredClone(evaluation.scenario);
  scenario.tenant.domain = typed;
  if ('address' in scenario.partner) scenario.partner.address = typed;
  else scenario.partner.domain = typed;
  return {
    ...evaluation,
    scenario,
    fixes: evaluation.fixes.map((fix) => ({ ...fix, title: `${fix.title} ${typed}`, steps: fix.steps.map((step) => `${typed} ${step}`) })),
  };
}

/** Asserts the rendered answer's structure against the evaluation it was written from. */
function assertStructure(r: Renderer, html: string, evaluation: Evaluation): void {
  const root = parse(html);
  // The reader's text never becomes markup: no emphasis, no stray elements.
  expect(root.querySelectorAll('em, i, del, s, h1, h2, h3, h4, h5, h6, img, script, blockquote, table')).toEqual([]);
  // The heading: bold, the domains as typed.
  const { tenant, partner } = evaluation.scenario;
  const who = 'address' in partner ? partner.address : partner.domain;
  const bolds = root.querySelectorAll(r.bold).map(textOf);
  expect(bolds[0]!.startsWith(squash(`Can ${tenant.domain} reach ${who} (`))).toBe(true);
  // The verdicts: one list item per modality, in a list.
  const lists = root.querySelectorAll('ul');
  expect(lists.length).toBeGreaterThan(0);
  const verdicts = lists[0]!.querySelectorAll('li').map(textOf);
  expect(verdicts).toEqual(evaluation.results.map((m) => expect.stringMatching(new RegExp(`^${MODALITY_LABEL[m.modality]}: `))));
  expect(root.querySelectorAll('li').every((li) => li.closest('ul, ol') !== null)).toBe(true);
  // Each fix: its title in bold, then its steps as a numbered list (a separate block), then its commands.
  const ordered = root.querySelectorAll('ol');
  const codes = root.querySelectorAll('pre').map((pre) => pre.text.trim());
  for (const fix of evaluation.fixes) {
    expect(bolds).toContain(squash(fix.title));
    if (fix.steps.length > 0) expect(ordered.map((ol) => ol.querySelectorAll('li').map(textOf))).toContainEqual(fix.steps.map(squash));
    for (const command of fix.commands) expect(codes).toContain(command.code.trim());
  }
  // No fix title and step share a block.
  for (const el of root.querySelectorAll(`p, li`)) {
    for (const fix of evaluation.fixes) if (fix.steps.length > 0 && textOf(el).includes(squash(fix.title))) expect(textOf(el)).not.toContain(squash(fix.steps[0]!));
  }
  // The link back: a link to the permalink, as given.
  expect(hrefs(root)).toContain(LINK);
}

describe.each(RENDERERS)('forum answer in $name', (r) => {
  it('shows a blocked scenario as intended: heading, verdict list, fixes with separate steps, code, link', () => {
    const evaluation = blockedOnPremises();
    const html = r.render(forumAnswer(evaluation, LINK, r.format));
    assertStructure(r, html, evaluation);
    // phpBB and vBulletin show a loose [*]: every item is inside a list.
    expect(parse(html).text).not.toContain('[*]');
    expect(parse(html).text).not.toContain('[list');
  });

  it('keeps _tom_@fabrikam.com literal, with no emphasis', () => {
    const evaluation = withTyped(blockedOnPremises(), '_tom_@fabrikam.com');
    const html = r.render(forumAnswer(evaluation, LINK, r.format));
    expect(parse(html).querySelectorAll('em')).toEqual([]);
    expect(squash(parse(html).text)).toContain('Can _tom_@fabrikam.com reach _tom_@fabrikam.com');
  });

  it('holds its structure over generated scenarios, with generated typed text in every slot', () => {
    fc.assert(
      fc.property(scenarioArb, fc.option(typedArb, { nil: undefined }), (scenario, typed) => {
        const evaluation = typed === undefined ? evaluate(scenario) : withTyped(evaluate(scenario), typed);
        const html = r.render(forumAnswer(evaluation, LINK, r.format));
        assertStructure(r, html, evaluation);
      }),
      { numRuns: 150 },
    );
  });

  it('the diagnosis answer shows what was typed literally, its list a list', () => {
    fc.assert(
      fc.property(typedArb, typedArb, (you, them) => {
        const outcome = { kind: 'outcome', modality: 'im', decided: false, works: false, possible: [{ works: true }, { works: false, reason: 'No route' }] } as unknown as Parameters<typeof diagnoseAnswer>[2];
        const html = r.render(diagnoseAnswer({ you, them }, [{ question: 'Is it on?', answer: `Yes ${you}` }] as never, outcome, LINK, r.format));
        const root = parse(html);
        expect(textOf(root.querySelectorAll(r.bold)[0]!)).toBe(squash(`Why can't ${you} use IM with ${them}?`));
        expect(root.querySelectorAll('ul').length).toBe(2);
        expect(root.querySelectorAll('em, i, script, img')).toEqual([]);
        expect(hrefs(root)).toContain(LINK);
      }),
      { numRuns: 150 },
    );
  });
});
