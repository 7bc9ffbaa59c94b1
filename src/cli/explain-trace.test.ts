import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(`${root}node_modules/.bin/tsx`, ['src/cli/explain-trace.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });

describe('explain-trace CLI', () => {
  it('prints messages and findings as JSON, exit 0', () => {
    const r = run(['test/fixtures/trace/ocslogger-1005.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.messages).toBe(2);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ code: 1005, reason: 'Cannot route to destination domain', status: 504, callId: '8f2e1c0a9b7d4e3f', rule: 'partner-no-route-to-lync-online' });
    expect(Object.keys(out.findings[0]).slice(0, 6)).toEqual(['code', 'reason', 'status', 'callId', 'explanation', 'rule']);
  });
  it('exits 2 with one line on stderr and nothing on stdout when there is no SIP message', () => {
    const r = run(['-'], 'nothing to see here\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('No SIP messages found');
  });
  it('exits 2 for a missing file, without a stack trace', () => {
    const r = run(['no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('explain-trace: no such file: no/such/file.txt\n');
  });
});
