import type { AstroIntegration } from 'astro';
import { commandTokenTable } from '../highlight/command-table.ts';
import { RULES } from '../rules/index.ts';
import { CATALOGUE } from '../tools/trace/index.ts';

const ID = 'virtual:lf/command-tokens';
const RESOLVED = `\0${ID}`;
const CONDITIONS_ID = 'virtual:lf/rule-conditions';
const CONDITIONS_RESOLVED = `\0${CONDITIONS_ID}`;

/** The short text of each playground rule the trace catalogue points to. */
function ruleConditions(): Record<string, string> {
  const wanted = new Set(CATALOGUE.flatMap((entry) => [entry.rule, ...(entry.alsoRules ?? [])]));
  return Object.fromEntries(RULES.filter((rule) => wanted.has(rule.id)).map((rule) => [rule.id, rule.condition]));
}

/**
 * `virtual:lf/command-tokens`: the build-time highlighting of every command the rules can generate
 * (src/highlight/command-table.ts), as a module. The playground and the command builder import it,
 * so the table travels in their code, fetched when the reader first uses them, instead of being
 * repeated in every page's HTML as island props.
 *
 * `virtual:lf/rule-conditions`, the same way: the trace explainer's table of rule texts, built here
 * so the rules module stays out of the browser and the table out of the page's HTML.
 */
export function commandTokens(): AstroIntegration {
  return {
    name: 'lync-federation-101:command-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lync-federation-101:command-tokens',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: async (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(await commandTokenTable())};` : undefined),
              },
              {
                name: 'lync-federation-101:rule-conditions',
                resolveId: (id: string) => (id === CONDITIONS_ID ? CONDITIONS_RESOLVED : undefined),
                load: (id: string) => (id === CONDITIONS_RESOLVED ? `export default ${JSON.stringify(ruleConditions())};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
