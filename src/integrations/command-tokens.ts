import type { AstroIntegration } from 'astro';
import { commandTokenTable } from '../highlight/command-table.ts';

const ID = 'virtual:lf/command-tokens';
const RESOLVED = `\0${ID}`;

/**
 * `virtual:lf/command-tokens`: the build-time highlighting of every command the rules can generate
 * (src/highlight/command-table.ts), as a module. The playground and the command builder import it,
 * so the table travels in their code, fetched when the reader first uses them, instead of being
 * repeated in every page's HTML as island props.
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
            ],
          },
        });
      },
    },
  };
}
