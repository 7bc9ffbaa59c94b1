/**
 * The playground's import link: `?scenario=<base64url of the contract's scenario JSON>`.
 * Reads it into JSON for the rules' schema, or says precisely what is wrong with it.
 */
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';

export type LinkScenario =
  | { kind: 'none' }
  | { kind: 'scenario'; input: unknown }
  | { kind: 'error'; message: string };

export const SCENARIO_PARAM = 'scenario';

/** The query string's `scenario`, decoded and parsed as JSON (validation is the schema's job). */
export function readScenarioParam(search: string): LinkScenario {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(SCENARIO_PARAM);
  } catch {
    return { kind: 'error', message: 'The link could not be read.' };
  }
  if (value === null) return { kind: 'none' };
  const decoded = decodeBase64Url(value);
  if (!decoded.ok) return { kind: 'error', message: `The scenario in the link ${decoded.message}.` };
  try {
    return { kind: 'scenario', input: JSON.parse(decoded.text) };
  } catch {
    return { kind: 'error', message: 'The scenario in the link is not valid JSON (was it cut short or edited?).' };
  }
}

/** The import link's query string for a scenario. */
export function scenarioQuery(input: unknown): string {
  return `?${SCENARIO_PARAM}=${encodeBase64Url(JSON.stringify(input))}`;
}
