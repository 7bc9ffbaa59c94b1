import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { MATRIX, MODALITIES, MODALITY_NAMES, type Partner, type Tenant } from '../../rules/index.ts';
import { assumedPartner, typedContact } from './assume.ts';
import { runInventory } from './inventory.ts';
import { csvCell, escapeMarkdown, inventoryCsv, inventoryJson, inventoryMarkdown, summaryLine } from './report.ts';

const tenant: Tenant = { domain: 'contoso.com', dnsVerified: true, federation: { mode: 'allow-all-except-blocked', domains: [] }, publicIm: 'disabled', userExternalAccess: true };
const lo = (d: string) => assumedPartner(d, 'lync-online', 'contoso.com');
const partners: Partner[] = [lo('fabrikam.com'), lo('adatum.com'), lo('litwareinc.com'), assumedPartner('hotmail.com', 'windows-live-messenger', 'contoso.com')];

describe('the inventory in words and files', () => {
  it('says the classic change in one line: "3 partners lose …"', () => {
    const inv = runInventory(tenant, partners, { ...tenant, federation: { mode: 'block-all-except-allowed', domains: [] } }, typedContact);
    // Every modality a Lync Online partner carries (the matrix's row), in the page's words.
    const lost = MODALITIES.filter((m) => MATRIX['lync-online'][m].supported).map((m, i) => (i === 0 || m === 'im' ? MODALITY_NAMES[m] : MODALITY_NAMES[m].toLowerCase()));
    expect(summaryLine(inv)).toBe(`3 partners lose ${lost.slice(0, -1).join(', ')} and ${lost.at(-1)}`);
    expect(lost.slice(0, 4)).toEqual(['IM', 'presence', 'audio', 'video']);
    const pim = runInventory(tenant, partners, { ...tenant, publicIm: 'enabled' }, typedContact);
    expect(summaryLine(pim)).toMatch(/^1 partner gains IM/);
    expect(summaryLine(runInventory(tenant, partners))).toBe('No change for any of the 4 partners.');
  });

  it('CSV: a header, one row per partner, cells quoted where needed and formulas defused', () => {
    const inv = runInventory(tenant, partners, { ...tenant, federation: { mode: 'block-all-except-allowed', domains: ['fabrikam.com'] } }, typedContact);
    const lines = inventoryCsv(inv).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^domain,kind,im now,im proposed/);
    expect(lines[2]).toMatch(/^adatum\.com,lync-online,works,blocked/);
    expect(csvCell('=cmd()')).toBe("'=cmd()");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it('the forum answer is a Markdown table a real renderer draws, with the reader\'s text escaped', () => {
    const inv = runInventory(tenant, partners, { ...tenant, federation: { mode: 'block-all-except-allowed', domains: [] } }, typedContact);
    const md = inventoryMarkdown(inv, 'contoso.com', 'Domain Federation is "Block all | <b>x</b>"', 'https://example.org/x');
    const html = new MarkdownIt().render(md);
    expect(html).toContain('<table>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(5);
    expect(html).not.toContain('<b>x</b>');
    expect(escapeMarkdown('a|b*c')).toBe('a\\|b\\*c');
  });

  it('carries the date: a column of the CSV, the first field of the JSON, "as of" in the forum answer, uncertain cells with why', () => {
    const messengerPartners: Partner[] = [lo('fabrikam.com'), assumedPartner('hotmail.com', 'windows-live-messenger', 'contoso.com')];
    const open = { ...tenant, publicIm: 'enabled' as const };
    const inv = runInventory(open, messengerPartners, { ...open, federation: { mode: 'block-all-except-allowed', domains: [] } }, typedContact, '2013-06-01');
    const csv = inventoryCsv(inv, '2013-06-01').trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/,uncertain because,as of$/);
    expect(csv[1]).toMatch(/,2013-06-01$/);
    expect(csv[2]).toMatch(/works \(uncertain\)/);
    expect(JSON.parse(inventoryJson(inv, '2013-06-01'))).toEqual({ asOf: '2013-06-01', ...JSON.parse(JSON.stringify(inv)) });
    expect(Object.keys(JSON.parse(inventoryJson(inv)))[0]).toBe('asOf');
    expect(JSON.parse(inventoryJson(inv)).asOf).toBe('2011-06-28');
    const md = inventoryMarkdown(inv, 'contoso.com', 'Domain Federation becomes "Block"', null, '2013-06-01');
    expect(md.split('\n')[0]).toBe('**Partners of contoso.com, as of June 2013, if Domain Federation becomes "Block"**');
    expect(md).toContain('**Uncertain, as of June 2013**');
    expect(md).toMatch(/- user@hotmail\.com: .*Messenger was retired/);
    // Each reason once, though several modalities give it.
    expect(md.split('Audio and video with Windows Live Messenger are shown as not supported').length).toBe(2);
    expect(new MarkdownIt().render(md)).toContain('<table>');
    // At general availability no date is said, as the playground's forum answer does (Messenger's
    // audio and video are uncertain at every date, so that list stays).
    const ga = inventoryMarkdown(runInventory(open, messengerPartners, open, typedContact), 'contoso.com', null, null);
    expect(ga).not.toMatch(/as of/);
    expect(ga).toContain('**Uncertain**');
    expect(ga).not.toMatch(/retired/);
  });
});
