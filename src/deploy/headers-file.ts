/**
 * A reader for the `_headers` file that Netlify and Cloudflare Pages take from the published
 * folder: blocks of a URL pattern at the start of a line, then indented `Name: value` lines
 * (Cloudflare also allows `! Name`, which detaches a header that another matching rule set).
 * `#` starts a comment line. Strict: a line it cannot place is an error with its line number, so a
 * typo cannot silently drop a security header.
 */

export interface HeaderRule {
  /** The URL pattern: a path, `*` as a splat, `:name` as one segment. */
  pattern: string;
  /** The 1-based line of the pattern. */
  line: number;
  /** Headers set, in order, names as written. */
  set: Array<{ name: string; value: string }>;
  /** Headers detached (Cloudflare's `! Name`). */
  detach: string[];
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!trimmed.startsWith('/') && !/^https:\/\//.test(trimmed)) throw new Error(`line ${line}: a rule starts with a path or an https:// URL, got "${trimmed}"`);
      rules.push({ pattern: trimmed, line, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`line ${line}: a header before any path`);
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (!HEADER_NAME.test(name)) throw new Error(`line ${line}: "${name}" is not a header name`);
      rule.detach.push(name);
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`line ${line}: expected "Name: value", got "${trimmed}"`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) throw new Error(`line ${line}: "${name}" is not a header name`);
    if (value === '') throw new Error(`line ${line}: ${name} has no value`);
    rule.set.push({ name, value });
  });
  return rules;
}
