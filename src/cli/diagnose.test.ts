import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './diagnose.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stdin = (input: unknown) => () => JSON.stringify(input);

describe('diagnose CLI', () => {
  it('asks the next question, named by its contract path', () => {
    const r = run(['-'], stdin({ modality: 'presence', answers: { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam.com', 'tenant.dnsVerified': true } }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.next.setting).toBe('partner.platform');
    expect(out.next.question).toMatch(/Who is the other person/);
    expect(out.next.choices.map((c: { value: string }) => c.value)).toContain('lync-server-2010');
  });

  it('prints the outcome with the first blocker and its fix for the reader\'s domains', () => {
    const answers = {
      'tenant.domain': 'contoso.com',
      'partner.domain': 'litwareinc.com',
      'partner.platform': 'lync-server-2010',
      'tenant.dnsVerified': true,
      'tenant.federation.mode': 'allow-all-except-blocked',
      'tenant.federation.domains': [],
      'tenant.userExternalAccess': true,
      'partner.federationEnabled': true,
      'partner.blockedDomains': [],
      'partner.partnerDiscovery': 'unknown',
      'partner.allowedDomains': [{ domain: 'contoso.com', proxyFqdn: null }],
      'partner.hostingProviders': [],
      contact: 'anna@litwareinc.com',
    };
    const r = run(['-'], stdin({ modality: 'im', answers }));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout).outcome;
    expect(out).toMatchObject({ modality: 'im', works: false, decided: true, reasons: ['partner-proxy-fqdn-missing'] });
    expect(JSON.stringify(out.fixes)).toContain('Set-CsAllowedDomain');
  });

  it('ends the issue 29 case (a vanity Messenger address typed plainly) at the address form, for presence and IM', () => {
    for (const modality of ['presence', 'im']) {
      const answers: Record<string, unknown> = { 'tenant.domain': 'contoso.com', 'partner.address': 'joe@live-contoso.com', 'partner.platform': 'windows-live-messenger' };
      const asked: string[] = [];
      for (let i = 0; i < 20; i++) {
        const out = JSON.parse(run(['-'], stdin({ modality, answers })).stdout);
        if (out.outcome !== undefined) {
          expect(out.outcome).toMatchObject({ works: false, decided: true, reasons: ['messenger-vanity-address-format'] });
          expect(JSON.stringify(out.outcome.fixes)).toContain('joe(live-contoso.com)@msn.com');
          break;
        }
        const setting = out.next.setting as string;
        // Known facts first: once the typed address is known, the address form is said before any more questions.
        if ('contact' in answers) expect(out.next.alreadyFound?.[0]?.reason).toBe('messenger-vanity-address-format');
        asked.push(setting);
        // Answered as the reader in the issue would: everything else in order, the address typed plainly, the request not accepted.
        answers[setting] = { contact: 'joe@live-contoso.com', 'partner.acceptsContactRequest': false, 'tenant.publicIm': 'enabled' }[setting] ?? (setting === 'tenant.federation.mode' ? 'allow-all-except-blocked' : true);
      }
      expect(asked).not.toContain('partner.acceptsContactRequest');
      expect(asked).toContain('contact');
    }
  });

  it('says what the known facts already decide before asking anything more', () => {
    const out = JSON.parse(run(['-'], stdin({ modality: 'presence', answers: { 'tenant.domain': 'contoso.com', contact: 'joe@live-contoso.com', 'partner.platform': 'windows-live-messenger' } })).stdout);
    expect(out.next.alreadyFound.map((f: { reason: string }) => f.reason)).toEqual(['messenger-vanity-address-format']);
    const fine = JSON.parse(run(['-'], stdin({ modality: 'presence', answers: { 'tenant.domain': 'contoso.com', contact: 'joe(live-contoso.com)@msn.com', 'partner.platform': 'windows-live-messenger' } })).stdout);
    expect(fine.next.alreadyFound).toBeUndefined();
  });

  it('says at once when no setting can make it work', () => {
    const r = run(['-'], stdin({ modality: 'video', answers: { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy@hotmail.com' } }));
    expect(JSON.parse(r.stdout).outcome).toMatchObject({ works: false, reasons: ['modality-not-supported-with-partner'], noSettingLiftsIt: true });
  });

  it('answers as of a date: echoes asOf, and a Messenger contact after April 2013 is uncertain, with the dated change', () => {
    const answers = { 'tenant.domain': 'contoso.com', 'partner.address': 'tommy@hotmail.com', 'partner.platform': 'windows-live-messenger', 'tenant.dnsVerified': true, 'tenant.federation.mode': 'allow-all-except-blocked', 'tenant.publicIm': 'enabled', 'tenant.userExternalAccess': true, 'partner.acceptsContactRequest': true, contact: 'tommy@hotmail.com' };
    const later = run(['-'], stdin({ modality: 'im', answers, asOf: '2013-06-15' }));
    expect(later.code, later.stderr).toBe(0);
    const out = JSON.parse(later.stdout).outcome;
    expect(out.asOf).toBe('2013-06-15');
    expect(out.uncertainty).toMatch(/retired/);
    expect(out.history.map((h: { id: string }) => h.id)).toContain('messenger-retired');
    const ga = JSON.parse(run(['-'], stdin({ modality: 'im', answers })).stdout).outcome;
    expect(ga.asOf).toBeUndefined();
    expect(ga.uncertainty).toBeUndefined();
    expect([ga.works, ga.reasons]).toEqual([out.works, out.reasons]);
  });

  it.each([
    [{ modality: 'im', answers: {}, asOf: '2014-02-01' }, /^error: asOf: must be a date written YYYY-MM-DD/],
    [{ modality: 'im', answers: {}, asOf: 'spring 2012' }, /^error: asOf: /],
    [{ modality: 'fax', answers: {} }, /^error: modality: must be one of/],
    [{ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.colour': 'blue' } }, /^error: answers\.partner\.colour: is not a setting/],
    [{ modality: 'im', answers: { 'tenant.domain': 'contoso.com', 'partner.domain': 'fabrikam.com', 'tenant.publicIm': 'maybe' } }, /^error: tenant\.publicIm: /],
    [{ modality: 'im', answers: { 'tenant.domain': 'unknown' } }, /^error: tenant\.domain: cannot be "unknown"/],
  ])('exits 2 with one line for bad input %#', (input, message) => {
    const r = run(['-'], stdin(input));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs as npm run diagnose does, from a file or standard input', () => {
    const r = spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/diagnose.ts', '-'], {
      cwd: root,
      input: '{"modality":"im","answers":{"tenant.domain":"contoso.com"}}',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).next.setting).toBe('partner.address');
    const bad = spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/diagnose.ts', 'no-such-file.json'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: file: no-such-file.json does not exist/);
  });
});
