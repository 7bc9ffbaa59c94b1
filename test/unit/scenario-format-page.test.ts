/**
 * The published scenario format (content/reference/scenario-format.mdx, linked from the README)
 * names every reason and warning code the rules can give, and no other: a reader's clone has no
 * ../shared/contracts/scenario.md, so this page is the format they meet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';

const page = readFileSync(new URL('../../content/reference/scenario-format.mdx', import.meta.url), 'utf8');
const listed = new Set([...page.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!));

describe('the scenario format page', () => {
  it('lists every code the rules give, and no other', () => {
    const codes = new Set(RULES.map((rule) => rule.code));
    expect([...codes].filter((code) => !listed.has(code)).sort(), 'codes the page does not list: add each to content/reference/scenario-format.mdx').toEqual([]);
    expect([...listed].filter((code) => !codes.has(code as never)).sort(), 'codes the rules do not give').toEqual([]);
  });
  it('shows the three partner shapes and the command', () => {
    for (const platform of ['"lync-online"', '"lync-server-2010"', '"windows-live-messenger"']) expect(page).toContain(platform);
    expect(page).toContain('npm run --silent evaluate --');
  });
});
