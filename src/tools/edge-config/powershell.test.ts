/**
 * The PowerShell output reader, on the forms the Lync Server Management Shell prints. Where each
 * form was seen (our own values throughout):
 * - list output with `Name : value` and the prompt lines: the Get-CsAllowedDomain / Get-CsBlockedDomain
 *   output in "View Edge Server settings in Lync Server 2013" (https://technet.microsoft.com/en-us/library/Dn747890(v=OCS.15));
 * - the Get-CsAccessEdgeConfiguration list ending "RoutingMethod : UseDnsSrvRouting": Microsoft's
 *   Skype for Business Server federation pages (MicrosoftDocs/OfficeDocs-SkypeForBusiness);
 * - Format-Table with its dashed rule and "..." truncation, and Format-List wrapping a long value onto
 *   a line indented to the value column: how PowerShell's formatter prints any object;
 * - `[PS] C:\>` prompts and forum damage (non-breaking spaces, curly quotes, a broken line): pastes
 *   in TechNet forum threads.
 */
import { describe, expect, it } from 'vitest';
import { canonicalCmdlet, normalisePaste, parsePowerShell } from './powershell.ts';

describe('parsePowerShell', () => {
  it('reads list output under its prompt, several objects separated by blank lines', () => {
    const r = parsePowerShell('PS C:\\> Get-CsAllowedDomain\r\n\r\nIdentity : a.com\r\nDomain   : a.com\r\nProxyFqdn :\r\n\r\nIdentity : b.com\r\nDomain   : b.com\r\n');
    expect(r.objects).toHaveLength(2);
    expect(r.objects[0]?.cmdlet).toBe('Get-CsAllowedDomain');
    expect(r.objects[0]?.fields.get('ProxyFqdn')).toBe('');
    expect(r.objects[1]?.fields.get('Domain')).toBe('b.com');
    expect(r.objects[1]?.lineOf.get('Domain')).toBe(8);
    expect(r.unread).toEqual([]);
  });

  it('starts a new object when a property repeats without a blank line', () => {
    const r = parsePowerShell('Identity : a.com\nDomain : a.com\nIdentity : b.com\nDomain : b.com');
    expect(r.objects.map((o) => o.fields.get('Domain'))).toEqual(['a.com', 'b.com']);
  });

  it('joins a value PowerShell wrapped onto an indented line, and one a forum broke', () => {
    const wrapped = parsePowerShell('AutodiscoverUrl           : https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/r\n                            oot\n');
    expect(wrapped.objects[0]?.fields.get('AutodiscoverUrl')).toBe('https://webdir.online.lync.com/Autodiscover/AutodiscoverService.svc/root');
    const broken = parsePowerShell('ProxyFqdn : sipfed.online.lync.\ncom\nEnabled : True');
    expect(broken.objects[0]?.fields.get('ProxyFqdn')).toBe('sipfed.online.lync.com');
    expect(broken.objects[0]?.fields.get('Enabled')).toBe('True');
    const words = parsePowerShell('Comment : Partner since\n          2010 contract');
    expect(words.objects[0]?.fields.get('Comment')).toBe('Partner since 2010 contract');
  });

  it('reads Format-Table by column position, with blank cells, right-aligned values and "..." truncation', () => {
    const text = [
      'PS C:\\> Get-CsAllowedDomain | ft',
      '',
      'Identity                      Domain                        ProxyFqdn              Comment',
      '--------                      ------                        ---------              -------',
      'contoso.com                   contoso.com                   sipfed.online.lync.com',
      'litware-partner-with-a-lon... litware-partner-with-a-lon...                        two words',
      '',
      'AllowAnonymousUsers AllowFederatedUsers',
      '------------------- -------------------',
      '               True               False',
    ].join('\n');
    const r = parsePowerShell(text);
    expect(r.objects).toHaveLength(3);
    expect(Object.fromEntries(r.objects[0]!.fields)).toEqual({ Identity: 'contoso.com', Domain: 'contoso.com', ProxyFqdn: 'sipfed.online.lync.com', Comment: '' });
    expect(r.objects[1]?.fields.get('Domain')).toBe('litware-partner-with-a-lon');
    expect([...r.objects[1]!.truncated]).toEqual(['identity', 'domain']);
    expect(r.objects[1]?.fields.get('Comment')).toBe('two words');
    expect(r.objects[2]?.fields.get('AllowFederatedUsers')).toBe('False');
    expect(r.objects[2]?.form).toBe('table');
  });

  it('knows the prompt forms and bare command lines, and keeps the command for its parameters', () => {
    for (const prompt of ['PS C:\\> ', 'PS C:\\Users\\admin> ', '[edge01]: PS C:\\> ', '[PS] C:\\Windows\\system32>', '']) {
      const r = parsePowerShell(`${prompt}Test-CsFederatedPartner -TargetFqdn edge.litwareinc.com -Domain contoso.com\n\nTargetFqdn : edge.litwareinc.com\nResult : Success`);
      expect(r.objects[0]?.cmdlet, prompt).toBe('Test-CsFederatedPartner');
      expect(r.objects[0]?.command).toContain('-Domain contoso.com');
      expect(r.commands).toHaveLength(1);
    }
  });

  it('sets PowerShell error blocks apart and lists other lines as unread, with their line numbers', () => {
    const r = parsePowerShell([
      'PS C:\\> Get-CsHostingProviders',
      "Get-CsHostingProviders : The term 'Get-CsHostingProviders' is not recognized as the name of a cmdlet.",
      'At line:1 char:23',
      '+ Get-CsHostingProviders <<<<',
      '    + CategoryInfo          : ObjectNotFound: (Get-CsHostingProviders:String) [], CommandNotFoundException',
      '',
      'Hello, can anyone help?',
    ].join('\r\n'));
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    expect(r.objects).toEqual([]);
    expect(r.unread).toEqual([{ line: 7, text: 'Hello, can anyone help?', why: expect.any(String) }]);
  });

  it('undoes forum damage: non-breaking spaces, curly quotes, zero-width characters, a byte-order mark', () => {
    expect(normalisePaste('\uFEFFIdentity\u00A0: \u201CLyncOnline\u201D\u200B')).toBe('Identity : "LyncOnline"');
    const r = parsePowerShell('Enabled\u00A0\u00A0\u00A0: True');
    expect(r.objects[0]?.fields.get('Enabled')).toBe('True');
  });

  it('spells cmdlets canonically whatever the case typed', () => {
    expect(canonicalCmdlet('get-csallowedDomain')).toBe('Get-CsAllowedDomain');
    expect(parsePowerShell('PS C:\\> get-csaccessedgeconfiguration | fl\n\nAllowFederatedUsers : True').objects[0]?.cmdlet?.toLowerCase()).toBe('get-csaccessedgeconfiguration');
  });

  it('keeps VERBOSE and WARNING messages out of the objects, as unread lines', () => {
    const r = parsePowerShell('PS C:\\> Test-CsFederatedPartner -TargetFqdn e.litwareinc.com -Domain contoso.com -Verbose\nVERBOSE: Workflow Execution Started\nTargetFqdn : e.litwareinc.com\nResult     : Success\nWARNING: The test was run against a single Edge');
    expect(r.objects).toHaveLength(1);
    expect([...r.objects[0]!.fields.keys()]).toEqual(['TargetFqdn', 'Result']);
    expect(r.unread.map((u) => u.line)).toEqual([2, 5]);
    expect(r.unread[0]?.why).toMatch(/VERBOSE message/);
  });

  it('joins the rows Format-Table -Wrap continues under their column', () => {
    const r = parsePowerShell([
      'Identity    Domain      ProxyFqdn',
      '--------    ------      ---------',
      'contoso.com contoso.com sipfed.online.',
      '                        lync.com',
      'litware.com litware.com',
    ].join('\n'));
    expect(r.objects.map((o) => [o.fields.get('Domain'), o.fields.get('ProxyFqdn')])).toEqual([['contoso.com', 'sipfed.online.lync.com'], ['litware.com', '']]);
  });
});
