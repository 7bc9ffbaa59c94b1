/**
 * What a playground link opens, read from its query string: the one place that decides it, for
 * the playground itself (on load) and for the host's edge function that answers oEmbed and link
 * previews for a permalink (functions/), so a preview can never describe another scenario than
 * the one the link opens.
 *
 * Two kinds of link: the import link (?scenario=<base64url JSON>) and the readable permalink
 * (?v=1&you=…). An import link the rules reject opens the default scenario with a notice; a
 * permalink is repaired value by value (restoreValid).
 */
import { evaluateInput } from '../rules/index.ts';
import { readableField } from './field-error.ts';
import { fromScenarioInput, toScenarioInput, type Draft } from './playground-draft.ts';
import { decodePlaygroundParams, hasPlaygroundParams, restoreValid } from './playground-params.ts';
import { readScenarioParam } from './scenario-param.ts';

export type PlaygroundLink =
  /** No link parameters: the playground's own first scenario. */
  | { kind: 'none' }
  /** The scenario the link opens, and what could not be read from it (each in plain words). */
  | { kind: 'scenario'; draft: Draft; problems: string[] }
  /** Nothing usable: the playground shows its first scenario, and says why. */
  | { kind: 'unreadable'; problem: string };

/** The rules' schema, as the permalink decoder needs it. */
export function validateDraft(draft: Draft) {
  const result = evaluateInput(toScenarioInput(draft));
  return result.ok ? { ok: true as const } : result;
}

export function readPlaygroundLink(search: string): PlaygroundLink {
  const link = readScenarioParam(search);
  if (link.kind === 'error') return { kind: 'unreadable', problem: link.message };
  if (link.kind === 'scenario') {
    const checked = evaluateInput(link.input);
    if (!checked.ok) return { kind: 'unreadable', problem: `${readableField(checked.field)}: ${checked.message}.` };
    return { kind: 'scenario', draft: fromScenarioInput(link.input), problems: [] };
  }
  if (!hasPlaygroundParams(search)) return { kind: 'none' };
  const restored = restoreValid(decodePlaygroundParams(search), validateDraft, readableField);
  return { kind: 'scenario', draft: restored.draft, problems: restored.problems };
}
