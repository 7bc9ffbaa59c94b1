import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { codeBlockElement, COPY_SCRIPT_COMPONENT, languageOf, rehypeCodeBlocks, titleOf } from './rehype-code-blocks.ts';

const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [rehypeCodeBlocks()] })).html;
const mdx = async (source: string) => (await mdxToJs(source, { hastPlugins: [rehypeCodeBlocks()], jsxImportSource: 'astro' })).code;

/** The text a reader sees in a block's <code> (what the copy button copies), tags dropped and entities read. */
function codeText(block: string): string {
  const inner = /<code>([\s\S]*?)<\/code>/.exec(block)?.[1] ?? '';
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('titleOf', () => {
  it('reads title="…", title=\'…\' and a bare title', () => {
    expect(titleOf('title="Windows PowerShell: all four records"')).toBe('Windows PowerShell: all four records');
    expect(titleOf("wrap title='Linux or macOS: dig'")).toBe('Linux or macOS: dig');
    expect(titleOf('title=nslookup frame=terminal')).toBe('nslookup');
  });
  it('unescapes quotes and backslashes inside the quotes', () => {
    expect(titleOf(String.raw`title="The \"article's\" form \\ two"`)).toBe(`The "article's" form \\ two`);
  });
  it('has no title without one, or with an empty one', () => {
    expect(titleOf(undefined)).toBeUndefined();
    expect(titleOf('')).toBeUndefined();
    expect(titleOf('subtitle="x"')).toBeUndefined();
    expect(titleOf('title=""')).toBeUndefined();
  });
});

describe('languageOf', () => {
  it('knows PowerShell and shell names, in any case', () => {
    expect(languageOf('powershell')).toBe('powershell');
    expect(languageOf('PS1')).toBe('powershell');
    expect(languageOf('sh')).toBe('shellscript');
    expect(languageOf('bash')).toBe('shellscript');
  });
  it('treats anything else, or nothing, as plain text', () => {
    expect(languageOf('text')).toBe('text');
    expect(languageOf('yaml')).toBe('text');
    expect(languageOf(undefined)).toBe('text');
  });
});

describe('codeBlockElement', () => {
  it('falls back to plain text when the tokens do not spell the code', () => {
    const element = codeBlockElement({ code: 'Get-X', lines: [[{ text: 'Get-Y', dark: '#ffffff', light: '#000000' }]] });
    const pre = element.children.find((child) => child.type === 'element' && child.tagName === 'pre');
    expect(JSON.stringify(pre)).not.toContain('--lf-d');
    expect(JSON.stringify(pre)).toContain('"value":"Get-X"');
  });
});

describe('code fences (Sätteri hast plugin)', () => {
  it("writes CommandBlock's markup: titled figure, coloured tokens, a copy button hidden until the script runs", async () => {
    const out = await html('Text.\n\n```powershell title="Lync Server Management Shell: test"\nNew-CsAllowedDomain -Identity contoso.com -Enabled $True\n```\n');
    expect(out).toContain('<figure class="lf-code not-content"><figcaption>Lync Server Management Shell: test</figcaption><pre><code><span class="lf-code-line"><span style="--lf-d:');
    expect(codeText(out)).toBe('New-CsAllowedDomain -Identity contoso.com -Enabled $True');
    // The cmdlet and the constant are coloured differently.
    const colour = (text: string) => new RegExp(`<span style="([^"]+)">${text.replace('$', '\\$')}</span>`).exec(out)?.[1];
    expect(colour('New-CsAllowedDomain')).toBeDefined();
    expect(colour('New-CsAllowedDomain')).not.toBe(colour('$True'));
    expect(out).toMatch(/<button type="button" class="lf-copy" data-copy="" aria-label="Copy: Lync Server Management Shell: test" data-copy-state="idle" data-ready="false" tabindex="-1"[^>]*>Copy<\/button><\/figure>/);
    expect(out).not.toContain('<pre><code class="language-');
  });

  it('keeps several lines, empty ones included, with no line break after the last', async () => {
    const code = '# Allow federation\nSet-CsAccessEdgeConfiguration -AllowFederatedUsers $True\n\nSet-CsExternalAccessPolicy -Identity Global';
    const out = await html(`\`\`\`powershell\n${code}\n\`\`\`\n`);
    expect(codeText(out)).toBe(code);
    expect(out.match(/class="lf-code-line"/g)).toHaveLength(4);
    expect(out).not.toContain('<figcaption>');
    expect(out).toContain('aria-label="Copy this code"');
  });

  it('colours shell commands too', async () => {
    const out = await html('```sh title="Linux or macOS: dig"\ndig _sipfederationtls._tcp.contoso.com SRV\n```\n');
    expect(out).toContain('<span style="--lf-d:');
    expect(codeText(out)).toBe('dig _sipfederationtls._tcp.contoso.com SRV');
  });

  it('shows an unknown language, or none, as plain escaped text', async () => {
    for (const fence of ['```yaml', '```text title="The address to type in Lync"', '```']) {
      const out = await html(`${fence}\nusername(domain.com)@msn.com <b>&amp; "x"</b>\n\`\`\`\n`);
      expect(out).toContain('<pre><code>username(domain.com)@msn.com &lt;b&gt;&amp;amp; "x"&lt;/b&gt;</code></pre>');
      expect(out).not.toContain('<span style=');
    }
  });

  it('leaves inline code and a <pre> that is not a fence alone', async () => {
    const out = await html('Run `Get-X` first.\n\n<pre>raw</pre>\n');
    expect(out).toContain('<code>Get-X</code>');
    expect(out).toContain('<pre>raw</pre>');
    expect(out).not.toContain('lf-code');
  });

  it('in MDX, renders the copy script once per page with code blocks, and not on pages without', async () => {
    const two = await mdx('# Page\n\n```powershell title="One"\nGet-X {not an expression}\n```\n\n```sh\necho <b>\n```\n');
    expect(two.split(`import LfCodeCopyScript from ${JSON.stringify(COPY_SCRIPT_COMPONENT)};`)).toHaveLength(2);
    expect(two.match(/_jsx\(LfCodeCopyScript, \{\}\)/g)).toHaveLength(1);
    expect(two).toContain('{not an expression}');
    expect(await mdx('# Page\n\nNo code here, only `inline` code.\n')).not.toContain('LfCodeCopyScript');
    // Plain Markdown cannot render components: no import there.
    expect(await html('```sh\necho\n```\n')).not.toContain('LfCodeCopyScript');
  });

  it('points at the component that exists', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(COPY_SCRIPT_COMPONENT)).toBe(true);
  });
});
