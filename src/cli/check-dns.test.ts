import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/check-dns.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });

describe('check-dns CLI', () => {
  it('prints the report as JSON for a file, exit 0', () => {
    const r = run(['test/fixtures/dns/nslookup-windows.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.domain).toBe('contoso.com');
    expect(out.records[0]).toMatchObject({ name: '_sipfederationtls._tcp.contoso.com', type: 'SRV', status: 'ok', expected: '5061 sipfed.online.lync.com', found: '5061 sipfed.online.lync.com' });
    expect(Object.keys(out.records[0]).slice(0, 5)).toEqual(['name', 'type', 'status', 'expected', 'found']);
  });
  it('reads standard input and takes --domain', () => {
    const zone = readFileSync(`${root}test/fixtures/dns/zone.txt`, 'utf8').replace('$ORIGIN contoso.com.\n', '');
    const r = run(['-', '--domain', 'fabrikam.com'], zone);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).records[0].name).toBe('_sipfederationtls._tcp.fabrikam.com');
  });
  it('exits 2 with one line on stderr and nothing on stdout for an unrecognised paste', () => {
    const r = run(['-'], 'This is not DNS output at all.\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/nslookup.*dig.*Resolve-DnsName.*zone file/);
  });
});
