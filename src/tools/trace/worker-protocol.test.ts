import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainTrace } from './explain.ts';
import { runRequest, type WorkerResponse } from './worker-protocol.ts';

const log = readFileSync(new URL('../../../test/fixtures/trace/ocslogger-1005.txt', import.meta.url), 'utf8');

async function run(data: unknown): Promise<WorkerResponse[]> {
  const posted: WorkerResponse[] = [];
  await runRequest(data, (m) => posted.push(m));
  return posted;
}

describe('runRequest', () => {
  it('explains text, posting progress then the result', async () => {
    const posted = await run({ id: 7, type: 'explain', text: log, chunkSize: 4096 });
    const last = posted.at(-1);
    expect(last).toEqual({ id: 7, type: 'result', result: explainTrace(log) });
    expect(posted.slice(0, -1).every((m) => m.type === 'progress' && m.id === 7)).toBe(true);
    expect(posted.at(-2)).toEqual({ id: 7, type: 'progress', done: log.length, total: log.length });
  });
  it('reads a file in chunks, keeping multi-byte characters split across chunks whole', async () => {
    const text = `${'é€'.repeat(3000)}\n${log}`;
    const posted = await run({ id: 1, type: 'explain', file: new Blob([text]), chunkSize: 4097 });
    const result = posted.at(-1);
    expect(result?.type === 'result' && result.result).toEqual(explainTrace(text));
  });
  it('reads a UTF-16 file (as PowerShell saves it)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log, 'utf16le')]);
    const posted = await run({ id: 2, type: 'explain', file: new Blob([bytes]) });
    const result = posted.at(-1);
    expect(result?.type === 'result' && result.result.ok && result.result.value.findings[0]?.code).toBe(1005);
  });
  it('answers a malformed request with a message, not an exception', async () => {
    expect(await run({ type: 'nope' })).toEqual([{ id: -1, type: 'result', result: { ok: false, message: expect.stringContaining('expects') } }]);
    expect(await run(null)).toHaveLength(1);
  });
});
