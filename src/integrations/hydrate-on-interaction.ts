import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Registers `client:interaction` (src/hydration/interaction.ts) for the site's widget islands. */
export function hydrateOnInteraction(): AstroIntegration {
  return {
    name: 'lync-federation-101:hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../hydration/interaction.ts', import.meta.url)) });
      },
    },
  };
}

declare global {
  namespace Astro {
    interface ClientDirectives {
      /**
       * Fetch the code at idle near the viewport; hydrate when the reader first uses the island, or at
       * once when the address carries one of `params`.
       */
      'client:interaction'?: boolean | { params: readonly string[] };
    }
  }
}
