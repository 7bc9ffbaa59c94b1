import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOH_ENDPOINTS } from '../tools/dns/doh.ts';
import { CSP_DIRECTIVES, DOH_ORIGINS, csp } from './csp.ts';
import { INLINE_SCRIPT_SOURCES, inlineScriptHashes, inlineScriptsOf, sha256 } from './inline-scripts.ts';

// The policy's configuration. The built pages and Chromium are checked by test/e2e/csp.test.ts.

describe('the Content Security Policy configuration', () => {
  it('lets the DNS checker reach exactly the origins of its resolvers', () => {
    expect(DOH_ORIGINS).toEqual(['https://cloudflare-dns.com', 'https://dns.google']);
    expect(DOH_ORIGINS).toEqual([...new Set(DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).origin))]);
    expect(CSP_DIRECTIVES).toContain(`connect-src 'self' ${DOH_ORIGINS.join(' ')}`);
  });

  it('allows no inline or eval script by keyword: only this origin, WebAssembly and hashes', () => {
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.scriptDirective?.strictDynamic).toBeUndefined();
    const hashes = csp.scriptDirective?.hashes ?? [];
    expect(hashes.length).toBeGreaterThanOrEqual(INLINE_SCRIPT_SOURCES.length);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("writes no directive twice, and none a <meta> policy ignores (frame-ancestors is in public/_headers)", () => {
    const names = (csp.directives ?? []).map((directive) => directive.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) expect(names).not.toContain(ignored);
  });
});

describe('inline script hashes', () => {
  it('reads the bodies of is:inline scripts exactly, and only those', () => {
    const source = `---\nconst a = 1;\n---\n<script is:inline>\n\tone();\n</script>\n<script>import './processed';</script>\n<script is:inline aria-hidden="true">two()</script>`;
    expect(inlineScriptsOf(source)).toEqual(['\n\tone();\n', 'two()']);
  });

  it('hashes as a browser does: SHA-256 of the UTF-8 text, base64', () => {
    expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    // UTF-8, as the page is served (an inline script may hold any character).
    expect(sha256('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
  });

  it('finds an inline script in every listed component, and fails loudly when one has none', () => {
    expect(inlineScriptHashes().length).toBeGreaterThanOrEqual(INLINE_SCRIPT_SOURCES.length);
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      const file = join(dir, 'Empty.astro');
      writeFileSync(file, '<p>No script here.</p>');
      expect(() => inlineScriptHashes([pathToFileURL(file)])).toThrow(/has no is:inline script/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
