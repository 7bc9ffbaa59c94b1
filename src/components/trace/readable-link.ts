import { fromScenarioInput, toScenarioInput } from '../../share/playground-draft.ts';
import { decodePlaygroundParams, encodePlaygroundParams } from '../../share/playground-params.ts';
import { readScenarioParam, scenarioQuery } from '../../share/scenario-param.ts';
import { GA_DATE } from '../../rules/history.ts';

/** JSON with every object's keys sorted: two scenarios are the same whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * A finding's playground link as the page shows it: the playground's readable permalink
 * (`/playground/?v=1&p=ls2010&discovery=on`) when it opens exactly the same scenario as the trace
 * tool's import link (`/playground/?scenario=<base64url JSON>`), that link otherwise. The tool and
 * the CLI keep the import link (its format is their contract); the page prefers the short one, a
 * few dozen characters instead of ~500 of base64 that gzip cannot shrink, and one a reader can read.
 *
 * `asOf`: the date the reader chose in the explainer; the link opens the scenario as of that date
 * (the scenario's `asOf`: general availability, the default, is not written).
 */
export function readableLink(link: string, asOf: string = GA_DATE): string {
  const at = link.indexOf('?');
  if (at < 0) return link;
  const parsed = readScenarioParam(link.slice(at));
  if (parsed.kind !== 'scenario') return link;
  const dated = asOf !== GA_DATE && parsed.input !== null && typeof parsed.input === 'object' && !Array.isArray(parsed.input);
  const input = dated ? { ...(parsed.input as object), asOf } : parsed.input;
  if (dated) link = `${link.slice(0, at)}${scenarioQuery(input)}`;
  // The playground opens an import link as fromScenarioInput(input) (defaults filled in): the
  // readable link must restore exactly that state.
  const draft = fromScenarioInput(input);
  const query = encodePlaygroundParams(draft);
  const back = decodePlaygroundParams(`?${query}`);
  return back.problems.length === 0 && canonical(toScenarioInput(back.draft)) === canonical(toScenarioInput(draft)) ? `${link.slice(0, at)}?${query}` : link;
}
