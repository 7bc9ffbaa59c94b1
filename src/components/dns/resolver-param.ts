/**
 * The DNS checker's `?resolver=<url>` override: a link may pick one of the two default resolvers
 * (for example `?resolver=https://dns.google/resolve` to skip Cloudflare), or the order they are
 * tried in. It is accepted only when it can do no harm: an https URL on one of the default
 * resolvers' hosts (read from DEFAULT_DOH_ENDPOINTS), with no port and no user name or password.
 * Anything else is refused, so a link can never make the page send a domain to a server of someone
 * else's choosing. A resolver on the reader's own machine (localhost) is refused too: the page's
 * Content Security Policy (src/security/csp.ts) lets it connect only to the default resolvers, so
 * the browser would block any other.
 */
import { DEFAULT_DOH_ENDPOINTS } from '../../tools/dns/index.ts';

const DEFAULT_HOSTS = new Set(DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).hostname));

export interface ResolverOverride {
  /** The endpoints to use, in order; empty when the address names none that is allowed. */
  endpoints: string[];
  /** Values of ?resolver= that were refused, to tell the reader. */
  refused: string[];
}

/** Whether one endpoint URL may be used: see the module comment. */
function allowed(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' && DEFAULT_HOSTS.has(url.hostname) && url.port === '';
}

/** Reads every `resolver` parameter of a query string (`location.search`). */
export function readResolverOverride(search: string): ResolverOverride {
  const values = new URLSearchParams(search).getAll('resolver');
  const endpoints: string[] = [];
  const refused: string[] = [];
  for (const value of values) {
    if (allowed(value)) endpoints.push(new URL(value).toString());
    else refused.push(value);
  }
  return { endpoints, refused };
}
