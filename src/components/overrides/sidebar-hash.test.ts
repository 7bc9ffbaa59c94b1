import { describe, expect, it } from 'vitest';
import { sidebarHash } from './sidebar-hash.ts';

const link = (label: string, href: string) => ({ type: 'link' as const, label, href, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, entries: ReturnType<typeof link>[]) => ({ type: 'group' as const, label, entries, collapsed: false, badge: undefined });

describe('sidebarHash', () => {
  it('is Starlight’s hash: 7 base-36 digits of its 31-multiplier string hash of labels and hrefs', () => {
    // Starlight's getSidebarHash on "A" + "/a/": ((65·31 + 47)·31 + 97)·31 + 47 = 1984636, "16jcs" in base 36.
    expect(sidebarHash([link('A', '/a/')])).toBe('0016jcs');
    expect(sidebarHash([])).toBe('0000000');
  });

  it('reads groups in order, with their labels', () => {
    const a = [link('Start here', '/'), group('Concepts', [link('What is it?', '/concepts/x/')])];
    const b = [group('Concepts', [link('What is it?', '/concepts/x/')]), link('Start here', '/')];
    expect(sidebarHash(a)).not.toBe(sidebarHash(b));
    expect(sidebarHash(a)).toBe(sidebarHash(structuredClone(a)));
  });

  it('changes with a label or a link', () => {
    expect(sidebarHash([link('A', '/a/')])).not.toBe(sidebarHash([link('A', '/b/')]));
    expect(sidebarHash([link('A', '/a/')])).not.toBe(sidebarHash([link('B', '/a/')]));
  });
});
