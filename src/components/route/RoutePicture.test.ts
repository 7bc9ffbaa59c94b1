import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { evaluateInput } from '../../rules/index.ts';
import { PRESETS, type PresetId } from '../../scenarios/presets.ts';
import { RoutePicture } from './RoutePicture.tsx';

function html(preset: PresetId, change: (input: any) => void = () => {}, fixHref?: (rule: string) => string) {
  const input = structuredClone(PRESETS[preset].scenario) as any;
  change(input);
  const result = evaluateInput(input);
  if (!result.ok) throw new Error(result.message);
  return render(h(RoutePicture, { evaluation: result.evaluation, fixHref }));
}

/** The hops' text as a screen reader reads the list: tags dropped, one line per hop. */
function hopTexts(markup: string): string[] {
  const list = markup.slice(markup.indexOf('<ol>'), markup.indexOf('</ol>'));
  return list
    .split(/<li data-hop=/)
    .slice(1)
    .map((item) =>
      item
        .replace(/^"[^"]*"[^>]*>/, '')
        .replace(/<sup>[^<]*<\/sup>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;|&rsquo;/g, '’')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

describe('RoutePicture', () => {
  it('is an ordered list of hops, each with data-hop and data-state, and a heading', () => {
    const markup = html('both-on-lync-online');
    expect(markup).toMatch(/<h3>The route, hop by hop<\/h3><ol>/);
    expect([...markup.matchAll(/data-hop="([^"]+)" data-state="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'your-user:passes',
      'your-tenant:passes',
      'federation-edge:passes',
      'dns:passes',
      'their-tenant:passes',
      'their-user:passes',
    ]);
    expect(markup).not.toContain('data-reasons');
    expect(hopTexts(markup)[2]).toBe('Lync Online federation edge sipfed.online.lync.com passes');
  });

  it('marks the hop of the first blocker with its reasons, its explanation and a link to its fix', () => {
    // No entry for your domain, discovery off: the Edge does not admit you (first, in the rules'
    // troubleshooting order) and has no route to Lync Online (second). Both hops block; the first is marked.
    const markup = html('partner-on-premises', (s) => (s.partner.allowedDomains = []), (rule) => `#fix-${rule}`);
    expect(markup).toContain('data-first-hop="their-edge"');
    expect(markup).toContain('data-hop="their-edge" data-state="blocks" data-reasons="partner-tenant-domain-not-allowed" data-first>');
    const edge = hopTexts(markup)[4]!;
    expect(edge).toMatch(/^Their Access Edge Lync Server 2010, litwareinc\.com breaks here/);
    expect(edge).toContain('Your domain admitted (discovery or allowed entry): blocks');
    expect(edge).toContain('Their Edge allows federation: passes');
    expect(markup).toContain('<a href="#fix-partner-edge-tenant-domain-not-allowed">How to fix it</a>');
    // The route blocks too, unmarked, with its own reason.
    expect(markup).toContain('data-hop="route" data-state="blocks" data-reasons="partner-no-route-to-lync-online">');
    expect(hopTexts(markup)[3]).toMatch(/^Their route to Lync Online none to sipfed\.online\.lync\.com blocks .*Hosting provider or allowed-domain entry to Lync Online: blocks/);
    expect(markup.match(/breaks here/g)).toHaveLength(1);
  });

  it('says where encryption stops being Microsoft’s, on the hop it follows', () => {
    const texts = hopTexts(html('messenger-vanity-domain'));
    // No sipfed hop on the Messenger path: your user, your tenant, Public IM, Messenger, their user.
    expect(texts[2]).toMatch(/^Public IM connectivity to Windows Live passes .*Past this point encryption is not Microsoft’s to control/);
    expect(texts[3]).toMatch(/^Windows Live Messenger mydomain\.com passes/);
  });

  it('a modality the partner kind does not carry is said once for the path, not as a broken hop', () => {
    const markup = html('messenger-microsoft-address', (s) => (s.modalities = ['audio', 'im']));
    expect(markup).toContain('<p class="rn">Not carried on this route: audio (as the article reads; uncertain).</p>');
    expect(markup).not.toContain('data-state="blocks"');
    const none = html('messenger-microsoft-address', (s) => (s.modalities = ['video']));
    expect([...none.matchAll(/data-state="([^"]+)"/g)].every((m) => m[1] === 'not-carried')).toBe(true);
    expect(hopTexts(none)[0]).toContain('not carried');
  });

  it('one line per thing checked: your block list and allow list are one check', () => {
    const texts = hopTexts(html('both-on-lync-online', (s) => (s.tenant.federation = { mode: 'block-all-except-allowed', domains: [] })));
    expect(texts[1]!.startsWith('Your Lync Online tenant contoso.com breaks here Your federation on: passes Your list admits their domain: blocks ')).toBe(true);
    expect(texts[1]!.match(/Your list admits their domain/g)).toHaveLength(1);
  });

  it('lists its sources with their public addresses', () => {
    const markup = html('partner-on-premises');
    expect(markup).toContain('<ol class="rsrc" aria-label="Sources for the route"><li><a href="http://www.ultimate-communications.com/2011/07/federation-101-in-lync-online-office365-lync/">');
    expect(markup).toContain('gg398628(v=ocs.14)');
  });
});
