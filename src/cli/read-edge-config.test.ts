import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './read-edge-config.ts';
import { PARTNER_SETTINGS, type PartnerSetting } from '../tools/edge-config/partner.ts';

/** Every partner setting but the ones a paste showed, in the partner object's order: what the CLI names as not read. */
const allBut = (shown: readonly PartnerSetting[]) => PARTNER_SETTINGS.filter((s) => !shown.includes(s));

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/read-edge-config.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });

describe('read-edge-config CLI', () => {
  it('prints { partner, unread, evaluation } as JSON, exit 0', () => {
    const r = run(['test/fixtures/edge-config/format-table.txt', '--tenant', 'contoso.com']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 5)).toEqual(['asOf', 'partner', 'unread', 'evaluation', 'verdict']);
    expect(out.verdict.decided).toBe(true);
    expect(out.partner).toMatchObject({ platform: 'lync-server-2010', federationEnabled: false });
    expect(out.unread).toEqual(['Domain : litware-partner-with-a-lon']);
    expect(out.evaluation.scenario.tenant.domain).toBe('contoso.com');
    expect(out.evaluation.results[0].reasons).toContain('partner-federation-disabled');
    // One allowed domain was cut short by Format-Table: it could be any domain, so the list is not known.
    // The fixture shows AllowFederatedUsers and the hosting providers, nothing else.
    expect(out.notRead).toEqual(allBut(['federationEnabled', 'hostingProviders']));
    expect(out.notRead).toContain('allowedDomains');
  });
  it('reads standard input (UTF-16 too) and takes --partner-domain', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('AllowFederatedUsers : True\r\nEnablePartnerDiscovery : True\r\n', 'utf16le')]);
    const r = spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/read-edge-config.ts', '-', '--tenant=contoso.com', '--partner-domain', 'Fabrikam.com'], { cwd: root, input: utf16, timeout: 30_000 });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString());
    expect(out.partner).toMatchObject({ domain: 'fabrikam.com', partnerDiscovery: true });
    // Hosting providers, allowed and blocked domains and the policy are not in the paste: unknown,
    // never the playground's empty lists, so nothing is decided and the CLI says what to paste next.
    expect(out.evaluation).toBeNull();
    const im = out.verdict.modalities.find((m: { modality: string }) => m.modality === 'im');
    expect(im).toMatchObject({ decided: false, works: null });
    expect(im.possible).toContain('works');
    expect(im.pasteNext.map((p: { command: string }) => p.command)).toContain('Get-CsHostingProvider | Format-List');
    // The paste shows the two Edge flags; the domain was typed: every other setting is not in it.
    expect(out.notInPaste.map((n: { setting: string }) => n.setting)).toEqual(allBut(['domain', 'federationEnabled', 'partnerDiscovery']));
    expect(out.notInPaste.map((n: { setting: string }) => n.setting)).toContain('userExternalAccess');
  });
  it('takes --as-of: the evaluation is as of that date, with the dated changes for an on-premises partner', () => {
    const paste = 'AllowFederatedUsers : True\nEnablePartnerDiscovery : True\n';
    const later = JSON.parse(run(['-', '--tenant', 'contoso.com', '--partner-domain', 'fabrikam.com', '--as-of', '2013-06-01'], paste).stdout);
    expect(later.asOf).toBe('2013-06-01');
    expect(later.history.map((h: { id: string }) => h.id)).toContain('baltimore-root');
    const ga = JSON.parse(run(['-', '--tenant', 'contoso.com', '--partner-domain', 'fabrikam.com'], paste).stdout);
    expect(ga.asOf).toBe('2011-06-28');
    expect(ga.history).toBeUndefined();
    // The paste leaves the lists unknown, so neither date decides; a date never changes what is decided.
    expect(ga.evaluation).toBeNull();
    expect(ga.verdict).toEqual(later.verdict);
  }, 60_000);
  it('exits 2 with one line and nothing on stdout for unreadable input or a bad domain', () => {
    for (const [args, input, message] of [
      [['-', '--tenant', 'contoso.com'], 'just some text\n', /Nothing in this paste is Lync Server 2010 Edge configuration/],
      [['-', '--tenant', 'not a domain'], 'AllowFederatedUsers : True\n', /--tenant: the domain/],
      [['-'], 'AllowFederatedUsers : True\n', /--tenant <domain> is required/],
      [['no/such/file.txt', '--tenant', 'contoso.com'], '', /no such file/],
      [['-', '--tenant', 'contoso.com', '--as-of', '2014-01-01'], 'AllowFederatedUsers : True\n', /asOf \(--as-of\): must be a date/],
    ] as const) {
      const r = run([...args], input);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  }, 60_000);
});

describe('parseArgs', () => {
  it('takes options before or after the path, with = or a space', () => {
    expect(parseArgs(['--tenant=a.com', 'x.txt'])).toMatchObject({ path: 'x.txt', options: { '--tenant': 'a.com' } });
    expect(parseArgs(['--', 'x.txt', '--policy', 'Tag:X'])).toMatchObject({ path: 'x.txt', options: { '--policy': 'Tag:X' } });
    expect(parseArgs(['x.txt', '--bogus'])).toMatch(/unknown option --bogus/);
    expect(parseArgs([])).toMatch(/usage/);
  });
});
