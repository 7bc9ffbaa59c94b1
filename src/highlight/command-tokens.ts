/**
 * Matching generated commands to the tokens highlighted at build time.
 *
 * At build time every command the rules can generate is produced for placeholder domains and
 * highlighted (src/highlight/command-table.ts). In the browser, a command for real domains is
 * turned back into its template by putting the placeholders in place of the scenario's
 * values; the template's tokens are then filled with those values. Values only ever reach the
 * tokens as text.
 */
import type { Evaluation } from '../rules/index.ts';
import { fillPlaceholders, templateKey, type HighlightedLines } from './tokens.ts';

export const PLACEHOLDER = {
  tenant: 'tenant-domain.placeholder.invalid',
  partner: 'partner-domain.placeholder.invalid',
  provider: 'HostingProviderPlaceholder',
} as const;

export type CommandTokenTable = Readonly<Record<string, HighlightedLines>>;
export type CommandHighlighter = (code: string, evaluation: Evaluation) => HighlightedLines | undefined;

/** The placeholder → value maps to try for a scenario: one per hosting provider identity. */
export function placeholderValues(evaluation: Evaluation): Array<Map<string, string>> {
  const { tenant, partner } = evaluation.scenario;
  const base: Array<[string, string]> = [[PLACEHOLDER.tenant, tenant.domain]];
  if ('domain' in partner) base.push([PLACEHOLDER.partner, partner.domain]);
  const identities = 'hostingProviders' in partner ? partner.hostingProviders.map((h) => h.identity) : [];
  if (identities.length === 0) return [new Map(base)];
  return identities.map((identity) => new Map([...base, [PLACEHOLDER.provider, identity]]));
}

export function createHighlighter(table: CommandTokenTable): CommandHighlighter {
  return (code, evaluation) => {
    for (const values of placeholderValues(evaluation)) {
      const lines = table[templateKey(code, values)];
      if (lines) return fillPlaceholders(lines, values);
    }
    return undefined;
  };
}
