/**
 * Bytes to text for pasted and uploaded files. Windows tools often save UTF-16 (PowerShell's `>`
 * writes UTF-16LE with a byte-order mark), logs are UTF-8 or plain ASCII, and a log may carry
 * binary junk: that decodes to replacement characters instead of failing.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Picks the encoding from a byte-order mark, or from the zero bytes UTF-16 text is full of. */
export function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return 'utf-8';
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // ASCII text in UTF-16 has a zero in every other byte; binary junk has zeros scattered.
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.1) return 'utf-16be';
  return 'utf-8';
}

export function decodeText(bytes: Uint8Array): string {
  // TextDecoder drops the byte-order mark itself.
  return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
}
