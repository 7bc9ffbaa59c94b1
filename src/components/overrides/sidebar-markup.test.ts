import { describe, expect, it } from 'vitest';
import { escapeHtml, sidebarMarkup } from './sidebar-markup.ts';

interface Link { type: 'link'; label: string; href: string; isCurrent: boolean; badge: undefined; attrs: Record<string, unknown> }
interface Group { type: 'group'; label: string; entries: Array<Link | Group>; collapsed: boolean; badge: undefined }
const link = (label: string, href: string, isCurrent = false, attrs: Record<string, unknown> = {}): Link => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs });
const group = (label: string, entries: Array<Link | Group>, collapsed = false): Group => ({ type: 'group', label, entries, collapsed, badge: undefined });

describe('sidebarMarkup', () => {
  it('draws links and groups lean: one class on the outer list, large top-level links, the current page marked', () => {
    const html = sidebarMarkup([link('Start here', '/'), group('Concepts', [link('What is it?', '/concepts/x/', true)])]);
    expect(html).toBe(
      '<ul class="sl-nav"><li><a href="/" class="large">Start here</a></li>' +
        '<li><details open><summary>Concepts</summary><sl-sidebar-restore data-index="0"></sl-sidebar-restore>' +
        '<ul><li><a href="/concepts/x/" aria-current="page">What is it?</a></li></ul></details></li></ul>',
    );
  });

  it('numbers the groups in document order, as Starlight’s restore points, and opens a collapsed group only when it holds this page', () => {
    const html = sidebarMarkup([
      group('A', [group('A1', [link('x', '/x/')], true)], true),
      group('B', [link('y', '/y/', true)], true),
    ]);
    expect([...html.matchAll(/<details( open)?><summary>(\w+)<\/summary><sl-sidebar-restore data-index="(\d)"/g)].map((m) => [m[2], m[3], Boolean(m[1])])).toEqual([
      ['A', '0', false],
      ['A1', '1', false],
      ['B', '2', true],
    ]);
  });

  it('escapes labels and attributes, and keeps a link’s own attributes', () => {
    expect(sidebarMarkup([link('<b>&"', '/a?b="c"', false, { class: 'x', target: '_blank', hidden: true, 'data-no': false })])).toBe(
      '<ul class="sl-nav"><li><a href="/a?b=&quot;c&quot;" class="large x" target="_blank" hidden>&lt;b&gt;&amp;&quot;</a></li></ul>',
    );
    expect(escapeHtml('a<b>&"')).toBe('a&lt;b&gt;&amp;&quot;');
  });

  it('fails on a badge rather than drop it', () => {
    expect(() => sidebarMarkup([{ ...link('A', '/a/'), badge: { text: 'New', variant: 'tip' } } as never])).toThrow(/badge/);
  });
});
