/**
 * npm run --silent inventory -- <inventory.json | ->
 *
 * Reads `{ "tenant": {…}, "partners": [ {partner…}, … ], "proposed": { <tenant fields to replace> } }`
 * (tenant and partner objects as in shared/contracts/scenario.md; `proposed` optional) and prints
 *   { "partners": [ { "domain", "platform", "now": { "<modality>": { "works", "reasons" } },
 *                     "proposed": { … }, "changed": [ <modalities whose works differs> ] } ],
 *     "summary": { "partners", "changedPartners", "lose": { "<modality>": n }, "gain": { … } } }
 * with the partners in input order. Every cell is what `evaluate` gives for that partner alone.
 * Bad input: one line "error: <field>: <reason>" (`partners[3].domain: …`) on standard error,
 * nothing on standard output, exit 2.
 */
import { parseInventory } from '../tools/inventory/input.ts';
import { runInventory } from '../tools/inventory/inventory.ts';
import { type CliOutcome, failure, isMain, readJsonArgument, runMain } from './io.ts';

const USAGE = 'usage: npm run --silent inventory -- <inventory.json | ->';

/** The CLI as a pure function of its arguments and input, for tests and for main. */
export function run(args: readonly string[], readStdin: () => string): CliOutcome {
  const read = readJsonArgument(args, readStdin, 'inventory', USAGE);
  if (!read.ok) return read.outcome;
  const parsed = parseInventory(read.input);
  if (!parsed.ok) return failure(parsed.field, parsed.message);
  const { tenant, partners, proposed } = parsed.value;
  return { code: 0, stdout: `${JSON.stringify(runInventory(tenant, partners, proposed), null, 2)}\n`, stderr: '' };
}

if (isMain(import.meta.url)) runMain(run, 'inventory: could not be evaluated');
