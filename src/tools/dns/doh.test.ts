import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDomainLive, lookupDomain, queryDoh, readDohJson } from './doh.ts';

// A real DoH-JSON server on loopback with fixed answers: the tests never touch the internet.
// Each path is a resolver with one behaviour.
const GOOD: Record<string, object> = {
  '_sipfederationtls._tcp.contoso.com': { Status: 0, Answer: [{ name: '_sipfederationtls._tcp.contoso.com.', type: 33, TTL: 3600, data: '100 1 5061 sipfed.online.lync.com.' }] },
  '_sip._tls.contoso.com': { Status: 0, Answer: [{ name: '_sip._tls.contoso.com.', type: 33, TTL: 3600, data: '100 1 443 sipdir.online.lync.com.' }] },
  'sip.contoso.com': {
    Status: 0,
    Answer: [
      { name: 'sip.contoso.com.', type: 5, TTL: 3600, data: 'sipdir.online.lync.com.' },
      { name: 'sipdir.online.lync.com.', type: 1, TTL: 30, data: '52.112.66.118' },
    ],
  },
};
let server: Server;
let base = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = url.searchParams.get('name') ?? '';
    const type = url.searchParams.get('type') ?? '';
    seen.push(`${url.pathname} ${name} ${type} ${req.headers.accept}`);
    const json = (body: unknown): void => {
      res.setHeader('content-type', 'application/dns-json');
      res.end(JSON.stringify(body));
    };
    switch (url.pathname) {
      case '/good':
        if (name === 'sip.fabrikam.com' && type === 'A') return json({ Status: 0, Answer: [{ name: 'sip.fabrikam.com.', type: 1, TTL: 60, data: '192.0.2.20' }] });
        return json(GOOD[name] ?? { Status: name.endsWith('contoso.com') ? 3 : 0, Authority: [{ name: 'x.', type: 6, TTL: 1, data: 'soa' }] });
      case '/partial':
        if (name.startsWith('_sip._tls.')) return json({ Status: 2 });
        return json(GOOD[name] ?? { Status: 3 });
      case '/servfail':
        return json({ Status: 2 });
      case '/malformed':
        return res.end('<html>not json</html>');
      case '/no-status':
        return json({ Answer: [] });
      case '/http500':
        res.statusCode = 500;
        return res.end();
      case '/slow':
        return setTimeout(() => json({ Status: 0 }), 4000);
      default:
        res.statusCode = 404;
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readDohJson', () => {
  it('reads Status and answers', () => {
    const r = readDohJson({ Status: 0, Answer: [{ name: 'A.example.', type: 33, TTL: 5, data: '1 2 3 T.example.' }] });
    expect(r).toEqual({ ok: true, value: { status: 0, records: [{ name: 'a.example', type: 'SRV', ttl: 5, data: '1 2 3 t.example' }] } });
  });
  it.each([[null], [[]], ['x'], [{}], [{ Status: '0' }], [{ Status: 0, Answer: {} }], [{ Status: 0, Answer: [{ name: 1 }] }]])('calls %j malformed', (body) => {
    expect(readDohJson(body).ok).toBe(false);
  });
});

describe('queryDoh', () => {
  it('asks with accept: application/dns-json and reads an SRV answer', async () => {
    const r = await queryDoh('_sipfederationtls._tcp.contoso.com', 'SRV', { endpoints: [`${base}/good`] });
    expect(r.query.outcome).toBe('answered');
    expect(r.records[0]?.data).toBe('100 1 5061 sipfed.online.lync.com');
    expect(seen.some((s) => s.includes('/good _sipfederationtls._tcp.contoso.com SRV application/dns-json'))).toBe(true);
  });
  it('reports NXDOMAIN without falling back', async () => {
    const r = await queryDoh('lyncdiscover.contoso.com', 'CNAME', { endpoints: [`${base}/good`, `${base}/servfail`] });
    expect(r.query.outcome).toBe('nxdomain');
    expect(r.endpoint).toBe(`${base}/good`);
  });
  it('falls back from SERVFAIL, malformed JSON, a missing Status, HTTP 500 and a timeout to the next endpoint', async () => {
    const endpoints = ['servfail', 'malformed', 'no-status', 'http500', 'slow', 'good'].map((p) => `${base}/${p}`);
    // Timeouts generous enough for a loaded two-core machine (this server shares the test's process);
    // /slow answers long after them.
    const r = await queryDoh('_sip._tls.contoso.com', 'SRV', { endpoints, timeoutMs: 1500 });
    expect(r.query.outcome).toBe('answered');
    expect(r.endpoint).toBe(`${base}/good`);
  });
  it('fails with every reason named when no endpoint answers', async () => {
    const r = await queryDoh('_sip._tls.contoso.com', 'SRV', { endpoints: [`${base}/servfail`, `${base}/slow`, 'ftp://x', 'not a url'], timeoutMs: 1500 });
    expect(r.query.outcome).toBe('failed');
    expect(r.query.detail).toMatch(/SERVFAIL.*within 1.5 s.*not an http.*not a URL/);
  });
  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = queryDoh('_sip._tls.contoso.com', 'SRV', { endpoints: [`${base}/slow`, `${base}/good`], signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const r = await pending;
    expect(r.query.outcome).toBe('failed');
    expect(r.query.detail).toContain('cancelled');
  });
});

describe('lookupDomain', () => {
  it('rejects an invalid domain with a specific message', async () => {
    expect(await lookupDomain('contoso')).toEqual({ ok: false, message: expect.stringContaining('two parts') });
  });
  it('fails as a whole when no resolver answers anything', async () => {
    const r = await lookupDomain('contoso.com', { endpoints: [`${base}/servfail`] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('No DNS-over-HTTPS resolver answered');
  });
});

describe('checkDomainLive', () => {
  it('checks all four records of a domain', async () => {
    const r = await checkDomainLive('Contoso.com.', { endpoints: [`${base}/good`] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.domain).toBe('contoso.com');
    expect(r.value.records.map((c) => [c.id, c.status])).toEqual([
      ['federation-srv', 'ok'],
      ['sign-in-srv', 'ok'],
      ['sign-in-cname', 'ok'],
      ['lyncdiscover-cname', 'missing'],
    ]);
    expect(r.value.federation).toBe('ok');
  });
  it('reports an A record where the CNAME belongs as wrong', async () => {
    const r = await checkDomainLive('fabrikam.com', { endpoints: [`${base}/good`] });
    if (!r.ok) throw new Error(r.message);
    const sip = r.value.records.find((c) => c.id === 'sign-in-cname');
    expect(sip).toMatchObject({ status: 'wrong', found: 'A 192.0.2.20' });
    expect(r.value.records.find((c) => c.id === 'federation-srv')?.status).toBe('missing');
  });
  it('lists records whose lookup failed as not checked, never as missing', async () => {
    const r = await checkDomainLive('contoso.com', { endpoints: [`${base}/partial`] });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.records.map((c) => c.id)).not.toContain('sign-in-srv');
    expect(r.value.notChecked).toMatchObject([{ id: 'sign-in-srv', reason: expect.stringContaining('SERVFAIL') }]);
  });
  it('fails as a whole on timeouts everywhere', async () => {
    const r = await checkDomainLive('contoso.com', { endpoints: [`${base}/slow`], timeoutMs: 50 });
    expect(r.ok).toBe(false);
  });
});
