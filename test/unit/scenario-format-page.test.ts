/**
 * The published scenario format (content/reference/scenario-format.mdx, linked from the README)
 * names every reason and warning code the rules can give, and no other: a reader's clone has no
 * ../shared/contracts/scenario.md, so this page is the format they meet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';

const page = readFileSync(new URL('../../content/reference/scenario-format.mdx', import.meta.url), 'utf8');

describe('the scenario format page', () => {
  it('lists the codes from the rules (ReasonCodes, reason-codes.test.ts), blockers and warnings, and none by hand', () => {
    expect(page).toContain('<ReasonCodes kind="blocker" />');
    expect(page).toContain('<ReasonCodes kind="warning" />');
    // A code written by hand in a table would be a second list that can drift from the rules.
    const handListed = [...page.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(handListed, 'codes listed by hand in content/reference/scenario-format.mdx').toEqual([]);
    expect(new Set(RULES.map((rule) => rule.kind))).toEqual(new Set(['blocker', 'warning']));
  });
  it('shows the three partner shapes and the command', () => {
    for (const platform of ['"lync-online"', '"lync-server-2010"', '"windows-live-messenger"']) expect(page).toContain(platform);
    expect(page).toContain('npm run --silent evaluate --');
  });
});
