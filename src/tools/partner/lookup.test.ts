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

describe('the playground link of a look-up', async () => {
  const { lookupPlaygroundLink } = await import('./playground-link.ts');
  const { readPartnerRecord } = await import('./read-record.ts');
  const { decodePlaygroundParams } = await import('../../share/playground-params.ts');
  const { readAssumed } = await import('../../share/assumed-fields.ts');
  it('opens the partner with its likely kind, everything but the two domains marked assumed', () => {
    const reading = readPartnerRecord('litwareinc.com', { name: 'n', outcome: 'answered', records: [{ priority: 1, weight: 1, port: 5061, target: 'sip.litwareinc.com' }] });
    const link = lookupPlaygroundLink(reading, 'contoso.com')!;
    const search = link.slice(link.indexOf('?'));
    const d = decodePlaygroundParams(search);
    expect(d.problems).toEqual([]);
    expect(d.draft.platform).toBe('lync-server-2010');
    expect(d.draft.onPremises.domain).toBe('litwareinc.com');
    const assumed = readAssumed(search);
    expect(assumed).toContain('p');
    expect(assumed).toContain('discovery');
    expect(assumed).not.toContain('them');
    expect(assumed).not.toContain('you');
    expect(lookupPlaygroundLink(readPartnerRecord('x.com', { name: 'n', outcome: 'failed', records: [] }), null)).toBeNull();
  });
});
