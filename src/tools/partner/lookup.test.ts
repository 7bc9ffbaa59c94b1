import { describe, expect, it } from 'vitest';
import { lookUpPartner, lookupCommands } from './lookup.ts';

/** A fake DNS-over-HTTPS resolver: records each question, answers from a table. */
function resolver(table: Record<string, object>) {
  const asked: string[] = [];
  const fetch = (async (url: string) => {
    const u = new URL(url);
    asked.push(`${u.searchParams.get('name')} ${u.searchParams.get('type')}`);
    return new Response(JSON.stringify(table[u.searchParams.get('name') ?? ''] ?? { Status: 3 }), { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('live partner look-up', () => {
  it('asks exactly the two federation SRV names, nothing else', async () => {
    const r = resolver({ '_sipfederationtls._tcp.fabrikam.com': { Status: 0, Answer: [{ name: '_sipfederationtls._tcp.fabrikam.com.', type: 33, TTL: 3600, data: '100 1 5061 sipfed.online.lync.com.' }] } });
    const result = await lookUpPartner('Contoso.com', 'fabrikam.com', { fetch: r.fetch });
    expect(r.asked.sort()).toEqual(['_sipfederationtls._tcp.contoso.com SRV', '_sipfederationtls._tcp.fabrikam.com SRV']);
    expect(result.ok && result.value.partner.kind).toBe('lync-online');
    expect(result.ok && result.value.yours?.status).toBe('missing');
  });

  it('refuses a malformed domain before asking anything', async () => {
    const r = resolver({});
    expect(await lookUpPartner('contoso.com', 'fab rikam.com', { fetch: r.fetch })).toMatchObject({ ok: false });
    expect(await lookUpPartner('contoso.com', '', { fetch: r.fetch })).toMatchObject({ ok: false });
    expect(r.asked).toEqual([]);
  });

  it('a resolver that fails gives "nothing can be said", not a guess', async () => {
    const fetch = (async () => new Response('nope', { status: 500 })) as typeof globalThis.fetch;
    const result = await lookUpPartner('', 'fabrikam.com', { fetch, endpoints: ['https://a.example/dns-query'] });
    expect(result.ok && result.value.partner.kind).toBe('unknown');
  });

  it('offers the same question as commands to run by hand', () => {
    expect(lookupCommands('fabrikam.com')).toContain('nslookup -type=srv _sipfederationtls._tcp.fabrikam.com');
  });
});
