/**
 * No input makes the Edge configuration reader throw: random text, random PowerShell-shaped lines,
 * and the fixture corpus mutated. Each run returns a result or one clear sentence, and whatever it
 * reads maps onto a partner the rules' schema accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../rules/index.ts';
import { defaultTenant, toPartner } from './partner.ts';
import { parsePowerShell } from './powershell.ts';
import { readEdgeConfig } from './read.ts';
import { judgeTests } from './test-result.ts';

const dir = new URL('../../../test/fixtures/edge-config/', import.meta.url);
const FIXTURES = readdirSync(dir).sort().map((name) => readFileSync(new URL(name, dir), 'latin1'));

const NAMES = ['Identity', 'Domain', 'ProxyFqdn', 'Enabled', 'AllowFederatedUsers', 'EnablePartnerDiscovery', 'RoutingMethod', 'EnableFederationAccess', 'TargetFqdn', 'Result', 'Diagnosis', 'ExternalAccessPolicy', 'SipAddress', '__proto__', 'constructor'];
const VALUES = ['True', 'False', '$true', '', 'contoso.com', 'sipfed.online.lync.com', 'Tag:X', 'Global', 'UseDefaultRouting', 'a...', '1034', 'x y', '\u201Cq\u201D', '-----'];
const psLine = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(' : ', ':', '   : ', ' :'), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 30 }))).map(([n, s, v]) => `${n}${s}${v}`),
  fc.constantFrom('', 'PS C:\\> Get-CsAllowedDomain | ft', '[PS] C:\\>Test-CsFederatedPartner -Domain contoso.com', '-------- ------', 'Identity Domain', '   + CategoryInfo : x', 'Get-CsFoo : error', '                  continued'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const psText = fc.tuple(fc.array(psLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));
const mutated = fc.tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(60), fc.string({ unit: 'binary', maxLength: 10 })).map(([text, at, len, insert]) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + insert + text.slice(i + len);
});

function check(text: string): void {
  expect(() => parsePowerShell(text)).not.toThrow();
  const r = readEdgeConfig(text);
  if (!r.ok) {
    expect(r.message).not.toMatch(/[\r\n]/);
    return;
  }
  const m = toPartner(r.value);
  expect(parseScenario({ tenant: defaultTenant('contoso.com'), partner: m.partner }).ok).toBe(true);
  judgeTests(r.value, 'contoso.com');
  for (const u of r.value.unread) expect(u.line).toBeGreaterThan(0);
}

describe('edge-config reader: properties', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 })), check), { numRuns: 2000 });
  });
  it('never throws on PowerShell-shaped lines, and always yields a valid partner', () => {
    fc.assert(fc.property(psText, check), { numRuns: 3000 });
  });
  it('never throws on the fixtures mutated', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 1500 });
  });
});
