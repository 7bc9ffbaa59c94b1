/**
 * An integrity check for shared links (issue 27): a link cut short where it still parses (a forum
 * that wraps or trims long lines, a copy that missed the end) must not silently open a different
 * scenario. A new link starts with a short checksum of everything after it, `ck=<5 chars>&…`:
 * the start of a link survives a cut, the end does not, so a cut link no longer matches its
 * checksum and is said to be cut. The checksum is over the decoded parameters, in order, so a
 * forum that re-encodes characters (":" for "%3A") does not break it.
 *
 * Links made before the checksum have none and open exactly as they always did; for them, only an
 * end that cannot be whole is detected (a "%" escape cut in the middle, a last parameter with no
 * "="): see `looksCut`.
 */

/** FNV-1a (32-bit) of a text, in base 36, 5 characters: a cut goes unnoticed about once in 60 million. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-5);
}

/** The parameters a seal covers, in order, as one text. */
function covered(q: URLSearchParams, key: string, include: (name: string) => boolean): string {
  return JSON.stringify([...q.entries()].filter(([name]) => name !== key && include(name)));
}

/**
 * `query` (without "?") with its seal as the first parameter `key`, covering the parameters
 * `include` accepts (all by default; a widget's own on a page whose address other widgets share).
 * Any earlier seal is replaced.
 */
export function sealQuery(query: string, key = 'ck', include: (name: string) => boolean = () => true): string {
  const q = new URLSearchParams(query);
  q.delete(key);
  if ([...q.keys()].filter(include).length === 0) return q.toString();
  const rest = q.toString();
  return `${key}=${checksum(covered(q, key, include))}${rest ? `&${rest}` : ''}`;
}

export type SealCheck = 'none' | 'ok' | 'broken';

/** Whether a link's seal matches what it carries: none (an older link), ok, or broken (cut or changed). */
export function checkSeal(search: string, key = 'ck', include: (name: string) => boolean = () => true): SealCheck {
  const q = new URLSearchParams(search);
  const seal = q.get(key);
  if (seal === null) return 'none';
  return seal === checksum(covered(q, key, include)) ? 'ok' : 'broken';
}

/**
 * For a link without a seal: does its end show it was cut (a "%" escape missing its digits, a
 * trailing "&", a last parameter with no "=")? An empty value is not a sign: `m=` (no modality)
 * is a real setting. Returns the incomplete end, or null.
 */
export function looksCut(search: string): string | null {
  const raw = search.replace(/^\?/, '').replace(/#.*$/, '');
  if (raw === '') return null;
  if (/%[0-9a-f]?$/i.test(raw)) return raw.slice(raw.lastIndexOf('&') + 1);
  if (raw.endsWith('&')) return raw.slice(raw.lastIndexOf('&', raw.length - 2) + 1);
  const last = raw.slice(raw.lastIndexOf('&') + 1);
  return last.includes('=') ? null : last;
}

/** The notice for a link whose seal does not match, or whose end is incomplete. */
export function cutLinkNotice(end?: string): string {
  return end === undefined
    ? 'This link was cut short or changed after it was made (its check does not match): what it opens may not be what was shared. Ask for the whole link.'
    : `This link looks cut short (it ends in “${end}”): what it opens may not be what was shared. Ask for the whole link.`;
}
