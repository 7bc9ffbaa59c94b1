import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimPolicyHashes } from './trim-csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

function page(policy: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

describe('trimPolicyHashes', () => {
  const used = 'document.title = "x"';
  const style = 'p{color:red}';
  const unused = hash('not on this page');

  it("keeps the hashes of the page's own inline scripts and styles, drops the others, changes nothing else", () => {
    const policy = `default-src 'self';connect-src 'self' https://dns.google; script-src 'self' 'wasm-unsafe-eval' ${hash(used)} ${unused}; style-src 'self' ${unused} ${hash(style)}; style-src-attr 'unsafe-inline';`;
    const html = page(policy, `<script>${used}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`);
    const expected = `default-src 'self';connect-src 'self' https://dns.google; script-src 'self' 'wasm-unsafe-eval' ${hash(used)}; style-src 'self' ${hash(style)}; style-src-attr 'unsafe-inline';`;
    expect(trimPolicyHashes(html)).toBe(page(expected, `<script>${used}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`));
  });

  it('does not count an external script as inline, and leaves a directive with only its keywords', () => {
    const external = '';
    const html = page(`script-src 'self' ${hash(external)};`, '<script src="/a.js"></script>');
    expect(trimPolicyHashes(html)).toBe(page(`script-src 'self';`, '<script src="/a.js"></script>'));
  });

  it('leaves a page without a policy alone', () => {
    const html = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/">';
    expect(trimPolicyHashes(html)).toBe(html);
  });

  it('matches a body byte for byte, whitespace included', () => {
    const html = page(`script-src 'self' ${hash('\n\tgo();\n')};`, '<script>\n\tgo();\n</script>');
    expect(trimPolicyHashes(html)).toBe(html);
    expect(trimPolicyHashes(page(`script-src 'self' ${hash('go();')};`, '<script>\n\tgo();\n</script>'))).toBe(page(`script-src 'self';`, '<script>\n\tgo();\n</script>'));
  });
});
