/**
 * Lync's diagnostic headers: `ms-diagnostics: 1005;reason="Cannot route to destination domain";
 * source="sip.contoso.com";appName="…"`, and `ms-diagnostics-public` of the same shape (what a
 * server lets the far side see). One header may carry several entries, comma-separated.
 * `ms-client-diagnostics` has the same shape; the clients write it (A/V and application-sharing
 * codes such as 52001 or 23), so its codes are not the federation codes of the other two.
 */

export type DiagnosticHeader = 'ms-diagnostics' | 'ms-diagnostics-public' | 'ms-client-diagnostics';

export interface Diagnostic {
  header: DiagnosticHeader;
  /** Null when the value does not start with a number. */
  code: number | null;
  reason: string | null;
  /** The server that wrote the entry (its `source` parameter). */
  source: string | null;
  /** Every parameter, names lower-cased, quotes removed. */
  params: Record<string, string>;
  raw: string;
}

export function isDiagnosticHeader(name: string): name is DiagnosticHeader {
  return name === 'ms-diagnostics' || name === 'ms-diagnostics-public' || name === 'ms-client-diagnostics';
}

/** Splits text on a separator outside double quotes (a reason may contain ';' or ','). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const t = value.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, '$1');
  return t.replace(/^"/, ''); // an opening quote whose closing one was cut off
}

export function parseDiagnostics(header: DiagnosticHeader, value: string): Diagnostic[] {
  // A comma starts a new entry only when a code follows it; commas inside reasons stay.
  const entries: string[] = [];
  for (const piece of splitOutsideQuotes(value, ',')) {
    if (entries.length > 0 && !/^\s*\d+\s*(;|$)/.test(piece)) entries[entries.length - 1] += `,${piece}`;
    else entries.push(piece);
  }
  return entries.filter((e) => e.trim() !== '').map((entry) => {
    const [head = '', ...rest] = splitOutsideQuotes(entry, ';');
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq < 0) continue;
      params[p.slice(0, eq).trim().toLowerCase()] = unquote(p.slice(eq + 1));
    }
    const code = /^\s*(\d{1,9})\s*$/.exec(head);
    return {
      header,
      code: code ? Number(code[1]) : null,
      reason: params['reason'] ?? null,
      source: params['source'] ?? null,
      params,
      raw: entry.trim(),
    };
  });
}
