/**
 * The DNS checker's `?resolver=<url>` override, for tests and for readers who run their own
 * DNS-over-HTTPS JSON endpoint on their machine. It is accepted only when it can do no harm: an
 * http(s) URL on this machine (localhost, 127.0.0.1), or an https URL on one of the two default
 * resolvers' hosts. Anything else is refused, so a link can never make the page send a domain to a
 * server of someone else's choosing.
 */
import { DEFAULT_DOH_ENDPOINTS } from '../../tools/dns/index.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);
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
  if (LOOPBACK.has(url.hostname)) return url.protocol === 'http:' || url.protocol === 'https:';
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
