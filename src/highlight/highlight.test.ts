import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './contrast.ts';
import { CODE_BACKGROUND, highlight } from './highlight.ts';

describe('highlight', () => {
  it('keeps the text exactly, line by line', async () => {
    const code = "New-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'\nTest-CsFederatedPartner";
    const lines = await highlight(code, 'powershell');
    expect(lines.map((line) => line.map((t) => t.text).join('')).join('\n')).toBe(code);
  });
  it('colours the cmdlet, the strings and the constants differently', async () => {
    const [line] = await highlight("New-CsHostingProvider -Identity 'LyncOnline' -Enabled $True", 'powershell');
    const colourOf = (text: string) => line!.find((t) => t.text === text)?.dark;
    expect(new Set([colourOf('New-CsHostingProvider'), colourOf('LyncOnline'), colourOf('$True')]).size).toBe(3);
  });
  it('gives every token at least 5.5:1 contrast in both themes', async () => {
    const lines = [
      ...(await highlight("# a comment\nSet-CsAccessEdgeConfiguration -AllowFederatedUsers $True", 'powershell')),
      ...(await highlight("# a comment\ndig _sipfederationtls._tcp.contoso.com SRV | grep -v '^;'", 'shellscript')),
    ];
    for (const token of lines.flat()) {
      expect(contrastRatio(parseHex(token.dark)!, parseHex(CODE_BACKGROUND.dark)!)).toBeGreaterThanOrEqual(5.5);
      expect(contrastRatio(parseHex(token.light)!, parseHex(CODE_BACKGROUND.light)!)).toBeGreaterThanOrEqual(5.5);
    }
  });
});
