/**
 * The CLI contract (shared/contracts/scenario.md), on the real CLI spawned through tsx: JSON on
 * stdout and exit 0 for a good scenario; for bad input exit 2, nothing on stdout, and one line on
 * stderr naming the field, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATRIX, MODALITIES } from '../../src/rules/index.ts';
import { messenger, online, onPrem, scenario } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const cli = join(root, 'src', 'cli', 'evaluate.ts');

function evaluateCli(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [tsx, cli, ...args], { cwd: root, input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = scenario(messenger('tommy.clarke@mydomain.com'), { publicIm: 'enabled' }, { contact: 'tommy.clarke@mydomain.com' });

describe('evaluate CLI', () => {
  it('prints the evaluation for a file and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lync-cli-'));
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(good));
    const r = evaluateCli([file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.results[0]).toMatchObject({ modality: 'im', works: false, reasons: ['messenger-vanity-address-format'] });
    expect(out.warnings).toEqual(['public-im-moves-messenger-domain', 'encryption-ends-at-partner-network']);
  }, 30_000);

  it('reads standard input with "-"', () => {
    const r = evaluateCli(['-'], JSON.stringify(scenario(online())));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: { works: boolean }) => x.works)).toEqual(MODALITIES.map((m) => MATRIX['lync-online'][m].supported));
  }, 30_000);

  it('runs through npm run --silent evaluate', () => {
    const r = spawnSync('npm', ['run', '--silent', 'evaluate', '--', '-'], { cwd: root, input: JSON.stringify(scenario(online())), encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results).toHaveLength(MODALITIES.length);
  }, 30_000);

  it.each([
    ['not JSON', '{"tenant": ', 'scenario', /not valid JSON/],
    ['a missing field', JSON.stringify({ partner: online() }), 'tenant', /is missing/],
    ['an unknown field', JSON.stringify({ ...scenario(online()), colour: 'blue' }), 'colour', /not a known field/],
    ['a bad domain', JSON.stringify(scenario(online({ domain: 'fabrikam..com' }))), 'partner.domain', /empty part/],
    ['a bad address', JSON.stringify(scenario(messenger('tommy.hotmail.com'))), 'partner.address', /no @/],
    ['a bad contact', JSON.stringify(scenario(online(), {}, { contact: 'x@y' })), 'contact', /two parts/],
    ['an unknown platform', JSON.stringify(scenario({ ...onPrem(), platform: 'lync-server-2099' } as never)), 'partner.platform', /not a known platform/],
    ['an unknown mode', JSON.stringify(scenario(online(), { federation: { mode: 'open', domains: [] } as never })), 'tenant.federation.mode', /use one of/],
    ['a date before general availability', JSON.stringify({ ...scenario(online()), asOf: '2011-06-27' }), 'asOf', /2011-06-28/],
    ['a date after 2013', JSON.stringify({ ...scenario(online()), asOf: '2014-01-01' }), 'asOf', /2013-12-31/],
    ['a malformed date', JSON.stringify({ ...scenario(online()), asOf: '1 March 2012' }), 'asOf', /YYYY-MM-DD/],
    ['a date that does not exist', JSON.stringify({ ...scenario(online()), asOf: '2013-02-29' }), 'asOf', /YYYY-MM-DD/],
    ['a date given as a number', JSON.stringify({ ...scenario(online()), asOf: 20120301 }), 'asOf', /text/],
    ['an injection attempt', JSON.stringify(scenario(onPrem({ allowedDomains: [{ domain: "x.com'; Stop-Computer; '", proxyFqdn: null }] }))), 'partner.allowedDomains[0].domain', /contains/],
  ])('rejects %s: exit 2, one line naming the field, nothing on stdout', (_what, stdin, field, reason) => {
    const r = evaluateCli(['-'], stdin);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith(`error: ${field}: `)).toBe(true);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  }, 30_000);

  it('accepts asOf and echoes it; without it, echoes general availability and answers exactly as before', () => {
    const dated = evaluateCli(['-'], JSON.stringify({ ...good, asOf: '2013-06-15' }));
    expect(dated.code).toBe(0);
    const out = JSON.parse(dated.stdout);
    expect(out.asOf).toBe('2013-06-15');
    expect(out.history.map((h: { id: string }) => h.id)).toContain('messenger-retired');
    const plain = JSON.parse(evaluateCli(['-'], JSON.stringify(good)).stdout);
    expect(plain.asOf).toBe('2011-06-28');
    expect(plain.history).toBeUndefined();
    expect(plain.results.map((r: { works: boolean; reasons: string[] }) => [r.works, r.reasons])).toEqual(out.results.map((r: { works: boolean; reasons: string[] }) => [r.works, r.reasons]));
  }, 30_000);

  it('rejects a missing file and a missing argument the same way', () => {
    const missing = evaluateCli([join(tmpdir(), 'no-such-scenario.json')]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^error: file: .* does not exist\n$/);
    const none = evaluateCli([]);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toMatch(/^error: arguments: /);
  }, 30_000);
});
