/**
 * The schema's complaint about one field, in the widgets' terms. The schema names array items as
 * `domains[0]`; the playground's labels use dotted paths (`domains.0`): both are accepted here.
 */
import { fieldLabel } from './labels.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

/** `tenant.federation.domains[2]` → `tenant.federation.domains.2`. */
export function dottedPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** The field in the reader's words, e.g. "Your tenant → domain list, entry 1". */
export function readableField(field: string): string {
  return fieldLabel(dottedPath(field));
}

/** The message for `path` when the problem is that field or one inside it (a list's entries). */
export function errorAt(problem: FieldProblem | null, path: string): string | undefined {
  if (!problem) return undefined;
  const field = dottedPath(problem.field);
  return field === path || field.startsWith(`${path}.`) ? problem.message : undefined;
}

/** The index of the list entry at fault, when the problem is an entry of the list at `path`. */
export function entryAt(problem: FieldProblem | null, path: string): number | undefined {
  if (!problem) return undefined;
  const match = new RegExp(`^${path.replace(/\./g, '\\.')}\\.(\\d+)`).exec(dottedPath(problem.field));
  return match ? Number(match[1]) : undefined;
}

/** A schema message as a sentence ending in one full stop. */
export function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
