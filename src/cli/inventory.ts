/**
 * npm run --silent inventory -- <inventory.json | ->
 *
 * Reads `{ "tenant": {…}, "partners": [ {partner…}, … ], "proposed": { <tenant fields to replace> },
 * "asOf": "YYYY-MM-DD" }` (tenant and partner objects as in the scenario format; `proposed` and
 * `asOf` optional) and prints
 *   { "asOf", "partners": [ { "domain", "platform", "now": { "<modality>": { "works", "reasons" } },
 *                     "proposed": { … }, "changed": [ <modalities whose works differs> ] } ],
 *     "summary": { "partners", "changedPartners", "lose": { "<modality>": n }, "gain": { … } } }
 * with the partners in input order. Every cell is what `evaluate` gives for that partner alone.
 * Bad input: one line "error: <field>: <reason>" (`partners[3].domain: …`) on standard error,
 * nothing on standard output, exit 2.
 */
import { GA_DATE } from '../rules/index.ts';
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
  const { tenant, partners, proposed, asOf } = parsed.value;
  const inventory = runInventory(tenant, partners, proposed, undefined, asOf);
  // The date the answers are for, echoed as `evaluate` does (general availability when none was asked).
  return { code: 0, stdout: `${JSON.stringify({ asOf: asOf ?? GA_DATE, ...inventory }, null, 2)}\n`, stderr: '' };
}

if (isMain(import.meta.url)) runMain(run, 'inventory: could not be evaluated');
