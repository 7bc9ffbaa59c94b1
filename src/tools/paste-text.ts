/**
 * What forums, mail clients and word processors do to pasted console text, undone before any
 * parser reads it: a byte-order mark, NUL bytes (UTF-16 read as 8-bit), non-breaking and other
 * Unicode spaces, zero-width characters, curly quotes and dashes, tabs. Line ends are left alone
 * (every parser splits on CRLF, CR and LF).
 */
export function normalisePaste(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\u0000/g, '')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\t/g, '    ');
}
