import type { HeaderRule } from './headers-file.ts';

/**
 * The headers a request path gets from `_headers` rules, as each host combines them. The two
 * hosts differ when several rules that match a path set the same header:
 * - Cloudflare Pages applies every matching rule and joins repeated headers with ", " (two
 *   Content-Security-Policy values become two policies, both enforced); `! Name` removes a header
 *   another matching rule set.
 * - Netlify combines matching rules in file order, a later rule's value replacing an earlier one,
 *   and does not know `! Name`.
 * `conflicts` names every header that two matching rules set: where it is empty, the hosts agree
 * and rule order cannot matter. Headers are keyed by lower-case name.
 */
export interface ResolvedHeaders {
  cloudflare: Map<string, string>;
  netlify: Map<string, string>;
  conflicts: string[];
}

function matches(pattern: string, path: string): boolean {
  const pathOnly = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = pathOnly
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

export function headersForPath(rules: HeaderRule[], path: string): ResolvedHeaders {
  const cloudflare = new Map<string, string>();
  const netlify = new Map<string, string>();
  const setBy = new Map<string, number>();
  const matching = rules.filter((rule) => matches(rule.pattern, path));
  for (const rule of matching) {
    for (const { name, value } of rule.set) {
      const key = name.toLowerCase();
      const previous = cloudflare.get(key);
      cloudflare.set(key, previous !== undefined ? `${previous}, ${value}` : value);
      netlify.set(key, value);
      setBy.set(key, (setBy.get(key) ?? 0) + 1);
    }
  }
  for (const rule of matching) for (const name of rule.detach) cloudflare.delete(name.toLowerCase());
  const conflicts = [...setBy].filter(([, count]) => count > 1).map(([key]) => key);
  return { cloudflare, netlify, conflicts };
}
