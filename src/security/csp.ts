/**
 * The site's Content Security Policy, given to Astro as `security.csp` (astro.config.mjs). Astro
 * writes it into every page as <meta http-equiv="content-security-policy"> and adds the hashes of
 * the scripts and styles it bundles or inlines itself; the `is:inline` scripts, which Astro leaves
 * alone, are hashed in inline-scripts.ts. test/e2e/csp.test.ts is the gate: every built page
 * carries this policy and loads in Chromium without a single violation.
 *
 * - Scripts: this origin and hashed inline scripts only: no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' lets search (Pagefind) compile its WebAssembly; it allows no JavaScript eval.
 * - Styles: this origin and hashed <style> elements. Style attributes are allowed
 *   (style-src-attr 'unsafe-inline'): Starlight's icons and our code blocks (build-time colours) set
 *   their colours in style attributes, one distinct value per token, which no list of hashes can
 *   follow. A style attribute cannot run script.
 * - Requests: this origin and the DNS checker's DNS-over-HTTPS resolvers, nothing else.
 * - frame-ancestors is not here: a policy in a <meta> cannot carry it. It is sent as a header
 *   (public/_headers), where the framing rules live.
 */
import type { AstroUserConfig } from 'astro';
import { DEFAULT_DOH_ENDPOINTS } from '../tools/dns/doh.ts';
import { inlineScriptHashes } from './inline-scripts.ts';

type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** The origins of the DNS checker's resolvers, read from its endpoints so the two cannot drift. */
export const DOH_ORIGINS: readonly string[] = [...new Set(DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).origin))];

/** Every directive but script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  `connect-src 'self' ${DOH_ORIGINS.join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The trace explainer's Web Worker, a file of this site.
  "worker-src 'self'",
] as const;

export const csp: CspConfig = {
  algorithm: 'SHA-256',
  directives: [...CSP_DIRECTIVES],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: inlineScriptHashes(),
  },
  styleDirective: {
    // Each source scoped to what it is for: 'self' (and the hashes) to <style> and stylesheet
    // elements, 'unsafe-inline' to style attributes. A plain style-src 'self' next to
    // style-src-attr would not reach attributes (browsers do not fall back), and Astro warned so
    // at every build; 'self' means nothing for an attribute, so nothing is lost.
    resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }],
  },
};
