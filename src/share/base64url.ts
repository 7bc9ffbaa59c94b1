/**
 * base64url (RFC 4648 §5) for UTF-8 text, the encoding of the playground's import link
 * `/playground/?scenario=<base64url of the scenario JSON>`. Browser and Node alike (btoa/atob).
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** The longest parameter we accept: a real scenario is well under 4 kB; anything huge is not one. */
export const MAX_PARAM_LENGTH = 16_384;

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64Url(param: string): Decoded {
  if (param.length > MAX_PARAM_LENGTH) return { ok: false, message: `is ${param.length} characters long, more than a scenario can be (${MAX_PARAM_LENGTH})` };
  // Links pasted in forums sometimes arrive with standard base64 characters or padding: accept both.
  const cleaned = param.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (cleaned === '') return { ok: false, message: 'is empty' };
  if (!/^[A-Za-z0-9+/]+$/.test(cleaned)) return { ok: false, message: 'contains characters that base64url does not use' };
  if (cleaned.length % 4 === 1) return { ok: false, message: 'is cut short: its length is not a valid base64url length (was the link truncated?)' };
  let binary: string;
  try {
    binary = atob(cleaned + '='.repeat((4 - (cleaned.length % 4)) % 4));
  } catch {
    return { ok: false, message: 'is not valid base64url' };
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'does not decode to UTF-8 text' };
  }
}
